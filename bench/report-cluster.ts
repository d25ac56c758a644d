import type { ClusterRun } from "./cluster";
import { f, int, lat, table } from "./report-format";

/** RESULTS.md's cluster section: one and two instances through HAProxy, phase by phase, and the live ping across them. */
export function clusterSection(c: ClusterRun): string[] {
  const mean = (instances: number) => {
    const phases = c.phases.filter((p) => p.instances === instances);
    return phases.reduce((sum, p) => sum + p.rate, 0) / Math.max(1, phases.length);
  };
  return [
    "## Several instances behind HAProxy (`npm run bench:cluster`)",
    "",
    `HAProxy (round robin, no stickiness) in front of two production instances on one PostgreSQL database (${int(c.transactions)} transactions per demo tenant). Closed-loop load on the signed-in list (\`GET /api/transactions\`, the soak's mix of views) through the balancer, in alternating phases of the same run after a 20 s warm-up: the second instance taken out of rotation (HAProxy \`disable server\`), then back in. Load average (1 min) ${f(c.load[0])} at the start, ${f(c.load[1])} at the end; the load generator runs on the same 2 cores.`,
    "",
    table(
      ["phase", "instances", "clients", "requests", "errors", "answers/s", "p50 / p95 / p99 ms", "load at start"],
      c.phases.map((p, i) => [
        String(i + 1),
        String(p.instances),
        String(p.clients),
        int(p.requests),
        int(p.errors),
        int(p.rate),
        lat(p.latency),
        f(p.load),
      ]),
    ),
    "",
    `Mean answers/s: one instance ${int(mean(1))}, two instances ${int(mean(2))} (${f(mean(2) / Math.max(1, mean(1)))}×).`,
    "",
    `Live ping across instances: an event ingested through one instance → SSE \`changed\` at a client of the other, view \`/api/live${c.livePing.view}\`, ${c.livePing.pings} pings: p50 / p95 / p99 ${lat(c.livePing.latency)} ms.`,
    "",
  ];
}
