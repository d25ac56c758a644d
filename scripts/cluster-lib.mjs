// Starts and stops a local cluster: HAProxy (deploy/haproxy.cfg) in front of several production
// instances (`next start`) on one PostgreSQL database. Used by `npm run cluster` and the cluster tests.
import { execFileSync, spawn } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import net from "node:net";
import path from "node:path";
import pg from "pg";
import { buildIfChanged } from "./build-if-changed.mjs";

const NEXT = path.resolve("node_modules/next/dist/bin/next");
const HAPROXY_CONFIG = path.resolve("deploy/haproxy.cfg");
export const DEFAULT_DATABASE_URL = "postgres://postgres@127.0.0.1:5432/track_cluster";
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Creates the database of a PostgreSQL URL if it does not exist (or drops it first when `fresh`). */
export async function ensureDatabase(url, { fresh = false } = {}) {
  const name = new URL(url).pathname.slice(1);
  if (!/^\w+$/.test(name)) throw new Error(`"${name}" is not a plain database name`);
  const admin = new URL(url);
  admin.pathname = "/postgres";
  const client = new pg.Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    if (fresh) await client.query(`drop database if exists ${name} with (force)`);
    const { rowCount } = await client.query("select 1 from pg_database where datname = $1", [name]);
    if (!rowCount) await client.query(`create database ${name}`);
  } finally {
    await client.end();
  }
}

/** The AUTH_SECRET shared by the instances: kept in `dataDir`/auth-secret, generated once. */
export function sharedAuthSecret(dataDir) {
  const file = path.join(dataDir, "auth-secret");
  if (fs.existsSync(file)) return fs.readFileSync(file, "utf8").trim();
  fs.mkdirSync(dataDir, { recursive: true });
  const secret = crypto.randomBytes(32).toString("base64url");
  fs.writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}

/** GET /api/ready of `url`: its HTTP status and body status (0 and "unreachable" when it does not answer). */
export async function readiness(url) {
  try {
    const response = await fetch(`${url}/api/ready`, { signal: AbortSignal.timeout(3_000) });
    const body = await response.json().catch(() => ({}));
    return {
      status: response.status,
      state: body.status ?? "unknown",
      instance: response.headers.get("x-track-instance"),
    };
  } catch {
    return { status: 0, state: "unreachable", instance: null };
  }
}

async function waitFor(what, check, timeoutMs, alive = () => true) {
  const started = Date.now();
  for (;;) {
    if (await check()) return;
    const problem = alive();
    if (problem !== true) throw new Error(`${what}: ${problem}`);
    if (Date.now() - started > timeoutMs) throw new Error(`${what}: not within ${timeoutMs / 1000} s`);
    await sleep(250);
  }
}

/** Sends one command to HAProxy's admin socket and returns its answer. */
function adminCommand(socketPath, command) {
  return new Promise((resolve, reject) => {
    let answer = "";
    const socket = net.createConnection(socketPath, () => socket.end(`${command}\n`));
    socket.on("data", (chunk) => (answer += chunk));
    socket.on("end", () => resolve(answer));
    socket.on("error", reject);
  });
}

function spawnLogged(command, args, options, name, stdio) {
  const child = spawn(command, args, { ...options, stdio: ["ignore", "pipe", "pipe"] });
  const lines = [];
  const collect = (stream, out) =>
    stream.on("data", (chunk) => {
      const text = chunk.toString();
      lines.push(text);
      if (lines.length > 500) lines.shift();
      if (stdio === "inherit") for (const line of text.split("\n")) if (line) out.write(`[${name}] ${line}\n`);
    });
  collect(child.stdout, process.stdout);
  collect(child.stderr, process.stderr);
  const exited = new Promise((resolve) => child.once("exit", (code, signal) => resolve({ code, signal })));
  return { child, exited, log: () => lines.join("") };
}

