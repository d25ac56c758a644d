import { now as clockNow } from "@/lib/clock";
import { DAY_MS } from "@/lib/domain/time-buckets";
import { statsRequestSchema } from "@/lib/filters/stats-schema";
import { badRequest, forbidden } from "@/lib/track-api/http/errors";
import { authorize, parseBody } from "@/lib/track-api/http/request";
import { embeddedRoute, json } from "@/lib/track-api/http/route";
import { statsRange } from "@/lib/track-api/store/stats";

/** Ranges longer than a week are reports: they need the `report` role. */
const REPORT_RANGE_MS = 7 * DAY_MS + 3_600_000;
const MAX_RANGE_MS = { hour: 31 * DAY_MS + 3_600_000, day: 100 * DAY_MS };

export const POST = embeddedRoute(async (request) => {
  const { principal, store } = await authorize(request, "track");
  const body = await parseBody(request, statsRequestSchema);
  const now = clockNow();
  const { from, to } = statsRange(body, now);
  if (to - from > MAX_RANGE_MS[body.bucket]) {
    throw badRequest(
      `filter.receivedFrom: a ${body.bucket} series covers at most ${Math.round(MAX_RANGE_MS[body.bucket] / DAY_MS)} days`,
      "filter.receivedFrom",
    );
  }
  if (to <= from) throw badRequest("filter.receivedTo: the range is empty", "filter.receivedTo");
  if (to - from > REPORT_RANGE_MS && !principal.roles.includes("report")) {
    throw forbidden('Ranges longer than 7 days need the role "report"');
  }
  return json(await store.stats(body, now));
});
