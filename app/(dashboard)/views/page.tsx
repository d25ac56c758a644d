import type { Metadata } from "next";
import { SavedViewsView } from "./client";

export const metadata: Metadata = { title: "Saved views" };

/** Saved views: the person's own and the ones shared in their organisation. */
export default function SavedViewsPage() {
  return <SavedViewsView />;
}
