"use client";

import { useQueryStates } from "nuqs";
import { listViewParsers } from "@/app/(dashboard)/transactions/search-params";

/** The list's UI-only URL state (visible columns, density); never part of the BFF request. */
export function useListView() {
  return useQueryStates(listViewParsers);
}
