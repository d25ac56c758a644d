"use client";

import { DataLink } from "./data-link";
import type { Status } from "@/lib/domain/enums";
import type { StatsResult } from "@/lib/domain/stats";
import { formatDuration } from "@/lib/domain/format-time";
import type { SearchParamsState } from "@/lib/filters/url-codec";
import { useOverviewState, usePreviousStatsQuery, useStatsQuery } from "@/lib/queries/stats";
import { allowedStatuses, useListLinks, type ListPatch } from "./chart-links";
import { formatCount, formatDurationShort, formatShare } from "./format";
import { usePeriodLabel } from "./previous-legend";

interface Tile {
  id: string;
  label: string;
  value: string;
  hint: string;
  /** Set for tiles showing a count: the list behind the link has exactly this many rows. */
  count?: number;
  patch: ListPatch | null;
  tone?: string;
  /** For the comparison: the share behind a rate's `value` (null without transactions). */
  share?: number | null;
}

function statusTile(stats: StatsResult, allowed: Status[] | null) {
  const count = (allowed ?? []).reduce((a, s) => a + (stats.totals.byStatus[s] ?? 0), 0);
  return { value: formatCount(count), count, patch: allowed ? { status: allowed } : null };
}

/** The tiles' numbers for a stats answer under the current filters. */
export function kpiTiles(stats: StatsResult, search: Pick<SearchParamsState, "status">): Tile[] {
  const allowed = (wanted: Status[]) => allowedStatuses(search, wanted);
  const delivered = statusTile(stats, allowed(["delivered"]));
  const { total, overdue } = stats.totals;
  const { medianMs, p90Ms } = stats.throughput;
  const alert = (n: number, color: string) => (n > 0 ? color : undefined);
  const errors = statusTile(stats, allowed(["error"]));
  const rejected = statusTile(stats, allowed(["rejected"]));
  return [
    {
      id: "received",
      label: "Received",
      value: formatCount(total),
      count: total,
      hint: "transactions in range",
      patch: {},
    },
    { id: "delivered", label: "Delivered", hint: "to the recipient", ...delivered },
    {
      id: "inProgress",
      label: "In progress",
      hint: "received, processing or sending",
      ...statusTile(stats, allowed(["received", "processing", "sending"])),
    },
    {
      id: "error",
      label: "Errors",
      hint: "need attention",
      ...errors,
      tone: alert(errors.count, "var(--status-error)"),
    },
    {
      id: "rejected",
      label: "Rejected",
      hint: "by validation or recipient",
      ...rejected,
      tone: alert(rejected.count, "var(--status-rejected)"),
    },
    {
      id: "overdue",
      label: "Overdue",
      value: formatCount(overdue),
      count: overdue,
      hint: "past SLA, not delivered",
      patch: { overdue: "true" },
      tone: alert(overdue, "var(--danger)"),
    },
    {
      id: "deliveryRate",
      label: "Delivery rate",
      value: formatShare(delivered.count, total),
      share: total > 0 ? delivered.count / total : null,
      hint: `${formatCount(delivered.count)} of ${formatCount(total)}`,
      patch: delivered.patch,
    },
    {
      id: "median",
      label: "Median throughput",
      value: medianMs === null ? "–" : formatDurationShort(medianMs),
      hint: p90Ms === null ? "received → delivered" : `received → delivered · p90 ${formatDuration(p90Ms)}`,
      patch: delivered.patch,
    },
  ];
}

const signed = (n: number, text: string) => (n > 0 ? `+${text}` : n < 0 ? `\u2212${text}` : `±${text}`);
const percent = new Intl.NumberFormat("en-GB", { maximumFractionDigits: 1 });

/**
 * A tile's figure in the previous period and the change since: "Before: 1,180 · +54 (+4.6%)" for a
 * count, percentage points for a rate; only the earlier value where a difference says little (a median).
 */
export function comparedTo(tile: Tile, before: Tile): string {
  if (tile.count !== undefined && before.count !== undefined) {
    const change = tile.count - before.count;
    const share =
      before.count > 0 ? ` (${signed(change, `${percent.format(Math.abs(change / before.count) * 100)}%`)})` : "";
    return `Before: ${before.value} · ${signed(change, formatCount(Math.abs(change)))}${share}`;
  }
  if (tile.share != null && before.share != null) {
    const points = (tile.share - before.share) * 100;
    return `Before: ${before.value} · ${signed(Math.round(points * 10), `${percent.format(Math.abs(points))} pp`)}`;
  }
  return `Before: ${before.value}`;
}

const tileClass = "block rounded-lg border border-[var(--border)] bg-[var(--card)] px-3 py-2.5";

/** The key numbers of the range; each tile links to the list of the transactions it counts. */
export function KpiTiles() {
  const query = useStatsQuery();
  const previous = usePreviousStatsQuery();
  const { search } = useOverviewState();
  const linkTo = useListLinks();
  const before = previous?.query.data ? kpiTiles(previous.query.data, search) : null;
  const period = usePeriodLabel(previous ?? { from: "", to: "" });
  const comparing = previous ? (before ? "ready" : previous.query.isError ? "error" : "loading") : null;
  if (!query.data) {
    return (
      <div aria-hidden className="grid grid-cols-2 gap-3 sm:grid-cols-4 xl:grid-cols-8">
        {Array.from({ length: 8 }, (_, i) => (
          <div key={i} className={`${tileClass} h-[78px] animate-pulse`} />
        ))}
      </div>
    );
  }
  return (
    <ul
      aria-label="Key figures"
      aria-busy={query.isPlaceholderData || comparing === "loading" || !!previous?.query.isPlaceholderData}
      data-compare={comparing ?? undefined}
      data-previous-from={previous?.from}
      data-previous-to={previous?.to}
      className={`grid grid-cols-2 gap-3 sm:grid-cols-4 xl:grid-cols-8 ${query.isPlaceholderData ? "opacity-60" : ""}`}
    >
      {kpiTiles(query.data, search).map((tile, i) => {
        const earlier = before?.[i];
        const body = (
          <>
            <span className="block text-xs text-[var(--muted)]">{tile.label}</span>
            <span
              className="block text-2xl font-semibold tracking-tight whitespace-nowrap tabular-nums"
              style={{ color: tile.tone }}
              data-value=""
            >
              {tile.value}
            </span>
            <span className="block truncate text-xs text-[var(--muted)]" title={tile.hint}>
              {tile.hint}
            </span>
            {comparing ? (
              <span
                className="mt-0.5 block border-t border-[var(--border)] pt-0.5 text-xs text-[var(--muted)] tabular-nums"
                data-before=""
                data-previous={earlier?.count}
                title={`The same length immediately before: ${period}`}
              >
                {earlier
                  ? comparedTo(tile, earlier)
                  : comparing === "error"
                    ? "Before: could not be loaded"
                    : "Before: …"}
              </span>
            ) : null}
          </>
        );
        return (
          <li key={tile.id} data-kpi={tile.id}>
            {tile.patch ? (
              <DataLink
                href={linkTo(tile.patch)}
                data-count={tile.count}
                className={`${tileClass} transition-colors hover:border-[var(--accent)]/60 focus-visible:outline-2 focus-visible:outline-[var(--accent)]`}
              >
                {body}
              </DataLink>
            ) : (
              <div className={tileClass}>{body}</div>
            )}
          </li>
        );
      })}
    </ul>
  );
}
