import { clockOffset, now } from "@/lib/clock";
import { faultsEnabled } from "@/lib/track-api/faults";
import { notFound } from "@/lib/track-api/http/errors";
import { embeddedRoute, json } from "@/lib/track-api/http/route";

/** The server's data clock (tests only: needs TRACK_FAULTS=1), so a test can share its "now". */
export const GET = embeddedRoute(async () => {
  if (!faultsEnabled()) throw notFound();
  return json({ now: new Date(now()).toISOString(), offsetMs: clockOffset() });
});
