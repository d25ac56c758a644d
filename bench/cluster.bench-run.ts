import fs from "node:fs";
import { it } from "vitest";
import { startCluster } from "../scripts/cluster-lib.mjs";
import { benchCluster } from "./cluster";
import { writeResults } from "./report";
import type { BenchResults } from "./results";

/**
 * `npm run bench:cluster`: HAProxy and two production instances on a fresh PostgreSQL database
 * (BENCH_CLUSTER_PORT, default 3700; BENCH_CLUSTER_TRANSACTIONS per demo tenant, default 20,000),
 * measured with one and two instances in rotation; written into the committed results beside the
 * rest of the last full run.
 */
it("measures the BFF through the balancer with one and two instances and records it in bench/RESULTS.md", async () => {
  const port = Number(process.env.BENCH_CLUSTER_PORT ?? 3700);
  const transactions = Number(process.env.BENCH_CLUSTER_TRANSACTIONS ?? 20_000);
  const cluster = await startCluster({
    port,
    appPorts: [port + 1, port + 2],
    databaseUrl: `postgres://postgres@127.0.0.1:5432/track_bench_cluster`,
    dataDir: "data/bench-cluster",
    fresh: true,
    stdio: "pipe",
    env: { TRACK_SIMULATE: "0", TRACK_SEED_TRANSACTIONS: String(transactions), TRACK_FAULTS: "1" },
  });
  try {
    const results = JSON.parse(fs.readFileSync("bench/results.json", "utf8")) as BenchResults;
    results.cluster = await benchCluster(cluster, transactions);
    writeResults(results);
    console.log(`[bench] cluster: ${JSON.stringify(results.cluster, null, 1)}`);
  } finally {
    await cluster.stop();
  }
});
