import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { Suspense } from "react";
import { DetailSkeleton } from "@/components/transactions/detail-states";
import { currentNamesHref } from "@/lib/filters/url-aliases";
import { TransactionView } from "./client";

export async function generateMetadata(): Promise<Metadata> {
  return { title: "Transaction" };
}

/** `/transactions/[id]?<the list's search>`: the drill-down; the search string leads back to the same list. */
export default async function TransactionPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { id } = await params;
  const current = currentNamesHref(`/transactions/${encodeURIComponent(id)}`, await searchParams);
  if (current) redirect(current);
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
