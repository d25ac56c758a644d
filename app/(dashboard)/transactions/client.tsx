"use client";

import { SaveViewButton } from "@/components/saved-views/save-view-button";
import { ActiveFilterChips } from "@/components/filters/active-filter-chips";
import { FilterBar } from "@/components/filters/filter-bar";
import { CLEARED_FILTERS, hasFilters, useFilters } from "@/components/filters/use-filters";
import { ColumnChooser } from "@/components/transactions/column-chooser";
import { CopyLinkButton } from "@/components/transactions/copy-link-button";
import { DensityToggle } from "@/components/transactions/density-toggle";
import { ExportButton, ExportEventsMenu } from "@/components/transactions/export-button";
import { AlertMeLink } from "@/components/alerts/alert-me-link";
import { BadParameterState, EmptyState, ErrorState, ListSkeleton } from "@/components/transactions/list-states";
import { AsOfBanner } from "@/components/transactions/as-of-banner";
import { NewRowsBanner } from "@/components/transactions/new-rows-banner";
import { Pagination } from "@/components/transactions/pagination";
import { transactionsText } from "@/components/transactions/total-text";
import { TransactionCards } from "@/components/transactions/transaction-cards";
import { TransactionsTable } from "@/components/transactions/transactions-table";
import { useListUrl } from "@/components/transactions/use-list-url";
import { useListViewProblem } from "@/components/transactions/use-list-view";
import { useNarrowScreen } from "@/components/transactions/use-narrow-screen";
import { useTimeZone } from "@/components/transactions/use-time-zone";
import { resolveSearch } from "@/lib/filters/url-codec";
import { BffError } from "@/lib/queries/fetch-json";
import { useTransactionsQuery } from "@/lib/queries/transactions";

/** The transaction list: filters, result table and paging, all driven by the URL. */
export function TransactionsView() {
  const [search, setFilters] = useFilters();
  const query = useTransactionsQuery();
  const timeZone = useTimeZone();
  const narrow = useNarrowScreen();
  const { listUrl } = useListUrl();
  const { data, error } = query;

  // A URL that cannot be resolved (range, sort, overdue) or has a view parameter of an unknown value
  // (density, cols, live) is caught here before the BFF answers; values the filter schema rejects, and
  // cursors only the server can judge, come back as a 400 naming the parameter (NOTE: the schema's
  // validator stays on the server, out of the page's JavaScript).
  const local = resolveSearch(search);
  const viewProblem = useListViewProblem();
  const badParam = !local.ok
    ? local.problem
    : (viewProblem ??
      (error instanceof BffError && error.param ? { param: error.param, message: error.message } : null));

  let body;
  if (badParam)
    body = (
      <BadParameterState param={badParam.param} message={badParam.message} firstPageHref={listUrl({ cursor: null })} />
    );
  else if (error)
    body = (
      <ErrorState
        status={error instanceof BffError ? error.status : 0}
        code={error instanceof BffError ? error.code : undefined}
        message={error.message}
        onRetry={() => void query.refetch()}
        retrying={query.isFetching}
      />
    );
  else if (!data) body = <ListSkeleton />;
  else if (!data.items.length)
    body = <EmptyState filtered={hasFilters(search)} onClear={() => setFilters(CLEARED_FILTERS)} />;
  else {
    body = (
      <>
        {narrow ? (
          <TransactionCards items={data.items} stale={query.isPlaceholderData} />
        ) : (
          <TransactionsTable items={data.items} stale={query.isPlaceholderData} />
        )}
        <Pagination
          total={data.total}
          totalRelation={data.totalRelation}
          shown={data.items.length}
          nextCursor={data.nextCursor}
          prevCursor={data.prevCursor}
          offset={data.offset}
          stale={query.isPlaceholderData}
        />
      </>
    );
  }

  const ok = !badParam && !error && data;
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 className="text-xl font-semibold tracking-tight">Transactions</h1>
          <p role="status" className="mt-0.5 text-sm text-[var(--muted)] tabular-nums">
            {ok ? transactionsText(data) : "\u00a0"}
            {ok && timeZone ? ` · times in ${timeZone}` : null}
          </p>
        </div>
        <div className="flex flex-wrap items-center gap-2">
          <ColumnChooser />
          <DensityToggle />
          <CopyLinkButton />
          <SaveViewButton page="list" />
          <ExportButton disabled={!ok || data.total === 0} />
          <ExportEventsMenu disabled={!ok || data.total === 0} />
          <AlertMeLink />
        </div>
      </div>
      <FilterBar />
      <ActiveFilterChips />
      {ok ? <NewRowsBanner shown={data} /> : null}
      {ok ? <AsOfBanner shown={data} /> : null}
      {body}
    </div>
  );
}
