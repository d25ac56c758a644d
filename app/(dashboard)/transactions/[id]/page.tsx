import type { Metadata } from "next";
import { Suspense } from "react";
import { DetailSkeleton } from "@/components/transactions/detail-states";
import { TransactionView } from "./client";

export async function generateMetadata(): Promise<Metadata> {
  return { title: "Transaction" };
}

/** `/transactions/[id]?<the list's search>`: the drill-down; the search string leads back to the same list. */
export default async function TransactionPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return (
    <Suspense
      fallback={
        <div className="mx-auto w-full max-w-5xl pt-10">
          <DetailSkeleton />
        </div>
      }
    >
      <TransactionView id={id} />
    </Suspense>
  );
}
