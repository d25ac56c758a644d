import fs from "node:fs";
import path from "node:path";
import { signIn } from "./http";
import { benchFirstData, type FirstDataRun } from "./first-data";
import { benchIdleTabs, type IdleTabRun, type IdleView } from "./idle-tab";
import { startServer, type Server } from "./server";

/** The tabs measured on each build: the live overview beside its `live=off` twin, the list, a viewer's 403. */
const VIEWS = [
  { name: "overview, live", path: "/", user: "demo@acme.test" },
  { name: "overview, live=off", path: "/?live=off", user: "demo@acme.test" },
  { name: "list, live", path: "/transactions", user: "demo@acme.test" },
  { name: "viewer on 30 days (403)", path: "/?range=30d", user: "viewer@acme.test" },
];

/**
 * A server on a fresh demo database of its own (demo users, `seed` transactions of history) with the
 * traffic simulator at its default rate, as `npm start` runs for a new user.
 */
export async function demoServer(port: number, cwd: string, seed: number): Promise<Server> {
  const dir = path.resolve(`bench/data/browser-${port}`);
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  return startServer(
    `file:${dir}/track.db`,
    port,
    [],
    {
      TRACK_DATA_DIR: dir,
      TRACK_DEMO: "1",
      TRACK_SIMULATE: "1",
      TRACK_SEED_TRANSACTIONS: String(seed),
    },
    cwd,
  );
}

/**
 * The idle-tab bench: every view of VIEWS open side by side for `seconds` on this build and, when
 * `baselineDir` names another checkout with a build, on that one too, in the same browser at once.
 */
export async function idleTabsOn({
  seconds = Number(process.env.BENCH_IDLE_SECONDS ?? 120),
  baselineDir = process.env.BENCH_BASELINE_DIR,
  seed = Number(process.env.BENCH_IDLE_SEED ?? 30_000),
  port = Number(process.env.BENCH_PORT ?? 3200) + 10,
}: { seconds?: number; baselineDir?: string; seed?: number; port?: number } = {}): Promise<IdleTabRun[]> {
  const builds = [{ build: "this build", cwd: process.cwd() }];
  if (baselineDir) builds.push({ build: `baseline (${path.basename(baselineDir)})`, cwd: path.resolve(baselineDir) });
  const servers = await Promise.all(builds.map((b, i) => demoServer(port + i, b.cwd, seed)));
  try {
    const views: IdleView[] = [];
    for (const [i, { build }] of builds.entries()) {
      const base = servers[i].base;
      const sessions = new Map<string, Awaited<ReturnType<typeof signIn>>>();
      for (const v of VIEWS) {
        if (!sessions.has(v.user)) sessions.set(v.user, await signIn(base, v.user, "demo"));
        views.push({ build, name: v.name, base, path: v.path, session: sessions.get(v.user)! });
      }
    }
    return await benchIdleTabs(views, seconds);
  } finally {
    await Promise.all(servers.map((s) => s.stop()));
  }
}

/**
 * First data visible on the overview and the list (bench/first-data.ts), on a demo server of its own
 * with the simulator at its default rate.
 */
export async function firstDataOn({
  seed = Number(process.env.BENCH_IDLE_SEED ?? 30_000),
  port = Number(process.env.BENCH_PORT ?? 3200) + 20,
}: { seed?: number; port?: number } = {}): Promise<FirstDataRun[]> {
  const server = await demoServer(port, process.cwd(), seed);
  try {
    return await benchFirstData(server.base, await signIn(server.base, "demo@acme.test", "demo"));
  } finally {
    await server.stop();
  }
}
