import { randomBytes } from "node:crypto";
import os from "node:os";
import type { Dataset } from "./generate";
import { signIn } from "./http";
import { startServer, type Server } from "./server";

const HOUR_MS = 3_600_000;
/** The BFF serves a computed overview for this long (lib/bff/overview-stats.ts COMPUTED_STATS_TTL_MS). */
const COMPUTED_TTL_MS = 15_000;

/** One overview view: its query, and each dashboard's first (uncached) and repeated answers. */
export interface MinimalUpstreamView {
  name: string;
  query: string;
  /** The transactions the view counted (both dashboards agree, or the run fails). */
  total: number;
  /** Searches the computed answer took. */
  searches: number;
  /** First answer per round, ms: the stats endpoint of a full upstream, and computed from searches. */
  statsEndpointMs: number[];
  computedMs: number[];
  /** A repeated request within the live interval, served from the shared computed answer, ms. */
  repeatMs: number[];
}

export interface MinimalUpstreamRun {
  transactions: number;
  views: MinimalUpstreamView[];
  load: [number, number];
}

/** The overview's views measured, as absolute ranges ending at the dataset's `now`. */
function views(now: number): { name: string; query: string }[] {
  const range = (hours: number, bucket: "hour" | "day") =>
    `from=${new Date(now - hours * HOUR_MS).toISOString()}&to=${new Date(now).toISOString()}&bucket=${bucket}`;
  return [
    { name: "24 hours by hour (the default overview)", query: range(24, "hour") },
    { name: "24 hours, errors only", query: `${range(24, "hour")}&status=error` },
    { name: "24 hours, invoices", query: `${range(24, "hour")}&type=invoice` },
    { name: "7 days by day", query: range(7 * 24, "day") },
    { name: "30 days by day", query: range(30 * 24, "day") },
  ];
}

async function timedStats(base: string, cookie: string, query: string) {
  const started = performance.now();
  const response = await fetch(`${base}/api/stats?${query}`, { headers: { cookie } });
  const text = await response.text();
  const ms = performance.now() - started;
  if (!response.ok) throw new Error(`GET /api/stats?${query} on ${base}: ${response.status} ${text.slice(0, 300)}`);
  const body = JSON.parse(text) as { totals: { total: number }; computed?: { searches: number } };
  return { ms, total: body.totals.total, searches: body.computed?.searches ?? 0 };
}

/**
 * The overview against an upstream that offers only `POST /auth/token` and `POST /track/api/transactions`
 * (TRACK_API_ENDPOINTS=token,search), side by side with the same dataset behind a full embedded Track
 * API: two upstreams on one SQLite file, each with a remote-mode dashboard in front. Each round asks
 * every view once on each dashboard (uncached: rounds are a live interval apart) and once more on the
 * computed one (the shared answer).
 */
export async function benchMinimalUpstream(dataset: Dataset, rounds = 3, port = 3900): Promise<MinimalUpstreamRun> {
  const load0 = os.loadavg()[0];
  const servers: Server[] = [];
  try {
    const full = await startServer(dataset.url, port);
    servers.push(full);
    const minimal = await startServer(dataset.url, port + 1, [], {
      TRACK_FAULTS: "1",
      TRACK_API_ENDPOINTS: "token,search",
    });
    servers.push(minimal);
    const dashboard = (upstream: Server, p: number) =>
      startServer(`file:bench/data/server/dashboard-${p}.db`, p, [], {
        TRACK_API_URL: upstream.base,
        TRACK_CLIENT_ID: "demo-client",
        TRACK_CLIENT_SECRET: "demo-secret",
        TRACK_TIMEOUT_MS: "10000",
        // Remote mode has no embedded store to keep a generated secret in.
        AUTH_SECRET: randomBytes(32).toString("hex"),
      });
    const fullDashboard = await dashboard(full, port + 2);
    servers.push(fullDashboard);
    const computedDashboard = await dashboard(minimal, port + 3);
    servers.push(computedDashboard);
    const fullCookie = (await signIn(fullDashboard.base, "demo@acme.test", "demo")).header;
    const computedCookie = (await signIn(computedDashboard.base, "demo@acme.test", "demo")).header;
    // The first request of each dashboard learns the upstream's endpoints (capability probes) and warms the routes.
    const warmUp = `from=${new Date(dataset.now - HOUR_MS).toISOString()}&to=${new Date(dataset.now).toISOString()}`;
    await timedStats(fullDashboard.base, fullCookie, warmUp);
    await timedStats(computedDashboard.base, computedCookie, warmUp);

    const measured: MinimalUpstreamView[] = views(dataset.now).map((v) => ({
      ...v,
      total: NaN,
      searches: 0,
      statsEndpointMs: [],
      computedMs: [],
      repeatMs: [],
    }));
    for (let round = 0; round < rounds; round++) {
      const roundStarted = performance.now();
      for (const view of measured) {
        const viaStats = await timedStats(fullDashboard.base, fullCookie, view.query);
        const computed = await timedStats(computedDashboard.base, computedCookie, view.query);
        const repeat = await timedStats(computedDashboard.base, computedCookie, view.query);
        if (viaStats.total !== computed.total)
          throw new Error(`${view.name}: the stats endpoint counts ${viaStats.total}, the searches ${computed.total}`);
        view.total = computed.total;
        view.searches = computed.searches;
        view.statsEndpointMs.push(viaStats.ms);
        view.computedMs.push(computed.ms);
        view.repeatMs.push(repeat.ms);
      }
      // The next round's answers must be computed afresh: wait out the shared answer's lifetime.
      const left = COMPUTED_TTL_MS + 500 - (performance.now() - roundStarted);
      if (round < rounds - 1 && left > 0) await new Promise((resolve) => setTimeout(resolve, left));
    }
    return { transactions: dataset.n, views: measured, load: [load0, os.loadavg()[0]] };
  } finally {
    for (const server of servers.reverse()) await server.stop();
  }
}
