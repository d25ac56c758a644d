import { signInThrottle } from "@/lib/track-api/auth/throttle";
import { faultsEnabled } from "@/lib/track-api/faults";
import { notFound } from "@/lib/track-api/http/errors";
import { embeddedRoute } from "@/lib/track-api/http/route";

/** Forgets every counted sign-in failure, so one spec's throttling cannot reach the next (tests only: needs TRACK_FAULTS=1). */
export const DELETE = embeddedRoute(async () => {
  if (!faultsEnabled()) throw notFound();
  signInThrottle.reset();
  return new Response(null, { status: 204 });
});
