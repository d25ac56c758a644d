import { DAY_MS, HOUR_MS } from "@/lib/domain/time-buckets";

/** A half-open [from, to) range of ms; null is an open end. */
export type Range = [from: number | null, to: number | null];

/** How a received range is answered: whole UTC days and hours from the rollups, the rest from rows. */
export interface RangeParts {
  days: Range | null;
  hours: Range[];
  raw: [number, number][];
}

const floorTo = (t: number, span: number) => t - (((t % span) + span) % span);
const ceilTo = (t: number, span: number) => (floorTo(t, span) === t ? t : floorTo(t, span) + span);

/**
 * Splits [from, to) into whole UTC days, whole hours around them, and the partial hours at either
 * end, so that a count over the range is the rollups' days + hours + a count over few raw rows.
 */
export function splitRange(from: number | null, to: number | null): RangeParts {
  if (from !== null && to !== null && from >= to) return { days: null, hours: [], raw: [] };
  const fromHour = from === null ? null : ceilTo(from, HOUR_MS);
  const toHour = to === null ? null : floorTo(to, HOUR_MS);
  if (fromHour !== null && toHour !== null && fromHour >= toHour) return { days: null, hours: [], raw: [[from!, to!]] };
  const raw: [number, number][] = [];
  if (from !== null && from < fromHour!) raw.push([from, fromHour!]);
  if (to !== null && toHour! < to) raw.push([toHour!, to]);
  const fromDay = fromHour === null ? null : ceilTo(fromHour, DAY_MS);
  const toDay = toHour === null ? null : floorTo(toHour, DAY_MS);
  if (fromDay !== null && toDay !== null && fromDay >= toDay) return { days: null, hours: [[fromHour, toHour]], raw };
  const hours: Range[] = [];
  if (fromHour !== null && fromHour < fromDay!) hours.push([fromHour, fromDay]);
  if (toHour !== null && toDay! < toHour) hours.push([toDay, toHour]);
  return { days: [fromDay, toDay], hours, raw };
}
