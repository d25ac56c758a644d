import "server-only";
import { CHANNELS, DIRECTIONS, DOCUMENT_TYPES, ERROR_TYPES, STATUSES, type StatsGroupBy } from "@/lib/domain/enums";
import {
  HISTOGRAM_EDGES_MS,
  type BreakdownRow,
  type StatsResult,
  type StatsView,
  type StatusCounts,
} from "@/lib/domain/stats";
import { timeBuckets } from "@/lib/domain/time-buckets";
import type { SearchResult, Transaction } from "@/lib/domain/transaction";
import { DEFAULT_SORT, MAX_PAGE_SIZE, type Filter, type SearchRequest } from "@/lib/filters/schema";
import { statsRange, type StatsRequest } from "@/lib/filters/stats-schema";
import { notOffered } from "@/lib/track-client/api";

/** A search of the Track API with the viewer's token. */
export type Search = (request: SearchRequest) => Promise<SearchResult>;

/** The newest transactions of a view that breakdowns and delivery times are counted from. */
export const SAMPLE_ROWS = 2_000;
/** Most time buckets of a computed series: each takes a search per groupBy value and one more. */
export const MAX_COMPUTED_BUCKETS = 200;
/** Searches in flight at a time for one overview. */
const CONCURRENCY = 6;

/** The values of each groupBy dimension; a row without a value counts as "none", as the stats endpoint does. */
const GROUP_VALUES: Record<StatsGroupBy, readonly string[]> = {
  status: STATUSES,
  documentType: DOCUMENT_TYPES,
  direction: DIRECTIONS,
  inChannel: CHANNELS,
  outChannel: CHANNELS,
  errorType: ERROR_TYPES,
};

/** The filter narrowed to one value of a dimension, or null when the filter already leaves it out. */
export function narrowed(filter: Filter, dim: StatsGroupBy, value: string): Filter | null {
  const current = filter[dim] as string | string[] | undefined;
  if (current !== undefined && !(Array.isArray(current) ? current.includes(value) : current === value)) return null;
  if ((filter.not?.[dim as keyof NonNullable<Filter["not"]>] as string[] | undefined)?.includes(value)) return null;
  return { ...filter, [dim]: dim === "direction" ? value : [value] } as Filter;
}

function limiter(size: number) {
  let active = 0;
  const waiting: (() => void)[] = [];
  return async <T>(task: () => Promise<T>): Promise<T> => {
    if (active >= size) await new Promise<void>((resolve) => waiting.push(resolve));
    active++;
    try {
      return await task();
    } finally {
      active--;
      waiting.shift()?.();
    }
  };
}

/**
 * The overview's numbers for a Track API with only the search endpoint: counts from the `total`s of
 * filtered searches (per status, per time bucket and groupBy value, overdue), breakdowns and delivery
 * times from the newest SAMPLE_ROWS transactions of the view. Same shape as the stats endpoint's
 * answer, with `computed` saying how it was made.
 */
