/** Server configuration read from the environment (DESIGN §2). Read lazily so builds need no env. */
export const config = {
  get port(): number {
    return Number(process.env.PORT ?? 3000);
  },
  /**
   * The address clients use to reach this server (behind a load balancer: its public one), without a
   * trailing slash. The embedded auth service's issuer and endpoint URLs derive from it, never from
   * the request's Host header, so that every instance names the same issuer whoever was asked.
   */
  get publicUrl(): string {
    const value = process.env.PUBLIC_URL?.trim();
    if (!value) return `http://localhost:${this.port}`;
    let url: URL | undefined;
    try {
      url = new URL(value);
    } catch {}
    if (!url || !/^https?:$/.test(url.protocol) || url.username || url.password || url.search || url.hash)
      throw new Error(
        `PUBLIC_URL must be an absolute http:// or https:// URL without query or fragment, not "${value}"`,
      );
    return url.href.replace(/\/+$/, "");
  },
  /** Base URL of a real Track API host; unset means the embedded Track API serves this app. */
  get trackApiUrl(): string | undefined {
    return process.env.TRACK_API_URL?.replace(/\/+$/, "") || undefined;
  },
  get embedded(): boolean {
    return !this.trackApiUrl;
  },
  get databaseUrl(): string {
    return process.env.DATABASE_URL ?? "file:./data/track.db";
  },
  /** Connections per process to a PostgreSQL store. */
  get databasePoolSize(): number {
    return positive("DATABASE_POOL_SIZE", 10);
  },
  /** How long a request may wait for a PostgreSQL connection (a new one, or a free one of the pool). */
  get databaseConnectTimeoutMs(): number {
    return positive("DATABASE_CONNECT_TIMEOUT_MS", 10_000);
  },
  /** How long one PostgreSQL statement may run before the server cancels it. */
  get databaseStatementTimeoutMs(): number {
    return positive("DATABASE_STATEMENT_TIMEOUT_MS", 15_000);
  },
  /** Days of transactions the embedded store keeps (whole weeks older than that are removed). */
  get retentionDays(): number {
    return positive("TRACK_RETENTION_DAYS", 90);
  },
  get dataDir(): string {
    return process.env.TRACK_DATA_DIR ?? "data";
  },
  /**
   * How many proxies in front of this server append to X-Forwarded-For; 0 (a bare `npm start`) means
   * the client's address is the socket's and X-Forwarded-For is ignored.
   */
  get trustProxyHops(): number {
    const value = process.env.TRUST_PROXY_HOPS?.trim() || "0";
    const hops = Number(value);
    if (!/^\d+$/.test(value) || !Number.isSafeInteger(hops))
      throw new Error(`TRUST_PROXY_HOPS must be a whole number ≥ 0, not "${value}"`);
    return hops;
  },
  get simulate(): boolean {
    return flag(process.env.TRACK_SIMULATE, false);
  },
  /** Transactions per minute per tenant produced by the simulator. */
  get simulateRate(): number {
    return Number(process.env.TRACK_SIMULATE_RATE ?? 20);
  },
  get demo(): boolean {
    return flag(process.env.TRACK_DEMO, this.embedded);
  },
  /** Transactions of history seeded per demo tenant on a new database. */
  get seedTransactions(): number {
    return Number(process.env.TRACK_SEED_TRANSACTIONS ?? 30_000);
  },
  /** How often alert rules are evaluated (once per cluster: lib/alerts/evaluator.ts). */
  get alertIntervalMs(): number {
    return positive("ALERT_INTERVAL_MS", 60_000);
  },
  /** How many times an hour one alert rule may notify at most. */
  get alertMaxPerHour(): number {
    return positive("ALERT_MAX_PER_HOUR", 6);
  },
};

/** A whole number ≥ 1 from the environment, or `fallback` when unset; anything else is refused by name. */
export function positive(name: string, fallback: number): number {
  const value = process.env[name]?.trim();
  if (!value) return fallback;
  const n = Number(value);
  if (!/^\d+$/.test(value) || !Number.isSafeInteger(n) || n < 1)
    throw new Error(`${name} must be a whole number ≥ 1, not "${value}"`);
  return n;
}

function flag(value: string | undefined, fallback: boolean): boolean {
  if (value === undefined || value === "") return fallback;
  return !["0", "false", "off", "no"].includes(value.toLowerCase());
}
