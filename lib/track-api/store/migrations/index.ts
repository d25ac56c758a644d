import type { Migration } from "kysely";
import * as initial from "./0001-initial";
import * as scale from "./0002-scale";
import * as ingestMarks from "./0003-ingest-marks";
import * as eventsByArrival from "./0004-events-by-arrival";

/** Versioned migrations, applied in key order. Never edit a released one; add the next number. */
export const migrations: Record<string, Migration> = {
  "0001-initial": initial,
  "0002-scale": scale,
  "0003-ingest-marks": ingestMarks,
  "0004-events-by-arrival": eventsByArrival,
};