export async function computedStats(search: Search, request: StatsRequest, now = Date.now()): Promise<StatsView> {
  const { from, to } = statsRange(request, now);
  const filter: Filter = {
    ...request.filter,
    receivedFrom: new Date(from).toISOString(),
    receivedTo: new Date(to).toISOString(),
  };
  const buckets = timeBuckets(from, to, request.bucket, request.timeZone);
  if (buckets.length > MAX_COMPUTED_BUCKETS)
    throw notOffered(
      "stats",
      `the overview is computed from searches, and ${buckets.length} ${request.bucket} buckets are too many (at most ${MAX_COMPUTED_BUCKETS}): choose day buckets or a shorter range`,
    );
  const limit = limiter(CONCURRENCY);
  let searches = 0;
  const run = (body: SearchRequest) =>
    limit(() => {
      searches++;
      return search(body);
    });
  const count = async (f: Filter | null) =>
    f ? (await run({ filter: f, sort: DEFAULT_SORT, page: { size: 1 } })).total : 0;

  const [total, overdue, statusCounts, series, sample] = await Promise.all([
    count(filter),
    count(filter.overdue === false ? null : { ...filter, overdue: true }),
    Promise.all(STATUSES.map((s) => count(narrowed(filter, "status", s)))),
    Promise.all(
      buckets.map(async (b) => {
        const inBucket = {
          ...filter,
          receivedFrom: new Date(b.start).toISOString(),
          receivedTo: new Date(b.end).toISOString(),
        };
        const bucketTotal = await count(inBucket);
        const counts: Record<string, number> = {};
        if (bucketTotal > 0) {
          const values = GROUP_VALUES[request.groupBy];
          const ns = await Promise.all(values.map((v) => count(narrowed(inBucket, request.groupBy, v))));
          values.forEach((v, i) => ns[i]! > 0 && (counts[v] = ns[i]!));
          const none = bucketTotal - ns.reduce((a, n) => a + n, 0);
          if (none > 0) counts.none = none;
        }
        return {
          start: new Date(b.start).toISOString(),
          end: new Date(b.end).toISOString(),
          counts,
          total: bucketTotal,
        };
      }),
    ),
    newest(run, filter),
  ]);
  const byStatus: StatusCounts = Object.fromEntries(STATUSES.map((s, i) => [s, statusCounts[i]!]));
  const partners = breakdown(
    sample,
    (tx) => tx.businessPartner && { key: tx.businessPartner.id, label: tx.businessPartner.name },
  );
  return {
    bucket: request.bucket,
    groupBy: request.groupBy,
    timeZone: request.timeZone,
    from: new Date(from).toISOString(),
    to: new Date(to).toISOString(),
    series,
    totals: { total, overdue, byStatus },
    breakdowns: {
      documentType: breakdown(sample, (tx) => tx.documentType && { key: tx.documentType, label: tx.documentType }),
      inChannel: breakdown(sample, (tx) => tx.inChannel && { key: tx.inChannel, label: tx.inChannel }),
      outChannel: breakdown(sample, (tx) => tx.outChannel && { key: tx.outChannel, label: tx.outChannel }),
      partner: partners.slice(0, 10),
      errorType: breakdown(sample, (tx) => tx.errorType && { key: tx.errorType, label: tx.errorType }),
    },
    throughput: throughput(sample),
    computed: { searches, sample: { rows: sample.length, of: total } },
  };
}

/** The newest SAMPLE_ROWS transactions of the filter, paged. */
async function newest(run: (body: SearchRequest) => Promise<SearchResult>, filter: Filter): Promise<Transaction[]> {
  const rows: Transaction[] = [];
  let cursor: string | undefined;
  do {
    const size = Math.min(MAX_PAGE_SIZE, SAMPLE_ROWS - rows.length);
    const page = await run({ filter, sort: DEFAULT_SORT, page: { size, ...(cursor ? { cursor } : {}) } });
    rows.push(...page.items.slice(0, size));
    cursor = page.nextCursor ?? undefined;
  } while (cursor && rows.length < SAMPLE_ROWS);
  return rows;
}

/** Counts per key and status, largest first (then by key), as the stats endpoint orders them. */
function breakdown(
  rows: Transaction[],
  keyOf: (tx: Transaction) => { key: string; label: string } | null,
): BreakdownRow[] {
  const byKey = new Map<string, BreakdownRow>();
  for (const tx of rows) {
    const k = keyOf(tx);
    if (!k) continue;
    const entry = byKey.get(k.key) ?? { key: k.key, label: k.label, count: 0, byStatus: {} };
    entry.count++;
    entry.byStatus[tx.status] = (entry.byStatus[tx.status] ?? 0) + 1;
    byKey.set(k.key, entry);
  }
  return [...byKey.values()].sort((a, b) => b.count - a.count || a.key.localeCompare(b.key));
}

/** Delivery times (deliveredAt − receivedAt) of the delivered rows, as the stats endpoint reports them. */
function throughput(rows: Transaction[]): StatsResult["throughput"] {
  const ms = rows
    .filter((tx) => tx.deliveredAt)
    .map((tx) => Date.parse(tx.deliveredAt!) - Date.parse(tx.receivedAt))
    .sort((a, b) => a - b);
  const at = (q: number) => (ms.length ? ms[Math.min(ms.length - 1, Math.floor(q * ms.length))]! : null);
  const upTo = (edge: number) => ms.filter((d) => d <= edge).length;
  return {
    delivered: ms.length,
    medianMs: at(0.5),
    p90Ms: at(0.9),
    histogram: [
      ...HISTOGRAM_EDGES_MS.map((edge, i) => ({
        upToMs: edge,
        count: upTo(edge) - (i > 0 ? upTo(HISTOGRAM_EDGES_MS[i - 1]!) : 0),
      })),
      { upToMs: null, count: ms.length - upTo(HISTOGRAM_EDGES_MS.at(-1)!) },
    ],
  };
}
