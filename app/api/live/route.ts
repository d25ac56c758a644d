import { randomUUID } from "node:crypto";
import { liveViewKey, subscribeLive } from "@/lib/bff/live/registry";
import { bffError, bffRoute } from "@/lib/bff/route";
import { parseSearchQuery } from "@/lib/bff/search-query";
import { sessionEnded } from "@/lib/session/active-session";
import { onSessionEnded } from "@/lib/session/ended-sessions";
import { registerStream } from "@/lib/server/lifecycle";
import { trackApi } from "@/lib/track-client/api";

export const dynamic = "force-dynamic";

const HEARTBEAT_MS = 15_000;
/** Streams end before the access token does; the browser reconnects and the BFF refreshes it. */
const REAUTH_BEFORE_EXPIRY_MS = 30_000;

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
  const encoder = new TextEncoder();
  let cleanup = () => {};

  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      let open = true;
      const write = (text: string) => open && controller.enqueue(encoder.encode(text));
      const send = (event: string, data: unknown) => write(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`);
      const unsubscribe = subscribeLive(key, session.tenant, { send, token: () => session.accessToken }, () => ({
        // Relative ranges ("today") are resolved again on every probe.
        probe: (token) => {
          const current = parseSearchQuery(params);
          if (!current.ok) throw new Error(current.problem.message);
          return trackApi.probe(token, current.request, loopId);
        },
      }));
      // A sign-out ends the stream at once (announced to every instance), or at the latest by the next
      // heartbeat's look at the denylist when the announcement was lost.
      const ended = () => {
        send("ended", {});
        cleanup();
      };
      const stopWatching = onSessionEnded(session.sid, ended);
      // Shutdown tells the browser to reconnect (through the load balancer, to another instance).
      const unregisterStream = registerStream((retryMs) => {
        write(`retry: ${retryMs}\n\n`);
        cleanup();
      });
      const heartbeat = setInterval(() => {
        write(": keep-alive\n\n");
        sessionEnded(session.sid).then(
          (yes) => yes && ended(),
          () => {},
        );
      }, HEARTBEAT_MS);
      const reauth = setTimeout(
        () => {
          send("reauth", {});
          cleanup();
        },
        Math.max(5_000, session.expiresAt - Date.now() - REAUTH_BEFORE_EXPIRY_MS),
      );
      cleanup = () => {
        if (!open) return;
        open = false;
        clearInterval(heartbeat);
        clearTimeout(reauth);
        stopWatching();
        unregisterStream();
        unsubscribe();
        try {
          controller.close();
        } catch {
          // Already cancelled by the browser.
        }
      };
      request.signal.addEventListener("abort", () => cleanup());
      // NOTE: a client that gave up while the session was being read has aborted already, and an
      // abort listener added now never fires: without this its loop would poll for good.
      if (request.signal.aborted) cleanup();
      write("retry: 3000\n\n");
    },
    cancel() {
      cleanup();
    },
  });
  return new Response(body, {
    headers: {
      "content-type": "text/event-stream; charset=utf-8",
      "cache-control": "no-cache, no-transform",
      "x-accel-buffering": "no",
    },
  });
});
