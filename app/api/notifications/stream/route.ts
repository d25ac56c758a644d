import { coordination } from "@/lib/cluster";
import { bffRoute } from "@/lib/bff/route";
import { ownerOf } from "@/lib/alerts/owner";
import { unreadCount } from "@/lib/alerts/store";
import { sessionEnded } from "@/lib/session/active-session";
import { onSessionEnded } from "@/lib/session/ended-sessions";
import { registerStream } from "@/lib/server/lifecycle";

export const dynamic = "force-dynamic";

const HEARTBEAT_MS = 15_000;
/** Streams end before the access token does; the browser reconnects and the BFF refreshes it. */
const REAUTH_BEFORE_EXPIRY_MS = 30_000;

/**
 * Server-sent events for the bell: `unread` with the signed-in person's unread count, at once and
 * whenever an instance announces a notification (or a read) for them; `ended` when signed out.
 */
export const GET = bffRoute(async ({ request, session }) => {
  const owner = ownerOf(session);
  const encoder = new TextEncoder();
  let cleanup = () => {};

  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      let open = true;
      const write = (text: string) => open && controller.enqueue(encoder.encode(text));
      const send = (event: string, data: unknown) => write(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`);
      // Counts are read one at a time, the last one always after the latest announcement.
      let reading = Promise.resolve();
      const sendCount = () => {
        reading = reading.then(() =>
          unreadCount(owner).then(
            (count) => void send("unread", { count }),
            (error) => console.error("[notifications] unread count failed", error),
          ),
        );
      };
      const unsubscribe = coordination().bus.subscribe((message) => {
        if (message.type === "notified" && message.tenant === owner.tenant && message.userId === owner.userId)
          sendCount();
      });
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
      if (request.signal.aborted) cleanup();
      write("retry: 3000\n\n");
      sendCount();
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
