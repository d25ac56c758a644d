import { faultSchema, faultsEnabled, requestCounts, setFault } from "@/lib/track-api/faults";
import { notFound } from "@/lib/track-api/http/errors";
import { parseBody } from "@/lib/track-api/http/request";
import { embeddedRoute, json } from "@/lib/track-api/http/route";

/** Arms a fault for the next transaction requests (tests only: needs TRACK_FAULTS=1). */
export const POST = embeddedRoute(async (request) => {
  if (!faultsEnabled()) throw notFound();
  const fault = await parseBody(request, faultSchema);
  setFault(fault);
  return json({ armed: fault });
});

/** Request counts since the last reset (`?reset=1` starts over). */
export const GET = embeddedRoute(async (request) => {
  if (!faultsEnabled()) throw notFound();
  return json(requestCounts(new URL(request.url).searchParams.get("reset") === "1"));
});
