import type { BffRun } from "./bff";
import type { ClusterRun } from "./cluster";
import type { EventExportRun, EventExtractPass, ExportRun } from "./export";
import type { FirstDataRun } from "./first-data";
import type { IdleTabRun } from "./idle-tab";
import type { IngestRun } from "./ingest";
import type { LiveRun } from "./live";
import type { MinimalUpstreamRun } from "./minimal-upstream";
import type { Latency } from "./measure";
import type { PageWeight } from "./page-weight";
import type { SoakResult } from "./soak";

export type Backend = "sqlite" | "postgres";

export interface TimedRequest {
  name: string;
  /** The store's backend; absent in results written before PostgreSQL was measured: SQLite. */
  backend?: Backend;
  /** Transactions of the measured tenant in the dataset. */
  n: number;
  /** What the request answered (the search's total, the stats' total). */
  total: number;
  latency: Latency;
}

/** Everything one `npm run bench` measured; written to bench/results.json. */
export interface BenchResults {
  startedAt: string;
  seconds: number;
  /** 1-minute load average at the start and the end: other work on the machine skews latencies. */
  load: [number, number];
  /** The 1-minute load average as each part of the run started. */
  phaseLoads?: { phase: string; load: number }[];
  machine: { cpu: string; cores: number; memoryGb: number; node: string; sqlite: string; os: string };
  datasets: {
    n: number;
    /** Absent in results written before PostgreSQL was measured: SQLite. */
    backend?: Backend;
    tenants: { id: string; transactions: number; events: number }[];
    megabytes: number;
    loadSeconds: number;
    thisRun: boolean;
  }[];
  build: { built: boolean; seconds: number } | null;
  search: TimedRequest[];
  stats: TimedRequest[];
  /** Peak resident memory (MB) of the bench process during the in-process store runs. */
  storePeakMb: number | null;
  ingest: IngestRun[];
  bff: BffRun[];
  export: ExportRun | null;
  /** The event extract of a month's transactions through the BFF as NDJSON. */
  eventExport?: EventExportRun | null;
  /** The same extract in one process, the previous code path beside the current one (`npm run bench:events`). */
  eventExtractPasses?: { query: string; passes: EventExtractPass[] } | null;
  /** The PostgreSQL server the same datasets were loaded into, when it was measured (BENCH_DB). */
  postgres?: PostgresRun | null;
  live: Omit<LiveRun, "transactionIds"> | null;
  pageWeight: PageWeight[];
  /** The soak of the signed-in dashboard, on the dataset of `n` transactions, with its own load averages. */
  soak?: SoakResult | null;
  /** Idle browser tabs side by side (CDP metrics and requests per minute), on a demo server with the simulator. */
  browser?: IdleTabRun[] | null;
  /** First data visible on the overview and the list, cold and warm, with and without data in the first paint. */
  firstData?: FirstDataRun[] | null;
  /** Through HAProxy with one and two instances on PostgreSQL (`npm run bench:cluster`). */
  cluster?: ClusterRun | null;
  /** The overview against an upstream with only token and search, beside a full one (`npm run bench:minimal`). */
  minimalUpstream?: MinimalUpstreamRun | null;
  errors: string[];
}

/** PostgreSQL's side of a run: the server, its settings as a bench session saw them, its own HTTP export. */
export interface PostgresRun {
  version: string;
  /** name → value (source), from pg_settings on the largest bench database. */
  settings: Record<string, string>;
  export: ExportRun | null;
}
