"use client";

import { createContext, useContext } from "react";
import type { FacetScope } from "@/lib/queries/facets";

const FacetScopeContext = createContext<FacetScope | undefined>(undefined);

/** The search a filter bar's menus count under (the overview's has its default range filled in). */
export const FacetScopeProvider = FacetScopeContext.Provider;
export const useFacetScope = () => useContext(FacetScopeContext);
