import type { MinimalUpstreamRun } from "./minimal-upstream";
import { f, int, mark, table } from "./report-format";

/** The budget of the overview's first answer against an upstream with only token and search (issue #18). */
export const MINIMAL_FIRST_ANSWER_MS = 2_000;

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length ? sorted[Math.floor((sorted.length - 1) / 2)]! : NaN;
};
const worst = (values: number[]) => Math.max(...values);

/** RESULTS.md's section on the overview computed from searches, beside the stats endpoint. */
export function minimalUpstreamSection(m: MinimalUpstreamRun): string[] {
  return [
    "## Overview against an upstream with only token and search (`npm run bench:minimal`)",
    "",
    `Two embedded Track APIs on the same ${int(m.transactions)}-transaction SQLite dataset: one full, one with only \`POST /auth/token\` and \`POST /track/api/transactions\` (\`TRACK_API_ENDPOINTS=token,search\`), each behind a dashboard in remote mode. Each view's first answer is uncached (rounds are one live interval apart); "repeat" is a second viewer's request within the live interval, served from the shared computed answer. Totals of both dashboards were equal for every view. Load average (1 min) ${f(m.load[0])} at the start, ${f(m.load[1])} at the end.`,
    "",
    table(
      [
        "view",
        "transactions",
        "searches",
        "stats endpoint, ms (median)",
        "computed, ms (median / worst)",
        `first answer ≤ ${int(MINIMAL_FIRST_ANSWER_MS)} ms`,
        "repeat, ms (median)",
      ],
      m.views.map((v) => [
        v.name,
        int(v.total),
        int(v.searches),
        f(median(v.statsEndpointMs)),
        `${f(median(v.computedMs))} / ${f(worst(v.computedMs))}`,
        mark(worst(v.computedMs) <= MINIMAL_FIRST_ANSWER_MS),
        f(median(v.repeatMs)),
      ]),
    ),
    "",
  ];
}
