import type { Server } from "./server";
import type { CookieJar } from "./http";

export interface ExportRun {
  /** Through the dashboard (`GET /api/transactions/export`) or the Track API directly; absent: the BFF. */
  via?: "BFF" | "Track API";
  rows: number;
  bytes: number;
  seconds: number;
  rowsPerSecond: number;
  /** Peak resident memory of the server process during the export (VmHWM after a reset). */
  peakMb: number;
  /** Resident memory before the export started. */
  startRssMb: number;
}

/**
 * Downloads the CSV export of every row of a search, counting rows as they stream: through the BFF
 * with a session's cookies, or from the Track API's `POST /track/api/transactions/export` with an
 * access token.
 */
export async function benchExport(server: Server, auth: CookieJar | string, query = ""): Promise<ExportRun> {
  const startRssMb = server.memory().rssMb;
  server.resetPeak();
  const started = performance.now();
  const via = typeof auth === "string" ? "Track API" : "BFF";
  const response =
    typeof auth === "string"
      ? await fetch(`${server.base}/track/api/transactions/export`, {
          method: "POST",
          headers: { authorization: `Bearer ${auth}`, "content-type": "application/json" },
          body: JSON.stringify({ filter: {} }),
        })
      : await fetch(`${server.base}/api/transactions/export${query}`, { headers: { cookie: auth.header } });
  if (!response.ok || !response.body) throw new Error(`export: ${response.status} ${await response.text()}`);
  const expected = Number(response.headers.get("x-total-count"));
  let lines = 0;
  let bytes = 0;
  let quoted = false;
  for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
    bytes += chunk.length;
    // Line ends inside quoted fields belong to the field ("" toggles twice, so it needs no care).
    for (let i = 0; i < chunk.length; i++) {
      if (chunk[i] === 34) quoted = !quoted;
      else if (chunk[i] === 10 && !quoted) lines++;
    }
  }
  const seconds = (performance.now() - started) / 1000;
  const rows = lines - 1;
  if (rows !== expected) throw new Error(`export: ${rows} rows streamed, ${expected} announced`);
  return { via, rows, bytes, seconds, rowsPerSecond: rows / seconds, peakMb: server.memory().peakMb, startRssMb };
}

export interface EventExportRun {
  query: string;
  transactions: number;
  events: number;
  bytes: number;
  seconds: number;
  eventsPerSecond: number;
  /** Peak resident memory of the server process during the extract (VmHWM after a reset). */
  peakMb: number;
  startRssMb: number;
}

/** The event extract's view: the month (or `days`) of transactions before the dataset's `now`. */
export const eventExportQuery = (now: number, days = 30) =>
  `?from=${new Date(now - days * 86_400_000).toISOString()}&to=${new Date(now).toISOString()}`;

/** Downloads the event extract of a search through the BFF as NDJSON (`GET /api/events/export/ndjson`), counting events as they stream. */
export async function benchEventExport(server: Server, auth: CookieJar, query: string): Promise<EventExportRun> {
  const startRssMb = server.memory().rssMb;
  server.resetPeak();
  const started = performance.now();
  const response = await fetch(`${server.base}/api/events/export/ndjson${query}`, { headers: { cookie: auth.header } });
  if (!response.ok || !response.body) throw new Error(`event export: ${response.status} ${await response.text()}`);
  // JSON strings escape their line ends, so every newline ends an event.
  const { lines: events, bytes } = await drainLines(response.body);
  const seconds = (performance.now() - started) / 1000;
  return {
    query,
    transactions: Number(response.headers.get("x-total-count")),
    events,
    bytes,
    seconds,
    eventsPerSecond: events / seconds,
    peakMb: server.memory().peakMb,
    startRssMb,
  };
}

export interface EventExtractPass {
  /** `before`: the previous code path (bench/event-extract-baseline.ts); `after`: the store's. */
  code: "before" | "after";
  backend: "sqlite" | "postgres";
  events: number;
  bytes: number;
  seconds: number;
  eventsPerSecond: number;
  /** CPU time of this process during the pass, and events per CPU second (what the load does not skew). */
  cpuSeconds: number;
  eventsPerCpuSecond: number;
  /** 1-minute load average as the pass started. */
  load: number;
}

/** Reads a byte stream to its end, counting lines (NDJSON: one event each) and bytes. */
export async function drainLines(stream: ReadableStream<Uint8Array>): Promise<{ lines: number; bytes: number }> {
  let lines = 0;
  let bytes = 0;
  for await (const chunk of stream as unknown as AsyncIterable<Uint8Array>) {
    bytes += chunk.length;
    // indexOf searches natively: the reader costs the machine little beside the server it measures.
    for (let i = chunk.indexOf(10); i >= 0; i = chunk.indexOf(10, i + 1)) lines++;
  }
  return { lines, bytes };
}
