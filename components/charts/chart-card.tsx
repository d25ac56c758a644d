"use client";

import { useId, type ReactNode } from "react";
import { CHART_IDS, type ChartId } from "@/lib/filters/overview-params";
import { useOverviewView } from "@/lib/queries/stats";
import { Drawing } from "./drawing";
import { useOnScreen } from "./use-on-screen";

export type ChartState = "loading" | "error" | "empty" | "ready";

interface ChartCardProps {
  id: ChartId;
  title: string;
  /** What the chart shows, in a sentence (visible). */
  description: string;
  /** The chart's data in words: its text alternative for screen readers. */
  summary?: string;
  state: ChartState;
  /** The data as a table of links, shown instead of the chart on "Show as table". */
  table: () => ReactNode;
  children: () => ReactNode;
  /** Numbers or controls next to the title (e.g. the e-invoice rate). */
  extra?: ReactNode;
  stale?: boolean;
  emptyMessage?: string;
  className?: string;
}

/** The state of a chart over the shared stats query: data wins over a later refetch error. */
export function chartState(query: { data?: unknown; error: unknown }, empty: boolean): ChartState {
  if (query.data) return empty ? "empty" : "ready";
  return query.error ? "error" : "loading";
}

const MESSAGE: Record<Exclude<ChartState, "ready">, string> = {
  loading: "Loading…",
  error: "This chart could not be loaded.",
  empty: "No transactions in this range.",
};

/**
 * The frame of every overview chart: title, description, a text alternative, a "Show as table" / "Show as chart"
 * toggle kept in the URL (`tables=`), and the loading, empty and error states.
 */
export function ChartCard({
  id,
  title,
  description,
  summary,
  state,
  table,
  children,
  extra,
  stale,
  emptyMessage,
  className = "",
}: ChartCardProps) {
  const [{ tables }, setView] = useOverviewView();
  const asTable = tables.includes(id);
  const titleId = useId();
  const summaryId = useId();
  const [onScreen, onScreenRef] = useOnScreen<HTMLElement>();
  const toggle = () => {
    const next = asTable ? tables.filter((t) => t !== id) : CHART_IDS.filter((c) => c === id || tables.includes(c));
    void setView({ tables: next.length ? next : null }, { history: "replace" });
  };

  return (
    <section
      ref={onScreenRef}
      aria-labelledby={titleId}
      data-chart={id}
      className={`flex min-w-0 flex-col rounded-lg border border-[var(--border)] bg-[var(--card)] p-4 ${className}`}
    >
      <div className="flex flex-wrap items-start justify-between gap-x-4 gap-y-2">
        <div className="min-w-0">
          <h2 id={titleId} className="text-sm font-semibold">
            {title}
          </h2>
          <p className="mt-0.5 text-xs text-[var(--muted)]">{description}</p>
        </div>
        <button
          type="button"
          onClick={toggle}
          className="h-7 shrink-0 rounded-md border border-[var(--border)] px-2 text-xs hover:border-[var(--muted)]/60 focus-visible:outline-2 focus-visible:outline-[var(--accent)]"
        >
          {asTable ? "Show as chart" : "Show as table"}
        </button>
      </div>
      {extra && state === "ready" ? <div className="mt-3">{extra}</div> : null}
      <figure
        aria-labelledby={titleId}
        aria-describedby={summary ? summaryId : undefined}
        aria-busy={state === "loading" || stale}
        className={`mt-3 min-h-0 flex-1 transition-opacity ${stale ? "opacity-60" : ""}`}
      >
        {state === "ready" ? (
          <Drawing draw={asTable ? table : children} asTable={asTable} offScreen={!onScreen} />
        ) : (
          <div
            role={state === "error" ? "alert" : "status"}
            className={`grid h-full min-h-40 place-items-center rounded-md text-sm text-[var(--muted)] ${state === "loading" ? "animate-pulse bg-[var(--foreground)]/[0.04]" : ""}`}
          >
            {state === "empty" && emptyMessage ? emptyMessage : MESSAGE[state]}
          </div>
        )}
        {summary && state === "ready" ? (
          <figcaption id={summaryId} className="sr-only">
            {summary}
          </figcaption>
        ) : null}
      </figure>
    </section>
  );
}
