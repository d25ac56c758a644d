import Link from "next/link";
import { LinkPending } from "./link-pending";
import { PinnedViews } from "./pinned-views";
import { NotificationBell } from "./notification-bell";
import { SignOutButton } from "./sign-out-button";
import { TimeZonePicker } from "./time-zone-picker";
import { TrackingLag } from "./tracking-lag";

/** The top bar: product, navigation, the display time zone, who is signed in (and for which tenant), sign-out. */
export function AppHeader({ user }: { user: { email: string; name: string; tenant: string } }) {
  return (
    <header className="sticky top-0 z-20 border-b border-[var(--border)] bg-[var(--card)]/90 backdrop-blur">
      <div className="mx-auto flex max-w-[1600px] flex-wrap items-center gap-x-6 gap-y-2 px-3 py-3 sm:px-6">
        <Link href="/transactions" className="font-semibold tracking-tight">
          Track Monitor
        </Link>
        <nav aria-label="Main" className="flex gap-4 text-sm">
          <Link href="/" className="text-[var(--muted)] hover:text-[var(--foreground)]">
            Overview
            <LinkPending />
          </Link>
          <Link href="/transactions" className="text-[var(--muted)] hover:text-[var(--foreground)]">
            Transactions
            <LinkPending />
          </Link>
          <Link href="/alerts" className="text-[var(--muted)] hover:text-[var(--foreground)]">
            Alerts
            <LinkPending />
          </Link>
        </nav>
        <PinnedViews />
        <div className="ml-auto flex min-w-0 flex-wrap items-center justify-end gap-3 text-sm">
          <TrackingLag />
          <TimeZonePicker />
          <NotificationBell />
          <span className="hidden text-right leading-tight sm:block" data-testid="signed-in-user">
            <span className="block font-medium">{user.name || user.email}</span>
            <span className="block text-xs text-[var(--muted)]">
              {user.email} · tenant <span data-testid="tenant">{user.tenant}</span>
            </span>
          </span>
          <SignOutButton />
        </div>
      </div>
    </header>
  );
}