/**
 * Starts HAProxy on `port` in front of one `next start` per entry of `appPorts` (bound to 127.0.0.1,
 * so clients go through the balancer), all on `databaseUrl` (created if missing; dropped first when
 * `fresh`). Builds first when the sources changed. The first instance starts alone (it migrates and
 * seeds a new database), the others once it is ready. `env` is added to every instance's environment.
 * Resolves once HAProxy reports every instance up.
 */
export async function startCluster({
  port = 3000,
  appPorts = [port + 1, port + 2],
  databaseUrl = DEFAULT_DATABASE_URL,
  env = {},
  dataDir = "data/cluster",
  fresh = false,
  stdio = "inherit",
  log = console.log,
  startTimeoutMs = 300_000,
} = {}) {
  if (appPorts.length < 1 || appPorts.length > 4) throw new Error("deploy/haproxy.cfg has room for 1 to 4 instances");
  if (!/^postgres(ql)?:\/\//.test(databaseUrl)) throw new Error("a cluster needs DATABASE_URL on PostgreSQL");
  const url = `http://localhost:${port}`;
  const baseEnv = {
    ...process.env,
    NODE_ENV: "production",
    NEXT_TELEMETRY_DISABLED: "1",
    DATABASE_URL: databaseUrl,
    TRACK_DATA_DIR: dataDir,
    PUBLIC_URL: url,
    NEXTAUTH_URL: url,
    TRUST_PROXY_HOPS: "1",
    TRACK_SIMULATE: "1",
    ...env,
  };
  baseEnv.AUTH_SECRET ??= sharedAuthSecret(dataDir);
  buildIfChanged({ env: baseEnv, log });
  await ensureDatabase(databaseUrl, { fresh });

  const instances = appPorts.map((appPort, i) => makeInstance(`app${i + 1}`, appPort, baseEnv, stdio, startTimeoutMs));
  const stopAll = async () => {
    await Promise.all([...instances.map((instance) => instance.stop()), haproxy?.stop()]);
  };
  let haproxy;
  try {
    await instances[0].start();
    await Promise.all(instances.slice(1).map((instance) => instance.start()));
    haproxy = startHaproxy(port, instances, dataDir, stdio);
    await haproxy.waitUntil(Object.fromEntries(instances.map((instance) => [instance.id, "UP"])), startTimeoutMs);
  } catch (error) {
    await stopAll();
    throw error;
  }
  return { url, instances, haproxy, databaseUrl, authSecret: baseEnv.AUTH_SECRET, stop: stopAll };
}

/**
 * Starts one production server on its own (no balancer): e.g. a separate embedded Track API that
 * remote-mode instances call over HTTP. Builds first when the sources changed; resolves once ready.
 */
export async function startServer({
  id = "server",
  port,
  env = {},
  dataDir = `data/${id}`,
  stdio = "inherit",
  log = console.log,
  startTimeoutMs = 300_000,
}) {
  const url = `http://127.0.0.1:${port}`;
  const serverEnv = {
    ...process.env,
    NODE_ENV: "production",
    NEXT_TELEMETRY_DISABLED: "1",
    TRACK_DATA_DIR: dataDir,
    PUBLIC_URL: url,
    ...env,
  };
  buildIfChanged({ env: serverEnv, log });
  fs.rmSync(dataDir, { recursive: true, force: true });
  const instance = makeInstance(id, port, serverEnv, stdio, startTimeoutMs);
  await instance.start();
  return instance;
}

function makeInstance(id, appPort, env, stdio, startTimeoutMs) {
  const url = `http://127.0.0.1:${appPort}`;
  let running;
  const instance = {
    id,
    port: appPort,
    url,
    get pid() {
      return running?.child.pid;
    },
    get running() {
      return !!running && running.child.exitCode === null && running.child.signalCode === null;
    },
    /** The instance's recent output. */
    log: () => running?.log() ?? "",
    /** Resolves when the process exits, with its exit code and signal. */
    exited: () => running?.exited ?? Promise.resolve({ code: null, signal: null }),
    /** Starts the process and waits until its readiness answers 200. */
    async start() {
      if (instance.running) return;
      running = spawnLogged(
        process.execPath,
        [NEXT, "start", "-p", String(appPort), "-H", "127.0.0.1"],
        { env: { ...env, PORT: String(appPort), INSTANCE_ID: id } },
        id,
        stdio,
      );
      const current = running;
      await waitFor(
        `${id} on port ${appPort}`,
        async () => (await readiness(url)).status === 200,
        startTimeoutMs,
        () =>
          current.child.exitCode === null ? true : `exited (${current.child.exitCode}): ${current.log().slice(-2000)}`,
      );
    },
    /** Sends `signal` (default SIGKILL: a crash) without waiting. */
    kill(signal = "SIGKILL") {
      running?.child.kill(signal);
    },
    /** SIGTERM (a graceful drain), SIGKILL after `graceMs`; resolves when the process is gone. */
    async stop(graceMs = 20_000) {
      if (!instance.running) return;
      const { child, exited } = running;
      child.kill("SIGTERM");
      const timer = setTimeout(() => child.kill("SIGKILL"), graceMs);
      await exited;
      clearTimeout(timer);
    },
    /** Stops (gracefully, or with SIGKILL when `crash`) and starts again. */
    async restart({ crash = false } = {}) {
      if (crash && instance.running) {
        const { exited } = running;
        instance.kill("SIGKILL");
        await exited;
      } else await instance.stop();
      await instance.start();
    },
  };
  return instance;
}

function startHaproxy(port, instances, dataDir, stdio) {
  const socketPath = path.resolve(dataDir, "haproxy.sock");
  fs.mkdirSync(dataDir, { recursive: true });
  fs.rmSync(socketPath, { force: true });
  const env = {
    ...process.env,
    CLUSTER_PORT: String(port),
    CLUSTER_ADMIN_SOCKET: socketPath,
    ...Object.fromEntries(instances.map((instance, i) => [`CLUSTER_APP${i + 1}`, `127.0.0.1:${instance.port}`])),
  };
  // -W -db: master-worker in the foreground, so a signal to this process stops HAProxy.
  const running = spawnLogged(haproxyBinary(), ["-W", "-db", "-f", HAPROXY_CONFIG], { env }, "haproxy", stdio);
  const haproxy = {
    pid: running.child.pid,
    socketPath,
    log: running.log,
    /** Each instance's state as HAProxy sees it ("UP", "DOWN", "MAINT", …), by instance id. */
    async states() {
      const answer = await adminCommand(socketPath, "show stat");
      const states = {};
      for (const line of answer.split("\n")) {
        const [proxy, server, ...fields] = line.split(",");
        if (proxy === "instances" && server && server !== "BACKEND") states[server] = fields[15]?.split(" ")[0];
      }
      return states;
    },
    /** Takes an instance out of rotation ("disable": MAINT) or puts it back ("enable"). */
    async setServer(id, action) {
      await adminCommand(socketPath, `${action} server instances/${id}`);
    },
    /** Waits until HAProxy sees each listed instance in the given state, e.g. `{ app1: "DOWN" }`. */
    async waitUntil(wanted, timeoutMs = 30_000) {
      await waitFor(
        `HAProxy: ${JSON.stringify(wanted)}`,
        async () => {
          const states = await haproxy.states().catch(() => ({}));
          return Object.entries(wanted).every(([id, state]) => states[id] === state);
        },
        timeoutMs,
        () => (running.child.exitCode === null ? true : `HAProxy exited: ${running.log().slice(-2000)}`),
      );
    },
    async stop() {
      if (running.child.exitCode !== null || running.child.signalCode !== null) return;
      running.child.kill("SIGTERM");
      await running.exited;
    },
  };
  return haproxy;
}

function haproxyBinary() {
  for (const candidate of [process.env.HAPROXY, "/usr/sbin/haproxy", "/usr/local/sbin/haproxy"])
    if (candidate && fs.existsSync(candidate)) return candidate;
  try {
    return execFileSync("sh", ["-c", "command -v haproxy"], { encoding: "utf8" }).trim();
  } catch {
    throw new Error("HAProxy is not installed (Debian: apt-get install haproxy)");
  }
}
