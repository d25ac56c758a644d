// Builds the app and serves it for the end-to-end suite on fresh, small, deterministic databases:
// one server on real time at PORT, and one per E2E_CLOCKS entry (`port=ISO instant`) whose data
// clock starts at that instant (TRACK_CLOCK_OFFSET_MS), and one on PostgreSQL when E2E_POSTGRES is
// `port=database URL` (the database is created anew). The main server starts last, once the others
// answer, so that its health tells Playwright every server is up.
import { execFileSync, spawn } from "node:child_process";
import fs from "node:fs";
import pg from "pg";

const NEXT = "node_modules/next/dist/bin/next";
const port = process.env.PORT ?? "3100";
const clocks = (process.env.E2E_CLOCKS ?? "")
  .split(",")
  .filter(Boolean)
  .map((entry) => entry.split("="));
const [postgresPort, postgresUrl] = process.env.E2E_POSTGRES?.split(/=(.*)/s) ?? [];

/** Drops and creates the database of a PostgreSQL URL (through the server's `postgres` database). */
async function freshDatabase(url) {
  const name = new URL(url).pathname.slice(1);
  if (!/^\w+$/.test(name)) throw new Error(`E2E_POSTGRES: "${name}" is not a plain database name`);
  const admin = new URL(url);
  admin.pathname = "/postgres";
  const client = new pg.Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    await client.query(`drop database if exists ${name} with (force)`);
    await client.query(`create database ${name}`);
  } finally {
    await client.end();
  }
}

/** The environment of a test server whose database lives in `dataDir`. */
function envFor(dataDir, extra = {}) {
  return {
    ...process.env,
    NEXT_TELEMETRY_DISABLED: "1",
    DATABASE_URL: `file:./${dataDir}/track.db`,
    TRACK_DATA_DIR: dataDir,
    TRACK_SIMULATE: "0",
    TRACK_DEMO: "1",
    TRACK_FAULTS: "1",
    TRACK_TIMEOUT_MS: "3000",
    // Alert rules are evaluated every second, so a test sees a rule fire within one short cycle.
    ALERT_INTERVAL_MS: "1000",
    TRACK_SEED_TRANSACTIONS: process.env.TRACK_SEED_TRANSACTIONS ?? "3000",
    // Webhooks to the tests' loopback receivers, retried within a second, from a loop that looks often.
    ALERT_ALLOW_PRIVATE_TARGETS: "1",
    ALERT_RETRY_BASE_MS: "400",
    ALERT_DELIVERY_INTERVAL_MS: "200",
    ...extra,
  };
}

/** How far above a test server's port the SMTP server of its alert e-mail listens (e2e/alert-channels.spec.ts). */
const SMTP_PORT_OFFSET = 40;

const servers = [];
/** Starts `next start` on `serverPort` over a fresh database in `dataDir`. */
function serve(serverPort, dataDir, extra) {
  fs.rmSync(dataDir, { recursive: true, force: true });
  // NOTE: a keep-alive timeout longer than any pause in a test, so the test's HTTP client never sends
  // on a socket the server is closing at that moment (ECONNRESET under load).
  const server = spawn(process.execPath, [NEXT, "start", "-p", serverPort, "--keepAliveTimeout", "120000"], {
    stdio: "inherit",
    // Each server is its own issuer at its own address, as PUBLIC_URL's default would make it with PORT.
    env: envFor(dataDir, {
      PORT: serverPort,
      PUBLIC_URL: `http://localhost:${serverPort}`,
      // Alert e-mail goes to the SMTP server e2e/alert-channels.spec.ts starts on this port (the server's + 40).
      SMTP_URL: `smtp://127.0.0.1:${Number(serverPort) + SMTP_PORT_OFFSET}`,
      ...extra,
    }),
  });
  server.on("exit", (code) => {
    for (const other of servers) other.kill("SIGTERM");
    process.exit(code ?? 0);
  });
  servers.push(server);
}

async function healthy(serverPort) {
  const started = Date.now();
  while (Date.now() - started < 300_000) {
    if (
      await fetch(`http://localhost:${serverPort}/track/api/health`).then(
        (r) => r.ok,
        () => false,
      )
    )
      return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`the test server on port ${serverPort} did not start`);
}

for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => servers.forEach((s) => s.kill(signal)));
execFileSync(process.execPath, [NEXT, "build"], { stdio: "inherit", env: envFor("data/e2e") });
for (const [clockPort, at] of clocks) {
  const offset = Date.parse(at) - Date.now();
  if (!Number.isFinite(offset)) throw new Error(`E2E_CLOCKS: ${at} is not an instant`);
  serve(clockPort, `data/e2e-${clockPort}`, { TRACK_CLOCK_OFFSET_MS: String(offset) });
}
if (postgresPort) {
  await freshDatabase(postgresUrl);
  serve(postgresPort, `data/e2e-${postgresPort}`, { DATABASE_URL: postgresUrl });
}
await Promise.all([
  ...clocks.map(([clockPort]) => healthy(clockPort)),
  ...(postgresPort ? [healthy(postgresPort)] : []),
]);
serve(port, "data/e2e");
