import type { ReactNode } from "react";

const card = "rounded-xl border border-[var(--border)] bg-[var(--card)]";

/** The page's shape while the transaction loads, so nothing jumps when it arrives. */
export function DetailSkeleton() {
  return (
    <div aria-busy="true" aria-label="Loading transaction" className="animate-pulse space-y-6">
      <div className="h-8 w-64 max-w-full rounded bg-[var(--border)]" />
      <div className={`${card} grid grid-cols-1 gap-4 p-5 sm:grid-cols-2 lg:grid-cols-3`}>
        {Array.from({ length: 9 }, (_, i) => (
          <div key={i} className="space-y-2">
            <div className="h-3 w-20 rounded bg-[var(--border)]" />
            <div className="h-4 w-36 max-w-full rounded bg-[var(--border)]" />
          </div>
        ))}
      </div>
      <div className={`${card} h-64`} />
    </div>
  );
}

/** A centred notice for the page's non-data states, with an action. */
export function DetailNotice({ title, children, action }: { title: string; children: ReactNode; action?: ReactNode }) {
  return (
    <div className={`${card} flex flex-col items-center gap-3 px-6 py-14 text-center`}>
      <h1 className="text-lg font-semibold">{title}</h1>
      <div className="max-w-md text-sm text-[var(--muted)]">{children}</div>
      {action}
    </div>
  );
}

export const primaryButton = "btn btn-primary";
