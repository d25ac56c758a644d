import { randomUUID } from "node:crypto";
import { liveViewKey, subscribeLive } from "@/lib/bff/live/registry";
import { bffError, bffRoute } from "@/lib/bff/route";
import { parseSearchQuery } from "@/lib/bff/search-query";
import { sessionEventStream } from "@/lib/bff/session-event-stream";
import { trackApi } from "@/lib/track-client/api";

export const dynamic = "force-dynamic";

/**
 * Server-sent events for a live view: "changed" pings when the view's data changes upstream, "ended"
 * when the session is signed out. Every viewer of the same tenant and view, on every instance, shares one
 * upstream poll loop (lib/bff/live/live-view.ts).
 */
export const GET = bffRoute(async ({ request, session }) => {
  const params = new URLSearchParams(request.nextUrl.searchParams);
  params.delete("cursor");
  const checked = parseSearchQuery(params);
  if (!checked.ok) return bffError(400, "invalid_parameter", checked.problem.message, undefined, checked.problem.param);
  const key = liveViewKey(session.tenant, params, checked.timeZone);
  const loopId = randomUUID();
  return sessionEventStream(request, session, (send) =>
    subscribeLive(key, session.tenant, { send, token: () => session.accessToken }, () => ({
      // Relative ranges ("today") are resolved again on every probe.
      probe: (token) => {
        const current = parseSearchQuery(params);
        if (!current.ok) throw new Error(current.problem.message);
        return trackApi.probe(token, current.request, loopId);
      },
    })),
  );
});
