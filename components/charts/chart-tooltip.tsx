import { formatCount } from "./format";

interface TooltipEntry {
  name?: string | number;
  value?: unknown;
  color?: string;
  dataKey?: unknown;
}

/** The tooltip of the overview's charts: a title and one coloured line per non-empty series. */
export function ChartTooltip({
  active,
  payload,
  title,
}: {
  active?: boolean;
  payload?: readonly TooltipEntry[];
  title?: string;
}) {
  if (!active || !payload?.length) return null;
  // The previous period's line (status over time, compare=previous) is not part of this bucket's total.
  const before = payload.find((p) => p.dataKey === "previous");
  const entries = payload.filter((p) => p !== before && Number(p.value) > 0);
  const total = entries.reduce((sum, p) => sum + Number(p.value), 0);
  return (
    <div className="rounded-md border border-[var(--border)] bg-[var(--card)] px-3 py-2 text-xs shadow-lg">
      {title ? <p className="mb-1 font-medium">{title}</p> : null}
      {entries.length ? (
        <ul className="space-y-0.5 tabular-nums">
          {entries.map((p) => (
            <li key={String(p.dataKey ?? p.name)} className="flex items-center gap-2">
              <span aria-hidden className="size-2 rounded-sm" style={{ background: p.color }} />
              <span className="flex-1">{p.name}</span>
              <span className="font-medium">{formatCount(Number(p.value))}</span>
            </li>
          ))}
          {entries.length > 1 ? (
            <li className="flex justify-between gap-2 border-t border-[var(--border)] pt-0.5 text-[var(--muted)]">
              <span>Total</span>
              <span>{formatCount(total)}</span>
            </li>
          ) : null}
        </ul>
      ) : (
        <p className="text-[var(--muted)]">No transactions</p>
      )}
      {before && before.value != null ? (
        <p className="mt-0.5 flex justify-between gap-2 text-[var(--muted)] tabular-nums">
          <span>{before.name}</span>
          <span>{formatCount(Number(before.value))}</span>
        </p>
      ) : null}
    </div>
  );
}
