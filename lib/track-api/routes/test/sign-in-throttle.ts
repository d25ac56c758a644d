import { signInThrottleFor } from "@/lib/track-api/auth/throttle-for-store";
import { faultsEnabled } from "@/lib/track-api/faults";
import { notFound } from "@/lib/track-api/http/errors";
import { embeddedRoute } from "@/lib/track-api/http/route";
import { getDb } from "@/lib/track-api/store/db";

/** Forgets every counted sign-in failure, so one spec's throttling cannot reach the next (tests only: needs TRACK_FAULTS=1). */
export const DELETE = embeddedRoute(async () => {
  if (!faultsEnabled()) throw notFound();
  await signInThrottleFor(await getDb()).reset();
  return new Response(null, { status: 204 });
});
