import "server-only";
import type { SessionToken } from "@/lib/session/auth-options";
import { sessionEnded } from "@/lib/session/active-session";
import { onSessionEnded } from "@/lib/session/ended-sessions";
import { registerStream } from "@/lib/server/lifecycle";

const HEARTBEAT_MS = 15_000;
/** Streams end before the access token does; the browser reconnects and the BFF refreshes it. */
const REAUTH_BEFORE_EXPIRY_MS = 30_000;

/** Sends one server-sent event; a no-op once the stream has ended. */
export type SendEvent = (event: string, data: unknown) => void;

/**
 * A server-sent event stream that lives only as long as its session may: `ended` at sign-out
 * (announced to every instance, or seen by the next heartbeat's look at the denylist when the
 * announcement was lost), `reauth` shortly before the access token expires, and `retry` at shutdown
 * so that the browser reconnects through the load balancer. `subscribe` starts the route's own
 * events and returns what stops them; it runs once the stream is open, and never for a request the
 * client has already given up.
 */
export function sessionEventStream(
  request: Request,
  session: SessionToken,
  subscribe: (send: SendEvent) => () => void,
): Response {
  const encoder = new TextEncoder();
  let cleanup = () => {};

  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      let open = true;
      let unsubscribe = () => {};
      const write = (text: string) => open && controller.enqueue(encoder.encode(text));
      const send: SendEvent = (event, data) => void write(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`);
      const ended = () => {
        send("ended", {});
        cleanup();
      };
      const stopWatching = onSessionEnded(session.sid, ended);
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
      // abort listener added now never fires: without this its subscription would live for good.
      if (request.signal.aborted) return cleanup();
      write("retry: 3000\n\n");
      unsubscribe = subscribe(send);
      if (!open) unsubscribe();
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
}
