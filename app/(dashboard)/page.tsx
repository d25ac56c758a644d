import type { Metadata } from "next";
import { Suspense } from "react";
import { OverviewView } from "./overview-client";

export const metadata: Metadata = { title: "Overview" };

/** The overview. Its whole state is the URL: the list's filters (lib/filters/url.ts) plus lib/filters/overview-params.ts. */
export default function OverviewPage() {
  return (
    <Suspense fallback={<h1 className="text-xl font-semibold tracking-tight">Overview</h1>}>
      <OverviewView />
    </Suspense>
  );
}
