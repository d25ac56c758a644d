import { test as base, expect } from "@playwright/test";
import { startCluster, type Cluster } from "../../scripts/cluster-lib.mjs";

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
