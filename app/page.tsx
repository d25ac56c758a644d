import Link from "next/link";

export default function HomePage() {
  return (
    <main className="mx-auto max-w-2xl px-6 py-16">
      <h1 className="text-3xl font-semibold tracking-tight">Track Monitor</h1>
      <p className="mt-3 text-[var(--muted)]">
        Search, watch and drill into Business Network transactions. The embedded Track API is serving at this address.
      </p>
      <ul className="mt-8 space-y-2">
        <li>
          <Link className="text-[var(--accent)] underline" href="/track/api/docs">
            Track API reference
          </Link>
        </li>
        <li>
          <a className="text-[var(--accent)] underline" href="/track/api/health">
            Health and tracking lag
          </a>
        </li>
      </ul>
    </main>
  );
}
