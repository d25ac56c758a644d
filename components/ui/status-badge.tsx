import type { Status } from "@/lib/domain/enums";
import { inkOf, STATUS_STYLE } from "@/lib/domain/status-style";

/** A status pill in the status's one colour. */
export function StatusBadge({ status, overdue }: { status: Status; overdue?: boolean }) {
  const { label, color } = STATUS_STYLE[status];
  return (
    <span className="inline-flex items-center gap-1.5 whitespace-nowrap">
      <span
        className="inline-flex items-center gap-1.5 rounded-full border px-2 py-0.5 text-xs font-medium"
        style={{
          color: inkOf(color),
          borderColor: `color-mix(in srgb, ${color} 40%, transparent)`,
          background: `color-mix(in srgb, ${color} 12%, transparent)`,
        }}
        data-status={status}
      >
        <span aria-hidden className="size-1.5 rounded-full" style={{ background: color }} />
        {label}
      </span>
      {overdue ? (
        <span
          className="rounded-full bg-[var(--danger)]/10 px-2 py-0.5 text-xs font-medium text-[var(--danger)]"
          title="Past its SLA and not yet delivered"
        >
          Overdue
        </span>
      ) : null}
    </span>
  );
}
