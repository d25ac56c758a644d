"use client";

import { useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { useEffect, useState } from "react";

/**
 * The bell in the header: a link to /notifications with the unread count, kept current over
 * /api/notifications/stream (a count at once and on every new notification or read).
 */
export function NotificationBell() {
  const [unread, setUnread] = useState<number | null>(null);
  const client = useQueryClient();
  useEffect(() => {
    let source: EventSource | undefined;
    let retry: ReturnType<typeof setTimeout> | undefined;
    let stopped = false;
    const connect = () => {
      source = new EventSource("/api/notifications/stream");
      source.addEventListener("unread", (event) => {
        const { count } = JSON.parse((event as MessageEvent<string>).data) as { count: number };
        setUnread(count);
        // A notification means a rule fired or resolved: its pages read their rules again.
        void client.invalidateQueries({ queryKey: ["notifications"] });
        void client.invalidateQueries({ queryKey: ["alerts"] });
      });
      // A re-authentication (or a sign-out) closes the stream: open a new one, which refreshes the session.
      const reopen = () => {
        source?.close();
        if (!stopped) retry = setTimeout(connect, 1_000);
      };
      source.addEventListener("reauth", reopen);
      source.addEventListener("ended", () => source?.close());
    };
    connect();
    return () => {
      stopped = true;
      clearTimeout(retry);
      source?.close();
    };
  }, [client]);
  const label = unread ? `Notifications, ${unread} unread` : "Notifications";
  return (
    <Link
      href="/notifications"
      aria-label={label}
      title={label}
      data-testid="notification-bell"
      className="relative inline-flex size-8 items-center justify-center rounded-md text-[var(--muted)] hover:text-[var(--foreground)] focus-visible:outline-2 focus-visible:outline-[var(--accent)]"
    >
      <svg aria-hidden viewBox="0 0 16 16" className="size-4" fill="none" stroke="currentColor" strokeWidth="1.5">
        <path d="M4 11.5V7a4 4 0 0 1 8 0v4.5l1 1H3l1-1ZM6.5 14a1.5 1.5 0 0 0 3 0" strokeLinejoin="round" />
      </svg>
      {unread ? (
        <span
          data-testid="unread-count"
          className="absolute -top-0.5 -right-0.5 min-w-4 rounded-full bg-[var(--danger)] px-1 text-center text-[10px] leading-4 font-semibold text-white tabular-nums"
        >
          {unread > 99 ? "99+" : unread}
        </span>
      ) : null}
    </Link>
  );
}
