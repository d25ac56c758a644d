import { DAY_MS } from "@/lib/domain/time-buckets";

/** How many same weekdays before today make the expected-volume baseline. */
export const BASELINE_WEEKS = 4;

const partsFormatters = new Map<string, Intl.DateTimeFormat>();
function partsFormatter(timeZone: string): Intl.DateTimeFormat {
  let f = partsFormatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
      second: "numeric",
    });
    partsFormatters.set(timeZone, f);
  }
  return f;
}

/** The wall-clock reading of an instant in a time zone, as if that reading were UTC (ms, whole seconds). */
function wallClock(ms: number, timeZone: string): number {
  const parts = Object.fromEntries(
    partsFormatter(timeZone)
      .formatToParts(ms)
      .map((p) => [p.type, Number(p.value)]),
  ) as Record<string, number>;
  return Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour, parts.minute, parts.second);
}

/**
 * The instant at which the clocks of `timeZone` read `wall` (a wall-clock reading written as a UTC
 * instant). A reading that a DST change skips resolves to the instant after the gap.
 */
export function instantOfWallClock(wall: number, timeZone: string): number {
  let guess = wall - (wallClock(wall, timeZone) - wall);
  // Twice: the offset at the first guess may differ from the offset at the answer (near a DST change).
  for (let i = 0; i < 2; i++) {
    const offset = wallClock(guess, timeZone) - guess;
    guess = wall - offset;
  }
  return guess;
}

export interface Window {
  from: number;
  to: number;
}

/**
 * The expected-volume windows at `now` in `timeZone`: today from local midnight to now, and the same
 * span of wall-clock time (midnight to the same time of day) on each of the last four same weekdays,
 * newest first. On a DST day the windows are equal in wall-clock time, not in length.
 */
export function volumeWindows(now: number, timeZone: string): { today: Window; baseline: Window[] } {
  const wallNow = wallClock(now, timeZone);
  const wallMidnight = Math.floor(wallNow / DAY_MS) * DAY_MS;
  const timeOfDay = wallNow - wallMidnight;
  const today = { from: instantOfWallClock(wallMidnight, timeZone), to: now };
  const baseline = Array.from({ length: BASELINE_WEEKS }, (_, i) => {
    const day = wallMidnight - (i + 1) * 7 * DAY_MS;
    return {
      from: instantOfWallClock(day, timeZone),
      to: instantOfWallClock(day + timeOfDay, timeZone),
    };
  });
  return { today, baseline };
}
