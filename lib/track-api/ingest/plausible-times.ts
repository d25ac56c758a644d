import { now as clockNow } from "@/lib/clock";
import { badRequest } from "@/lib/track-api/http/errors";
import type { ParsedIngestEvent } from "./schema";

/** No tracked document is older than this; earlier times are typos (year 0000) or zero values. */
export const EARLIEST_EVENT_TIME = Date.UTC(2000, 0, 1);
/** How far ahead of the server's clock an event time may be: clock skew, not a mistyped year. */
export const MAX_AHEAD_MS = 24 * 60 * 60 * 1000;

// NOTE: slaDueAt is a deadline and may well lie ahead; only the times something happened are checked.
const TIME_FIELDS: [string, (event: ParsedIngestEvent) => string | undefined][] = [
  ["occurredAt", (event) => event.occurredAt],
  ["transaction.receivedAt", (event) => event.transaction?.receivedAt],
];

/**
 * Refuses a batch with an implausible event time (before 2000 or more than a day ahead of `now`),
 * which would otherwise sit at the top or bottom of every time-sorted list, with a 400 naming the
 * event and field, e.g. `events.3.occurredAt`.
 */
export function assertPlausibleTimes(events: readonly ParsedIngestEvent[], now = clockNow()): void {
  events.forEach((event, index) => {
    for (const [name, read] of TIME_FIELDS) {
      const value = read(event);
      const time = value === undefined ? NaN : Date.parse(value);
      if (Number.isNaN(time) || (time >= EARLIEST_EVENT_TIME && time <= now + MAX_AHEAD_MS)) continue;
      const field = `events.${index}.${name}`;
      throw badRequest(
        `${field}: ${value} is not a plausible time; it must be after 2000-01-01 and at most a day ahead of the server's clock`,
        field,
      );
    }
  });
}
