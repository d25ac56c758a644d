import os from "node:os";
import type { Cluster } from "../scripts/cluster-lib.mjs";
import { accessToken, signIn } from "./http";
import { benchLive, type LiveRun } from "./live";
import { summarize, type Latency } from "./measure";
import { LIST_QUERIES } from "./soak";

/** One load phase through the balancer with a number of instances in rotation. */
export interface ClusterPhase {
  instances: number;
  seconds: number;
  clients: number;
  requests: number;
  errors: number;
  /** Answers per second, all clients together. */
  rate: number;
  latency: Latency;
  load: number;
}

export interface ClusterRun {
  transactions: number;
  phases: ClusterPhase[];
  /** Ingested through one instance, pinged to an SSE client on the other. */
  livePing: Omit<LiveRun, "transactionIds">;
  load: [number, number];
}

/**
 * Closed-loop load on the signed-in list through the balancer: `clients` concurrent clients, each
 * sending its next request when the last one is answered, for `seconds`.
 */
async function listLoad(base: string, cookie: string, clients: number, seconds: number) {
  const samples: number[] = [];
  let errors = 0;
  const until = performance.now() + seconds * 1000;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: clients }, async (_, c) => {
      for (let i = c; performance.now() < until; i++) {
        const t0 = performance.now();
        const response = await fetch(`${base}/api/transactions${LIST_QUERIES[i % LIST_QUERIES.length]}`, {
          headers: { cookie },
        }).catch(() => null);
        await response?.arrayBuffer();
        if (response?.ok) samples.push(performance.now() - t0);
        else errors += 1;
      }
    }),
  );
  return { samples, errors, wallMs: performance.now() - started };
}

/**
 * BFF throughput and latency through HAProxy with one and with two instances in rotation, in
 * alternating phases of the same run (one, two, one, two, one, two), then the live ping across instances.
 */
export async function benchCluster(
  cluster: Cluster,
  transactions: number,
  phaseSeconds = 20,
  clients = 8,
): Promise<ClusterRun> {
  const load0 = os.loadavg()[0];
  const session = await signIn(cluster.url, "demo@acme.test", "demo");
  const phases: ClusterPhase[] = [];
  const [first, second] = cluster.instances;
  // Warm both instances' caches and compiled routes (a first phase measured without it ran at half speed).
  await listLoad(cluster.url, session.header, clients, 20);
  for (const instances of [1, 2, 1, 2, 1, 2]) {
    await cluster.haproxy.setServer(second!.id, instances === 1 ? "disable" : "enable");
    await cluster.haproxy.waitUntil({ [first!.id]: "UP", [second!.id]: instances === 1 ? "MAINT" : "UP" });
    const load = os.loadavg()[0];
    const { samples, errors, wallMs } = await listLoad(cluster.url, session.header, clients, phaseSeconds);
    phases.push({
      instances,
      seconds: phaseSeconds,
      clients,
      requests: samples.length,
      errors,
      rate: (samples.length * 1000) / wallMs,
      latency: summarize(samples, wallMs),
      load,
    });
  }
  const ingestToken = await accessToken(first!.url, "ingest@acme.test", "demo");
  const { transactionIds: _ids, ...livePing } = await benchLive(
    second!.url,
    session,
    ingestToken,
    20,
    "?range=24h",
    first!.url,
  );
  return { transactions, phases, livePing, load: [load0, os.loadavg()[0]] };
}
