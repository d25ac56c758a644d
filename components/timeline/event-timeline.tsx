import type { TrackEvent } from "@/lib/domain/transaction";
import { formatDuration } from "@/lib/domain/format-time";
import { DateTime } from "@/components/ui/date-time";
import { Highlighted } from "./highlighted";
import { EVENT_LEVEL_LABEL, EVENT_STEP_LABEL, EVENT_TYPE_LABEL } from "./event-labels";
import { LEVEL_TEXT, LevelIcon } from "./level-icon";

/** Events in time order; events that share an instant keep the order the API gave them. */
export function sortEvents(events: TrackEvent[]): TrackEvent[] {
  return events
    .map((event, index) => ({ event, index, at: Date.parse(event.occurredAt) }))
    .sort((a, b) => a.at - b.at || a.index - b.index)
    .map(({ event }) => event);
}

/**
 * A vertical timeline of a transaction's events with the time between consecutive steps; the words
 * of the list's message text (`highlight`), when it had one, are marked in the messages and codes.
 */
export function EventTimeline({ events, highlight = [] }: { events: TrackEvent[]; highlight?: readonly string[] }) {
  const ordered = sortEvents(events);
  if (ordered.length === 0) return <p className="text-sm text-[var(--muted)]">No events have been tracked yet.</p>;
  return (
    <ol aria-label="Events" className="relative">
      {ordered.map((event, i) => (
        <TimelineItem
          key={event.id}
          event={event}
          sincePrevious={i > 0 ? Date.parse(event.occurredAt) - Date.parse(ordered[i - 1].occurredAt) : null}
          last={i === ordered.length - 1}
          highlight={highlight}
        />
      ))}
    </ol>
  );
}

function TimelineItem({
  event,
  sincePrevious,
  last,
  highlight,
}: {
  event: TrackEvent;
  sincePrevious: number | null;
  last: boolean;
  highlight: readonly string[];
}) {
  return (
    <li className="relative flex gap-3 pb-5 last:pb-0" data-event-type={event.type} data-level={event.level}>
      {last ? null : <span aria-hidden className="absolute top-6 bottom-0 left-[9.5px] w-px bg-[var(--border)]" />}
      <div className="relative z-10 mt-0.5 shrink-0">
        <LevelIcon level={event.level} />
      </div>
      <div className="min-w-0 flex-1">
        <div className="flex flex-wrap items-baseline justify-between gap-x-3 gap-y-0.5">
          <p className="font-medium">
            <span className={event.level === "INFO" ? "" : LEVEL_TEXT[event.level]}>
              {EVENT_TYPE_LABEL[event.type] ?? event.type}
            </span>
            {sincePrevious !== null ? (
              <span
                className="ml-2 text-xs font-normal text-[var(--muted)] tabular-nums"
                title="Time since the previous event"
              >
                +{formatDuration(Math.max(0, sincePrevious))}
              </span>
            ) : null}
          </p>
          <span className="text-xs text-[var(--muted)] tabular-nums">
            <DateTime iso={event.occurredAt} mode="absolute" />
          </span>
        </div>
        <p className="mt-0.5 text-xs text-[var(--muted)]">
          {EVENT_STEP_LABEL[event.step] ?? event.step}
          {event.level !== "INFO" ? (
            <span className={LEVEL_TEXT[event.level]}> · {EVENT_LEVEL_LABEL[event.level]}</span>
          ) : null}
          {event.errorCode ? (
            <>
              {" · "}
              <code className="rounded bg-[var(--foreground)]/5 px-1 py-px font-mono">
                <Highlighted text={event.errorCode} words={highlight} />
              </code>
            </>
          ) : null}
        </p>
        {event.message ? (
          <p className="mt-1 text-sm break-words">
            <Highlighted text={event.message} words={highlight} />
          </p>
        ) : null}
      </div>
    </li>
  );
}
