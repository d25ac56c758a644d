// Builds the app when its sources changed since the last build: shared by `npm start`, `npm run
// cluster`, the cluster tests and the benchmarks.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

const NEXT = path.resolve("node_modules/next/dist/bin/next");
/** What a build reads: a change to any of these makes the last build stale. */
export const SOURCES = [
  "app",
  "components",
  "lib",
  "instrumentation.ts",
  "proxy.ts",
  "next.config.ts",
  "package-lock.json",
  "postcss.config.mjs",
];
const BUILD_ID = ".next/BUILD_ID";

function newestMtime(entry) {
  if (!fs.existsSync(entry)) return 0;
  const stat = fs.statSync(entry);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...fs.readdirSync(entry).map((name) => newestMtime(path.join(entry, name))));
}

/** Whether `.next` holds a build newer than every source. */
export function buildIsCurrent() {
  return fs.existsSync(BUILD_ID) && Math.max(...SOURCES.map(newestMtime)) <= fs.statSync(BUILD_ID).mtimeMs;
}

/**
 * Runs `next build` unless the last build is current; returns whether it built and how long it took.
 * NOTE: another `next build` in the same tree at the same time makes this one fail: it waits and retries.
 */
export function buildIfChanged({ env = process.env, log = console.log } = {}) {
  if (buildIsCurrent()) return { built: false, seconds: 0 };
  log("Building Track Monitor…");
  const started = performance.now();
  for (let attempt = 1; ; attempt++) {
    try {
      execFileSync(process.execPath, [NEXT, "build"], {
        stdio: "inherit",
        env: { ...env, NEXT_TELEMETRY_DISABLED: "1" },
      });
      return { built: true, seconds: (performance.now() - started) / 1000 };
    } catch (error) {
      if (attempt >= 3) throw error;
      execFileSync("sleep", ["30"]);
    }
  }
}
