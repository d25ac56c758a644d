/**
 * The server's "now" for everything about data: range presets, stats windows, overdue, ingestion,
 * the seed and the simulator. Real time, except in test builds (TRACK_FAULTS=1), where
 * TRACK_CLOCK_OFFSET_MS shifts it so that a whole test server lives on a chosen date and hour.
 * Tokens, sessions and sign-in throttling always keep real time.
 */
export function now(): number {
  return Date.now() + clockOffset();
}

let offset: number | undefined;

/** Milliseconds the data clock runs ahead of real time (negative: behind). */
export function clockOffset(): number {
  if (offset === undefined) {
    const value = process.env.TRACK_FAULTS === "1" ? Number(process.env.TRACK_CLOCK_OFFSET_MS ?? 0) : 0;
    offset = Number.isFinite(value) ? value : 0;
  }
  return offset;
}
