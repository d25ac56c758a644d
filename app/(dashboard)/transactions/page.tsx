import type { Metadata } from "next";
import { Suspense } from "react";
import { ListSkeleton } from "@/components/transactions/list-states";
import { TransactionsView } from "./client";

export const metadata: Metadata = { title: "Transactions" };

/** The transaction list. Its whole state is the URL (see search-params.ts and lib/filters/url.ts). */
export default function TransactionsPage() {
  return (
    <Suspense fallback={<ListSkeleton />}>
      <TransactionsView />
    </Suspense>
  );
}
