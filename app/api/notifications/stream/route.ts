import { coordination } from "@/lib/cluster";
import { bffRoute } from "@/lib/bff/route";
import { sessionEventStream } from "@/lib/bff/session-event-stream";
import { ownerOf } from "@/lib/alerts/owner";
import { unreadCount } from "@/lib/alerts/store";

export const dynamic = "force-dynamic";

/**
 * Server-sent events for the bell: `unread` with the signed-in person's unread count, at once and
 * whenever an instance announces a notification (or a read) for them; `ended` when signed out.
 */
export const GET = bffRoute(async ({ request, session }) => {
  const owner = ownerOf(session);
  return sessionEventStream(request, session, (send) => {
    // Counts are read one at a time, the last one always after the latest announcement.
    let reading = Promise.resolve();
    const sendCount = () => {
      reading = reading.then(() =>
        unreadCount(owner).then(
          (count) => send("unread", { count }),
          (error) => console.error("[notifications] unread count failed", error),
        ),
      );
    };
    const unsubscribe = coordination().bus.subscribe((message) => {
      if (message.type === "notified" && message.tenant === owner.tenant && message.userId === owner.userId)
        sendCount();
    });
    sendCount();
    return unsubscribe;
  });
});
