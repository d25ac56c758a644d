"use client";

import { memo, useEffect } from "react";
import { ActiveFilterChips } from "@/components/filters/active-filter-chips";
import { FilterBar } from "@/components/filters/filter-bar";
import { AlertMeLink } from "@/components/alerts/alert-me-link";
import { BucketToggle } from "@/components/charts/bucket-toggle";
import { ChannelChart } from "@/components/charts/channel-chart";
import { ComputedNote } from "@/components/charts/computed-note";
import { DocumentTypeChart } from "@/components/charts/document-type-chart";
import { ErrorTypesChart } from "@/components/charts/error-types-chart";
import { formatCount } from "@/components/charts/format";
import { KpiTiles } from "@/components/charts/kpi-tiles";
import { LiveIndicator } from "@/components/charts/live-indicator";
import { preloadPlots } from "@/components/charts/plots";
import { RangePresets } from "@/components/charts/range-presets";
import { StatsProblem } from "@/components/charts/stats-problem";
import { StatusBreakdownChart } from "@/components/charts/status-breakdown-chart";
import { StatusOverTimeChart } from "@/components/charts/status-over-time-chart";
import { ThroughputChart } from "@/components/charts/throughput-chart";
import { CompareToggle, ZoomReset } from "@/components/charts/time-navigation";
import { TopPartnersChart } from "@/components/charts/top-partners-chart";
import { SaveViewButton } from "@/components/saved-views/save-view-button";
import { CopyLinkButton } from "@/components/transactions/copy-link-button";
import { useTimeZone } from "@/components/transactions/use-time-zone";
import { serializeSearch } from "@/lib/filters/url-codec";
import {
  overviewSearch,
  useOverviewState,
  useOverviewViewProblem,
  useStatsLive,
  useStatsQuery,
} from "@/lib/queries/stats";

/** The overview: key figures and charts for the URL's filters and range, live while the range is open. */
export function OverviewView() {
  const query = useStatsQuery();
  const { search } = useOverviewState();
  // A view parameter of an unknown value (bucket=minute) is named like a filter the BFF refuses.
  const badView = useOverviewViewProblem();
  const { data, error } = query;
  // The charts' drawing code loads while the stats are fetched, not after they arrive.
  useEffect(() => preloadPlots(), []);
  const shorterHref = `/${serializeSearch({ ...search, range: "7d", from: null, to: null, cursor: null })}`;

  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 className="text-xl font-semibold tracking-tight">Overview</h1>
          <OverviewSubtitle />
        </div>
        <div className="flex flex-wrap items-center gap-3">
          <OverviewLive />
          <OverviewActions />
        </div>
      </div>
      <OverviewControls />
      {data?.computed && !badView ? <ComputedNote computed={data.computed} /> : null}
      {error || badView ? (
        <StatsProblem
          error={error}
          problem={badView}
          hasData={!!data}
          onRetry={() => void query.refetch()}
          retrying={query.isFetching}
          shorterHref={shorterHref}
        />
      ) : null}
      {badView || (error && !data) ? null : <OverviewCharts />}
    </div>
  );
}

// NOTE: the parts below are components of their own (memoized where they take no props) so that a
// live ping or a refetch re-renders only what shows its result, not the filter bar and its inputs.

/** "1,234 transactions · by hour · times in Europe/Helsinki" */
function OverviewSubtitle() {
  const { data } = useStatsQuery();
  const { bucket } = useOverviewState();
  const timeZone = useTimeZone();
  return (
    <p className="mt-0.5 text-sm text-[var(--muted)] tabular-nums">
      {data
        ? `${formatCount(data.totals.total)} ${data.totals.total === 1 ? "transaction" : "transactions"} · by ${bucket}`
        : "\u00a0"}
      {data && timeZone ? ` · times in ${timeZone}` : null}
    </p>
  );
}

/** The live switch and "updated … ago": the only part a change of the live status re-renders. */
function OverviewLive() {
  const live = useStatsLive();
  const { dataUpdatedAt } = useStatsQuery();
  return <LiveIndicator status={live.status} updatedAt={dataUpdatedAt} />;
}

const OverviewActions = memo(function OverviewActions() {
  return (
    <>
      <CopyLinkButton />
      <SaveViewButton page="overview" />
      <AlertMeLink />
    </>
  );
});

const OverviewControls = memo(function OverviewControls() {
  return (
    <>
      <div className="flex flex-wrap items-center gap-2">
        <RangePresets />
        <BucketToggle />
        <ZoomReset />
        <CompareToggle />
      </div>
      <FilterBar dateRange={null} facetScope={overviewSearch} />
      <ActiveFilterChips />
    </>
  );
});

/**
 * The tiles and charts. NOTE: memoized, so the page's own re-renders (a refetch starting, the live
 * status changing) do not redraw every chart: each redraws when the stats it reads change.
 */
const OverviewCharts = memo(function OverviewCharts() {
  return (
    <>
      <KpiTiles />
      <StatusOverTimeChart />
      <div className="grid gap-4 md:grid-cols-2 2xl:grid-cols-3">
        <StatusBreakdownChart />
        <DocumentTypeChart />
        <ChannelChart />
        <TopPartnersChart />
        <ErrorTypesChart />
        <ThroughputChart />
      </div>
    </>
  );
});
