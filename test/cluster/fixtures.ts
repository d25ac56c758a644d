import { test as base, expect } from "@playwright/test";
import { startCluster, startServer, type Cluster } from "../../scripts/cluster-lib.mjs";

export { expect };

/** The balancer's port; the instances listen on the next ones. */
export const CLUSTER_TEST_PORT = Number(process.env.CLUSTER_TEST_PORT ?? 3300);

/**
 * `cluster`: HAProxy on CLUSTER_TEST_PORT in front of two instances on a fresh PostgreSQL database
 * (CLUSTER_TEST_DATABASE_URL), demo accounts and a small history, no simulator. One per worker;
 * a spec that takes an instance down brings it back up before it ends.
 */
export const test = base.extend<object, { cluster: Cluster }>({
  cluster: [
    async ({}, use) => {
      const cluster = await startCluster({
        port: CLUSTER_TEST_PORT,
        appPorts: [CLUSTER_TEST_PORT + 1, CLUSTER_TEST_PORT + 2],
        databaseUrl:
          process.env.CLUSTER_TEST_DATABASE_URL ??
          `postgres://postgres@127.0.0.1:5432/track_cluster_${CLUSTER_TEST_PORT}`,
        dataDir: `data/cluster-${CLUSTER_TEST_PORT}`,
        fresh: true,
        stdio: process.env.CLUSTER_TEST_VERBOSE ? "inherit" : "pipe",
        env: { TRACK_SIMULATE: "0", TRACK_SEED_TRANSACTIONS: "200", TRACK_FAULTS: "1" },
      });
      try {
        await use(cluster);
      } finally {
        await cluster.stop();
      }
    },
    // The first run builds the app (a minute or two) and seeds the database.
    { scope: "worker", timeout: 600_000 },
  ],
});

/** A remote-mode deployment: dashboard instances with TRACK_API_URL behind the balancer, and the upstream. */
export interface RemoteCluster extends Cluster {
  /** The separate embedded Track API the instances call over HTTP. */
  upstream: string;
  /** The instances' per-attempt upstream timeout (TRACK_TIMEOUT_MS). */
  timeoutMs: number;
}

/**
 * A remote-mode deployment on ports from `port`: `instances` dashboard instances (the dashboard's own
 * tables on a fresh PostgreSQL database) behind the balancer, against a separate embedded Track API on
 * its own SQLite database over HTTP, started with `upstreamEnv` added to its environment.
 */
async function startRemote(
  port: number,
  { instances = 2, upstreamEnv = {} }: { instances?: number; upstreamEnv?: Record<string, string> } = {},
): Promise<RemoteCluster> {
  const dataDir = `data/cluster-remote-${port}`;
  const stdio = process.env.CLUSTER_TEST_VERBOSE ? "inherit" : "pipe";
  const upstream = await startServer({
    id: "upstream",
    port: port + 3,
    dataDir: `${dataDir}/upstream`,
    stdio,
    env: {
      DATABASE_URL: `file:./${dataDir}/upstream/track.db`,
      TRACK_SIMULATE: "0",
      TRACK_SEED_TRANSACTIONS: "200",
      TRACK_FAULTS: "1",
      TRUST_PROXY_HOPS: "1",
      ...upstreamEnv,
    },
  });
  const timeoutMs = 2_000;
  let cluster: Cluster;
  try {
    cluster = await startCluster({
      port,
      appPorts: Array.from({ length: instances }, (_, i) => port + 1 + i),
      databaseUrl: `postgres://postgres@127.0.0.1:5432/track_cluster_remote_${port}`,
      dataDir,
      fresh: true,
      stdio,
      env: {
        TRACK_API_URL: upstream.url,
        TRACK_CLIENT_ID: "demo-client",
        TRACK_CLIENT_SECRET: "demo-secret",
        TRACK_TIMEOUT_MS: String(timeoutMs),
        TRACK_SIMULATE: "0",
      },
    });
  } catch (error) {
    await upstream.stop();
    throw error;
  }
  const stop = async () => {
    await cluster.stop();
    await upstream.stop();
  };
  return { ...cluster, upstream: upstream.url, timeoutMs, stop };
}

/**
 * `remote`: the same balancer and two instances in remote mode (the dashboard's own tables on a fresh
 * PostgreSQL database) against a separate embedded Track API on its own SQLite database, over HTTP.
 */
export const remoteTest = base.extend<object, { remote: RemoteCluster }>({
  remote: [
    async ({}, use) => {
      const remote = await startRemote(CLUSTER_TEST_PORT + 10);
      try {
        await use(remote);
      } finally {
        await remote.stop();
      }
    },
    { scope: "worker", timeout: 600_000 },
  ],
});

/**
 * `minimal`: one remote-mode instance behind the balancer against an upstream with only what the
 * public Track API description documents: `POST /auth/token` and `POST /track/api/transactions`
 * (TRACK_API_ENDPOINTS; its test routes stay on, and so does ingest, for the tests to feed it).
 */
export const minimalRemoteTest = base.extend<object, { minimal: RemoteCluster }>({
  minimal: [
    async ({}, use) => {
      const minimal = await startRemote(CLUSTER_TEST_PORT + 20, {
        instances: 1,
        // The ingest endpoint is the tests' feed of new events; the dashboard never calls it.
        upstreamEnv: { TRACK_API_ENDPOINTS: "token,search,events" },
      });
      try {
        await use(minimal);
      } finally {
        await minimal.stop();
      }
    },
    { scope: "worker", timeout: 600_000 },
  ],
});
