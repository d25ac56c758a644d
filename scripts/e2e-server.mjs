// Builds the app and serves it for the end-to-end suite on a fresh, small, deterministic database.
import { execFileSync, spawn } from "node:child_process";
import fs from "node:fs";

const dataDir = "data/e2e";
fs.rmSync(dataDir, { recursive: true, force: true });
const env = {
  ...process.env,
  NEXT_TELEMETRY_DISABLED: "1",
  DATABASE_URL: `file:./${dataDir}/track.db`,
  TRACK_DATA_DIR: dataDir,
  TRACK_SIMULATE: "0",
  TRACK_DEMO: "1",
  TRACK_FAULTS: "1",
  TRACK_TIMEOUT_MS: "3000",
  TRACK_SEED_TRANSACTIONS: process.env.TRACK_SEED_TRANSACTIONS ?? "3000",
};
execFileSync("npx", ["next", "build"], { stdio: "inherit", env });
const server = spawn("npx", ["next", "start", "-p", process.env.PORT ?? "3100"], { stdio: "inherit", env });
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));
