import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { HydrationBoundary } from "@tanstack/react-query";
import { firstPaint, pageParams, prefetchOverview, serverTimeZone } from "@/lib/bff/first-paint";
import { currentNamesHref } from "@/lib/filters/url-aliases";
import { OverviewView } from "./overview-client";

export const metadata: Metadata = { title: "Overview" };

/**
 * The overview. Its whole state is the URL: the list's filters (lib/filters/url.ts) plus
 * lib/filters/overview-params.ts; a link with a former parameter name is sent on to the current one.
 * Its numbers come with the HTML when the server knows the viewer's zone (lib/bff/first-paint.ts).
 */
export default async function OverviewPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const query = await searchParams;
  const current = currentNamesHref("/", query);
  if (current) redirect(current);
  const params = pageParams(query);
  const timeZone = await serverTimeZone(params);
  const state = timeZone ? await firstPaint(prefetchOverview(params, timeZone)) : null;
  return (
    <HydrationBoundary state={state ?? undefined}>
      <OverviewView />
    </HydrationBoundary>
  );
}
