import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { HydrationBoundary } from "@tanstack/react-query";
import { firstPaint, pageParams, prefetchList, serverTimeZone } from "@/lib/bff/first-paint";
import { currentNamesHref } from "@/lib/filters/url-aliases";
import { TransactionsView } from "./client";

export const metadata: Metadata = { title: "Transactions" };

/**
 * The transaction list. Its whole state is the URL (see lib/filters/list-params.ts and lib/filters/url.ts); a
 * link with a former parameter name is sent on to the current one. The first page of rows comes
 * with the HTML when the server knows the viewer's zone (lib/bff/first-paint.ts).
 */
export default async function TransactionsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const query = await searchParams;
  const current = currentNamesHref("/transactions", query);
  if (current) redirect(current);
  const params = pageParams(query);
  const timeZone = await serverTimeZone(params);
  const state = timeZone ? await firstPaint(prefetchList(params, timeZone)) : null;
  return (
    <HydrationBoundary state={state ?? undefined}>
      <TransactionsView />
    </HydrationBoundary>
  );
}
