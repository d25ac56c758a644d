import Link from "next/link";
import type { ReactNode } from "react";

/** A page-level message (not found, failed) with the ways back into the dashboard. */
export function WayBack({ title, children, action }: { title: string; children: ReactNode; action?: ReactNode }) {
  return (
    <div className="mx-auto w-full max-w-md pt-10">
      <div role="alert" className="rounded-xl border border-[var(--border)] bg-[var(--card)] p-8 text-center shadow-sm">
        <h1 className="text-xl font-semibold tracking-tight">{title}</h1>
        <p className="mt-1 mb-6 text-sm text-[var(--muted)]">{children}</p>
        <div className="flex flex-wrap justify-center gap-2">
          {action}
          <Link href="/" className="btn">
            Overview
          </Link>
          <Link href="/transactions" className="btn">
            Transactions
          </Link>
        </div>
      </div>
    </div>
  );
}
