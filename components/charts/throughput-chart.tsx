"use client";

import type { Channel } from "@/lib/domain/enums";
import type { StatsResult } from "@/lib/domain/stats";
import { formatDuration } from "@/lib/domain/format-time";
import { HOUR_MS } from "@/lib/domain/time-buckets";
import { useOverviewState, useStatsQuery } from "@/lib/queries/stats";
import { ChartCard, chartState } from "./chart-card";
import { CountTable } from "./count-table";
import { formatCount, formatShare } from "./format";
import { ThroughputPlot } from "./plots";

/** Delivery targets by out channel (NOTE: the service's SLA; the same values stamp `slaDueAt`). */
const SLA_BY_CHANNEL: Partial<Record<Channel, number>> = {
  peppol: 4 * HOUR_MS,
  email: 24 * HOUR_MS,
  print: 24 * HOUR_MS,
};
const DEFAULT_SLA = 8 * HOUR_MS;

/** The SLA line for the filtered out channels: the strictest target among them (Peppol's 4 h when unfiltered). */
export function slaFor(outChannels: string[] | null): number {
  const channels = outChannels?.length ? outChannels : ["peppol"];
  return Math.min(...channels.map((c) => SLA_BY_CHANNEL[c as Channel] ?? DEFAULT_SLA));
}

export type Bin = { tick: string; full: string; count: number; upToMs: number | null };
export function histogramBins(histogram: StatsResult["throughput"]["histogram"]): Bin[] {
  return histogram.map((b, i) => {
    const prev = histogram[i - 1]?.upToMs;
    if (b.upToMs === null)
      return {
        tick: `>${formatDuration(prev ?? 0)}`,
        full: `over ${formatDuration(prev ?? 0)}`,
        count: b.count,
        upToMs: null,
      };
    return {
      tick: `≤${formatDuration(b.upToMs)}`,
      full: prev ? `${formatDuration(prev)} to ${formatDuration(b.upToMs)}` : `up to ${formatDuration(b.upToMs)}`,
      count: b.count,
      upToMs: b.upToMs,
    };
  });
}

/** Time from received to delivered: a histogram with the SLA as a reference line. */
export function ThroughputChart() {
  const query = useStatsQuery();
  const { search } = useOverviewState();
  const t = query.data?.throughput;
  const bins = t ? histogramBins(t.histogram) : [];
  const sla = slaFor(search.outChannel);
  const withinSla = bins.filter((b) => b.upToMs !== null && b.upToMs <= sla).reduce((a, b) => a + b.count, 0);
  const facts = t
    ? `Median ${t.medianMs === null ? "–" : formatDuration(t.medianMs)} · 90% within ${t.p90Ms === null ? "–" : formatDuration(t.p90Ms)} · ${formatShare(withinSla, t.delivered)} within the ${formatDuration(sla)} SLA, of ${formatCount(t.delivered)} delivered`
    : "";

  return (
    <ChartCard
      id="throughput"
      title="Throughput time"
      description={`Received to delivered, for the transactions of this range delivered so far; the line marks the ${formatDuration(sla)} SLA.`}
      summary={`${facts}. ${bins.map((b) => `${b.full}: ${formatCount(b.count)}`).join(", ")}.`}
      state={chartState(query, !t?.delivered)}
      stale={query.isPlaceholderData}
      emptyMessage="Nothing delivered in this range yet."
      extra={<p className="text-xs text-[var(--muted)] tabular-nums">{facts}</p>}
      table={() => (
        <CountTable
          caption="Delivered transactions by throughput time"
          rowHeader="Throughput time"
          columns={["Delivered"]}
          rows={bins.map((b) => ({ key: b.tick, label: b.full, cells: [{ count: b.count, href: null }] }))}
        />
      )}
    >
      {() => <ThroughputPlot bins={bins} sla={sla} />}
    </ChartCard>
  );
}
