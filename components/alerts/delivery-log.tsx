"use client";

import { DateTime } from "@/components/ui/date-time";
import { useDeliveriesQuery } from "@/lib/queries/alert-channels";
import { DeliveryStatus } from "./delivery-status";
import { buttonClass } from "./styles";

const EVENTS = { fired: "Fired", resolved: "Resolved", test: "Test" } as const;
const iso = (ms: number) => new Date(ms).toISOString();

/**
 * The delivery log of one channel or of one rule: time, event, status, the last response code,
 * attempts and the last error; refreshed while a delivery is still being retried.
 */
export function DeliveryLog(props: { channelId: string; label?: string } | { ruleId: string; label?: string }) {
  const of = "channelId" in props ? { channelId: props.channelId } : { ruleId: props.ruleId };
  const { data, isPending, isError, error, refetch } = useDeliveriesQuery(of);
  if (isPending)
    return (
      <p role="status" className="text-sm text-[var(--muted)]">
        Loading deliveries…
      </p>
    );
  if (isError)
    return (
      <div role="alert" className="flex flex-wrap items-center gap-3 text-sm">
        <span>The delivery log could not be loaded: {error.message}</span>
        <button type="button" className={buttonClass} onClick={() => void refetch()}>
          Retry
        </button>
      </div>
    );
  if (data.deliveries.length === 0)
    return <p className="text-sm text-[var(--muted)]">No deliveries yet. Send a test to see one here.</p>;
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-left text-sm" data-testid="delivery-log">
        <caption className="sr-only">{props.label ?? "Deliveries"}, newest first</caption>
        <thead className="text-xs text-[var(--muted)]">
          <tr>
            <th scope="col" className="py-1.5 pr-4 font-medium">
              Time
            </th>
            <th scope="col" className="py-1.5 pr-4 font-medium">
              Event
            </th>
            <th scope="col" className="py-1.5 pr-4 font-medium">
              Status
            </th>
            <th scope="col" className="py-1.5 pr-4 font-medium">
              Response
            </th>
            <th scope="col" className="py-1.5 pr-4 font-medium">
              Attempts
            </th>
            <th scope="col" className="py-1.5 font-medium">
              Error
            </th>
          </tr>
        </thead>
        <tbody>
          {data.deliveries.map((d) => (
            <tr key={d.id} className="border-t border-[var(--border)] align-top" data-delivery={d.id}>
              <td className="py-1.5 pr-4">
                <DateTime iso={iso(d.createdAt)} mode="absolute" />
              </td>
              <td className="py-1.5 pr-4">{EVENTS[d.event]}</td>
              <td className="py-1.5 pr-4">
                <DeliveryStatus status={d.status} attempts={d.attempts} />
                {d.nextAttemptAt !== null ? (
                  <span className="block text-xs text-[var(--muted)]">
                    next try <DateTime iso={iso(d.nextAttemptAt)} mode="absolute" />
                  </span>
                ) : null}
              </td>
              <td className="py-1.5 pr-4 tabular-nums" data-column="response">
                {d.statusCode ?? "—"}
              </td>
              <td className="py-1.5 pr-4 tabular-nums" data-column="attempts">
                {d.attempts}
              </td>
              <td className="py-1.5 break-words text-[var(--muted)]">{d.error ?? ""}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
