// Evaluating 1,000 alert rules against the bench dataset (issue #14, point 9): one evaluation cycle's
// time (budget 10 s) and the dashboard's list p95 while cycles run, against the same p95 idle.
//   BENCH_N=1000000 npm run bench:alerts        (BENCH_N=10000 for a quick look)
// The evaluator runs in this process, as a remote-mode dashboard would: through lib/track-client over
// HTTP to a `next start` over the dataset, as the dataset's demo@acme.test (track and report), with
// its own dashboard tables in a temporary SQLite file. Its data clock is the dataset's "now".
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import SQLite from "better-sqlite3";
import { it } from "vitest";
import { BENCH_NOW, ensureDataset } from "./generate";
import { signIn } from "./http";
import { load, round, summarize, type Latency } from "./measure";
import { ensureBuild, startServer } from "./server";

const N = Number(process.env.BENCH_N ?? 1_000_000);
const RULES = Number(process.env.BENCH_ALERT_RULES ?? 1_000);
const CYCLES = 3;
const BUDGET_MS = 10_000;

/** Partner names and document types of the dataset's main tenant, the most frequent first. */
function samples(file: string) {
  const sqlite = new SQLite(file, { readonly: true });
  try {
    const partners = sqlite
      .prepare(
        "select partner_name as name from transactions where tenant_id = 'acme' and partner_name is not null group by partner_name order by count(*) desc limit 100",
      )
      .all() as { name: string }[];
    return partners.map((p) => p.name);
  } finally {
    sqlite.close();
  }
}

/** The i-th rule of a deterministic mix: 40% count, 20% new, 10% overdue, 10% lag, 20% expected volume. */
function ruleFor(i: number, partners: string[]) {
  const partner = `partner=${encodeURIComponent(partners[i % partners.length] ?? "")}`;
  const filters = ["status=error", "type=invoice", partner, `status=error&${partner}`];
  const query = filters[i % filters.length];
  switch (i % 10) {
    case 0:
    case 1:
    case 2:
    case 3:
      return {
        type: "count",
        query,
        params: { windowMinutes: [15, 60, 240][i % 3], threshold: 5, direction: "above" },
      };
    case 4:
    case 5:
      return { type: "new", query, params: {} };
    case 6:
      return { type: "overdue", query, params: { threshold: 10 } };
    case 7:
      return { type: "lag", query: "", params: { lagMinutes: 10 } };
    default:
      return { type: "volume", query: i % 2 ? partner : "type=invoice", params: { fraction: 0.5 } };
  }
}

it(`evaluates ${RULES} alert rules against ${N.toLocaleString("en")} transactions`, async () => {
  const build = ensureBuild();
  const dataset = await ensureDataset(N);
  const offset = String(BENCH_NOW - Date.now());
  const server = await startServer(dataset.url, Number(process.env.BENCH_PORT ?? 3200), [], {
    TRACK_FAULTS: "1",
    TRACK_CLOCK_OFFSET_MS: offset,
    ALERT_INTERVAL_MS: String(24 * 3_600_000),
  });
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "bench-alerts-"));
  try {
    // This process is a remote-mode dashboard of that server.
    Object.assign(process.env, {
      TRACK_API_URL: server.base,
      TRACK_CLIENT_ID: "demo-client",
      TRACK_CLIENT_SECRET: "demo-secret",
      AUTH_SECRET: crypto.randomBytes(32).toString("base64url"),
      DATABASE_URL: `file:${path.join(dir, "dashboard.db")}`,
      TRACK_FAULTS: "1",
      TRACK_CLOCK_OFFSET_MS: offset,
    });
    const { createRule } = await import("@/lib/alerts/store");
    const { setTechnicalUser } = await import("@/lib/alerts/technical-users");
    const { evaluateAll } = await import("@/lib/alerts/evaluator");
    const { checkRule } = await import("@/lib/alerts/validate");
    await setTechnicalUser("acme", "demo@acme.test", "demo");
    const partners = samples(dataset.file);
    for (let i = 0; i < RULES; i++) {
      const checked = checkRule({ name: `Rule ${i}`, timeZone: "Europe/Helsinki", ...ruleFor(i, partners) }, [
        "track",
        "report",
      ]);
      if (!checked.ok) throw new Error(`rule ${i}: ${checked.message}`);
      await createRule({ tenant: "acme", userId: `user-${i % 50}` }, ["track", "report"], checked.value, Date.now());
    }

    const session = await signIn(server.base, "demo@acme.test", "demo");
    const list = async () => {
      const response = await fetch(`${server.base}/api/transactions?range=24h&tz=UTC`, {
        headers: { cookie: session.header },
      });
      if (!response.ok) throw new Error(`list answered ${response.status}`);
      await response.arrayBuffer();
    };
    const idle = await load(list, 2, 10_000);
    const cycles: { ms: number; failed: number }[] = [];
    const busySamples: Latency[] = [];
    for (let c = 0; c < CYCLES; c++) {
      let running = true;
      const busy = (async () => {
        const samples: number[] = [];
        while (running) {
          const t = performance.now();
          await list();
          samples.push(performance.now() - t);
        }
        return summarize(samples);
      })();
      const started = performance.now();
      const { failed } = await evaluateAll();
      cycles.push({ ms: round(performance.now() - started, 0), failed });
      running = false;
      busySamples.push(await busy);
    }
    const result = {
      at: new Date().toISOString(),
      transactions: N,
      rules: RULES,
      build,
      load: os.loadavg()[0],
      cycles,
      budgetMs: BUDGET_MS,
      listIdle: idle,
      listDuringCycles: busySamples,
    };
    console.log(JSON.stringify(result, null, 2));
    fs.writeFileSync(path.resolve("bench/alerts-results.json"), `${JSON.stringify(result, null, 2)}\n`);
  } finally {
    await server.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
