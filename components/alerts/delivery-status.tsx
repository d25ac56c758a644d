import type { DeliveryView } from "@/lib/alerts/channels/views";

const LOOK = {
  sent: { label: "Sent", color: "var(--status-delivered)" },
  pending: { label: "Retrying", color: "var(--status-sending)" },
  failed: { label: "Failed", color: "var(--status-error)" },
} as const;

/** A delivery's status as a dot and a word ("Sent", "Retrying", "Failed"). */
export function DeliveryStatus({ status, attempts }: { status: DeliveryView["status"]; attempts?: number }) {
  const { label, color } = LOOK[status];
  const word = status === "pending" && attempts === 0 ? "Pending" : label;
  return (
    <span className="inline-flex items-center gap-1.5 whitespace-nowrap" data-delivery-status={status}>
      <span aria-hidden className="size-2 rounded-full" style={{ background: color }} />
      {word}
    </span>
  );
}
