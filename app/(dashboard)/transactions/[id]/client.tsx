"use client";

import { useSearchParams } from "next/navigation";
import { FilesCard } from "@/components/files/files-card";
import { EventTimeline } from "@/components/timeline/event-timeline";
import { BackLink, useBackToList, useEscapeBack } from "@/components/transactions/detail-back-link";
import { DetailHeader } from "@/components/transactions/detail-header";
import { DetailRaw } from "@/components/transactions/detail-raw";
import { RelatedCard } from "@/components/transactions/detail-related";
import { DetailNotice, DetailSkeleton, primaryButton } from "@/components/transactions/detail-states";
import { DetailSummary } from "@/components/transactions/detail-summary";
import { FORMAT_LABEL } from "@/lib/domain/labels";
import { FILTER_URL_KEYS } from "@/lib/filters/fields";
import { messageWords } from "@/lib/filters/message-words";
import { BffError } from "@/lib/queries/fetch-json";
import { useTransactionQuery } from "@/lib/queries/transactions";

/** The drill-down of one transaction: summary, related documents, event timeline, files and raw metadata. */
export function TransactionView({ id }: { id: string }) {
  const { href, goBack } = useBackToList();
  useEscapeBack(goBack);
  return (
    <div className="mx-auto w-full max-w-5xl space-y-5">
      <BackLink href={href} goBack={goBack} />
      <TransactionBody id={id} />
    </div>
  );
}

function TransactionBody({ id }: { id: string }) {
  const query = useTransactionQuery(id);
  // The list's message text, carried in the drill-down's search string: its words are marked.
  const highlight = messageWords(useSearchParams().get(FILTER_URL_KEYS.text) ?? "");
  if (query.isPending) return <DetailSkeleton />;
  if (query.isError) {
    const status = query.error instanceof BffError ? query.error.status : 0;
    if (status === 404) {
      return (
        <DetailNotice title="Transaction not found">
          No transaction <span className="font-mono break-all">{id}</span> exists in your organisation, or it is older
          than the 90 days the network keeps.
        </DetailNotice>
      );
    }
    if (status === 403)
      return <DetailNotice title="No permission">You have no permission to see transactions.</DetailNotice>;
    return (
      <DetailNotice
        title="The transaction could not be loaded"
        action={
          <button type="button" className={primaryButton} onClick={() => query.refetch()} disabled={query.isFetching}>
            {query.isFetching ? "Retrying…" : "Retry"}
          </button>
        }
      >
        <p role="status">{query.error.message}</p>
      </DetailNotice>
    );
  }
  const { unavailable = [], ...tx } = query.data;
  const noEvents = unavailable.includes("events");
  return (
    <>
      <DetailHeader tx={tx} />
      <DetailSummary tx={tx} />
      <RelatedCard tx={tx} />
      <section
        aria-labelledby="timeline-heading"
        className="rounded-xl border border-[var(--border)] bg-[var(--card)] p-4 sm:p-5"
      >
        <h2 id="timeline-heading" className="mb-4 text-sm font-semibold">
          Events {noEvents ? null : <span className="font-normal text-[var(--muted)]">({tx.events.length})</span>}
        </h2>
        {noEvents ? (
          <p role="note" className="text-sm text-[var(--muted)]">
            The Track API this dashboard uses has no transaction detail endpoint, so there is no event timeline: what is
            shown is the transaction&apos;s row from a search.
          </p>
        ) : (
          <EventTimeline events={tx.events} highlight={highlight} />
        )}
      </section>
      <FilesCard
        transactionId={tx.id}
        files={tx.files}
        formatLabel={tx.format ? FORMAT_LABEL[tx.format] : undefined}
        offered={!unavailable.includes("files")}
      />
      <DetailRaw detail={tx} />
    </>
  );
}
