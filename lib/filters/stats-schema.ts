import { z } from "zod";
import { STATS_BUCKETS, STATS_GROUP_BY } from "@/lib/domain/enums";
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
