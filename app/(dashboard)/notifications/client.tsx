"use client";

import Link from "next/link";
import { DateTime } from "@/components/ui/date-time";
import { useMarkRead, useNotificationsQuery } from "@/lib/queries/alerts";
import { LoadFailed, Loading } from "@/components/ui/load-state";

export function NotificationsView() {
  const { data, error, refetch } = useNotificationsQuery();
  const markRead = useMarkRead();
  let body;
  if (error) body = <LoadFailed what="The notifications" error={error} retry={refetch} />;
  else if (!data) body = <Loading what="notifications" />;
  else if (!data.items.length)
    body = (
      <div className="rounded-lg border border-dashed border-[var(--border)] p-8 text-center text-sm text-[var(--muted)]">
        No notifications yet. Your{" "}
        <Link href="/alerts" className="text-[var(--accent)] underline">
          alert rules
        </Link>{" "}
        notify you here when they fire and when they resolve.
      </div>
    );
  else
    body = (
      <ul className="divide-y divide-[var(--border)] rounded-lg border border-[var(--border)] bg-[var(--card)] text-sm">
        {data.items.map((n) => (
          <li key={n.id} className="flex flex-wrap items-center gap-x-3 gap-y-1 px-3 py-2" data-testid="notification">
            <span
              className={`rounded px-1.5 text-xs font-medium ${n.kind === "fired" ? "bg-[var(--status-error)]/15 text-[var(--status-error)]" : "bg-[var(--status-delivered)]/15 text-[var(--status-delivered)]"}`}
            >
              {n.kind === "fired" ? "Fired" : "Resolved"}
            </span>
            <Link
              href={n.listPath}
              className={`min-w-0 flex-1 hover:underline ${n.readAt ? "text-[var(--muted)]" : "font-medium"}`}
              onClick={() => !n.readAt && markRead.mutate({ ids: [n.id] })}
            >
              {n.summary}
            </Link>
            <span className="text-xs text-[var(--muted)]">
              <DateTime iso={new Date(n.createdAt).toISOString()} />
            </span>
            {n.readAt ? null : (
              <button
                type="button"
                className="btn"
                aria-label={`Mark read: ${n.summary}`}
                onClick={() => markRead.mutate({ ids: [n.id] })}
              >
                Mark read
              </button>
            )}
          </li>
        ))}
      </ul>
    );
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <h1 className="text-xl font-semibold tracking-tight">Notifications</h1>
        <button
          type="button"
          className="btn"
          disabled={!data?.unread || markRead.isPending}
          onClick={() => markRead.mutate({ all: true })}
        >
          Mark all read
        </button>
      </div>
      {markRead.error ? (
        <p role="alert" className="text-sm text-[var(--danger)]">
          {markRead.error.message}
        </p>
      ) : null}
      {body}
    </div>
  );
}
