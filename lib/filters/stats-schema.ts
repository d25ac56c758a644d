import { z } from "zod";
import { STATS_BUCKETS, STATS_GROUP_BY } from "@/lib/domain/enums";
import { DAY_MS, HOUR_MS, startOfLocalDay } from "@/lib/domain/time-buckets";
import { filterSchema } from "./schema";

const timeZone = z
  .string()
  .max(64)
  .refine((tz) => {
    try {
      new Intl.DateTimeFormat("en", { timeZone: tz });
      return true;
    } catch {
      return false;
    }
  }, "must be an IANA time zone such as Europe/Helsinki");

/** Body of `POST /track/api/transactions/stats`. The time range is the filter's received range. */
export const statsRequestSchema = z.strictObject({
  filter: filterSchema,
  bucket: z.enum(STATS_BUCKETS).default("hour"),
  groupBy: z.enum(STATS_GROUP_BY).default("status"),
  timeZone: timeZone.default("UTC"),
});
export type StatsRequest = z.infer<typeof statsRequestSchema>;

/** The [from, to) range a stats request covers: the filter's received range, or a default. */
export function statsRange(request: StatsRequest, now: number): { from: number; to: number } {
  const to = request.filter.receivedTo ? Date.parse(request.filter.receivedTo) : now;
  if (request.filter.receivedFrom) return { from: Date.parse(request.filter.receivedFrom), to };
  if (request.bucket === "hour") return { from: Math.floor((to - DAY_MS) / HOUR_MS) * HOUR_MS + HOUR_MS, to };
  return { from: startOfLocalDay(to - 29 * DAY_MS, request.timeZone), to };
}
