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
 * `remote`: the same balancer and two instances in remote mode (the dashboard's own tables on a fresh
 * PostgreSQL database) against a separate embedded Track API on its own SQLite database, over HTTP.
 */
export const remoteTest = base.extend<object, { remote: RemoteCluster }>({
  remote: [
    async ({}, use) => {
      const port = CLUSTER_TEST_PORT + 10;
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
        },
      });
      const timeoutMs = 2_000;
      const cluster = await startCluster({
        port,
        appPorts: [port + 1, port + 2],
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
      try {
        await use({ ...cluster, upstream: upstream.url, timeoutMs });
      } finally {
        await cluster.stop();
        await upstream.stop();
      }
    },
    { scope: "worker", timeout: 600_000 },
  ],
});
