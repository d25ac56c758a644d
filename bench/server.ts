import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { buildIfChanged } from "../scripts/build-if-changed.mjs";

/** Builds the app when the sources changed since the last build (as `npm start` does); retries a collided build. */
export function ensureBuild(): { built: boolean; seconds: number } {
  return buildIfChanged();
}

export interface Server {
  base: string;
  child: ChildProcess;
  /** Peak and current resident memory (MB) over the server's processes. */
  memory(): { peakMb: number; rssMb: number };
  /** Starts a new peak-memory window (Linux: writes 5 to /proc/<pid>/clear_refs). */
  resetPeak(): void;
  stop(): Promise<void>;
}

function descendants(pid: number): number[] {
  const out = [pid];
  for (const p of out) {
    try {
      const children = fs.readFileSync(`/proc/${p}/task/${p}/children`, "utf8").trim();
      if (children) out.push(...children.split(/\s+/).map(Number));
    } catch {
      // Gone already.
    }
  }
  return out;
}

function statusKb(pid: number, field: string): number {
  try {
    const match = fs.readFileSync(`/proc/${pid}/status`, "utf8").match(new RegExp(`^${field}:\\s+(\\d+) kB`, "m"));
    return match ? Number(match[1]) : 0;
  } catch {
    return 0;
  }
}

/**
 * Starts `next start` on 127.0.0.1:`port` over a bench database, without simulator or demo seeding;
 * `cwd` is the app whose build it serves (another checkout's, to compare with a baseline).
 */
export async function startServer(
  databaseUrl: string,
  port = Number(process.env.BENCH_PORT ?? 3200),
  // BENCH_SERVER_NODE_ARGS, e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof" to profile the server (NODE_OPTIONS refuses --cpu-prof).
  nodeArgs: string[] = (process.env.BENCH_SERVER_NODE_ARGS ?? "").split(" ").filter(Boolean),
  extraEnv: Record<string, string> = {},
  cwd = process.cwd(),
): Promise<Server> {
  const next = path.resolve(cwd, "node_modules/next/dist/bin/next");
  const dataDir = path.resolve("bench/data/server");
  fs.mkdirSync(dataDir, { recursive: true });
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: "production" as const,
    NEXT_TELEMETRY_DISABLED: "1",
    PORT: String(port),
    DATABASE_URL: databaseUrl,
    TRACK_DATA_DIR: dataDir,
    TRACK_SIMULATE: "0",
    TRACK_DEMO: "0",
    // The datasets' "now" is fixed (BENCH_NOW); retention on the real clock would expire their oldest weeks.
    TRACK_RETENTION_DAYS: "3650",
    ...extraEnv,
  };
  const child = spawn(process.execPath, [...nodeArgs, next, "start", "-p", String(port), "-H", "127.0.0.1"], {
    cwd,
    env,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let log = "";
  child.stdout!.on("data", (d) => (log += d));
  child.stderr!.on("data", (d) => (log += d));
  const base = `http://127.0.0.1:${port}`;
  const started = Date.now();
  for (;;) {
    if (child.exitCode !== null) throw new Error(`next start exited (${child.exitCode}): ${log.slice(-2000)}`);
    // Readiness, or the Track API's health for builds from before /api/ready (a baseline checkout).
    const answers = (route: string) =>
      fetch(`${base}${route}`).then(
        (r) => r.ok,
        () => false,
      );
    if ((await answers("/api/ready")) || (await answers("/track/api/health"))) break;
    if (Date.now() - started > 180_000) throw new Error(`next start did not answer within 3 min: ${log.slice(-2000)}`);
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
  const pids = () => descendants(child.pid!);
  return {
    base,
    child,
    memory: () => ({
      peakMb: Math.max(...pids().map((p) => statusKb(p, "VmHWM"))) / 1024,
      rssMb: Math.max(...pids().map((p) => statusKb(p, "VmRSS"))) / 1024,
    }),
    resetPeak: () => {
      for (const p of pids()) fs.writeFileSync(`/proc/${p}/clear_refs`, "5");
    },
    stop: async () => {
      if (child.exitCode !== null) return;
      const exited = new Promise((resolve) => child.once("exit", resolve));
      child.kill("SIGTERM");
      const timer = setTimeout(() => child.kill("SIGKILL"), 10_000);
      await exited;
      clearTimeout(timer);
    },
  };
}
