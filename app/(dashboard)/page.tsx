import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { Suspense } from "react";
import { currentNamesHref } from "@/lib/filters/url-aliases";
import { OverviewView } from "./overview-client";

export const metadata: Metadata = { title: "Overview" };

/**
 * The overview. Its whole state is the URL: the list's filters (lib/filters/url.ts) plus
 * lib/filters/overview-params.ts; a link with a former parameter name is sent on to the current one.
 */
export default async function OverviewPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const current = currentNamesHref("/", await searchParams);
  if (current) redirect(current);
  return (
    <Suspense fallback={<h1 className="text-xl font-semibold tracking-tight">Overview</h1>}>
      <OverviewView />
    </Suspense>
  );
}
