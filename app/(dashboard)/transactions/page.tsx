import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { Suspense } from "react";
import { ListSkeleton } from "@/components/transactions/list-states";
import { currentNamesHref } from "@/lib/filters/url-aliases";
import { TransactionsView } from "./client";

export const metadata: Metadata = { title: "Transactions" };

/**
 * The transaction list. Its whole state is the URL (see lib/filters/list-params.ts and lib/filters/url.ts); a
 * link with a former parameter name is sent on to the current one.
 */
export default async function TransactionsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const current = currentNamesHref("/transactions", await searchParams);
  if (current) redirect(current);
  return (
    <Suspense fallback={<ListSkeleton />}>
      <TransactionsView />
    </Suspense>
  );
}
