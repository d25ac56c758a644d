import Link from "next/link";
import { connection } from "next/server";

/** The app's 404 page: unknown addresses, and paths that are not validly encoded (see proxy.ts). */
export default async function NotFound() {
  // NOTE: rendered per request, not prerendered, so that its scripts carry the request's CSP nonce.
  await connection();
  return (
    <main className="flex min-h-screen items-center justify-center px-4">
      <title>Page not found · Track Monitor</title>
      <div className="w-full max-w-sm rounded-xl border border-[var(--border)] bg-[var(--card)] p-8 text-center shadow-sm">
        <h1 className="text-xl font-semibold tracking-tight">Page not found</h1>
        <p className="mt-1 mb-6 text-sm text-[var(--muted)]">
          There is nothing at this address. Check the link, or start from the transactions list.
        </p>
        <Link
          href="/transactions"
          className="inline-flex h-8 items-center rounded-md bg-[var(--accent)] px-3 text-sm font-medium text-white dark:text-[var(--background)]"
        >
          Go to transactions
        </Link>
      </div>
    </main>
  );
}
