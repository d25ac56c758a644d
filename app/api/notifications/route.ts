import { now } from "@/lib/clock";
import { coordination } from "@/lib/cluster";
import { bffRoute } from "@/lib/bff/route";
import { invalidField, jsonBody, ownerOf } from "@/lib/alerts/owner";
import { listNotifications, markRead, unreadCount } from "@/lib/alerts/store";

export const dynamic = "force-dynamic";

const noStore = { "cache-control": "no-store" };

/** The signed-in person's notifications, newest first, and how many are unread. */
export const GET = bffRoute(async ({ session }) => {
  const owner = ownerOf(session);
  const [items, unread] = await Promise.all([listNotifications(owner), unreadCount(owner)]);
  return Response.json({ items, unread }, { headers: noStore });
});

/** Marks notifications read: `{ids: [...]}` or `{all: true}`; the person's other tabs are told. */
export const PATCH = bffRoute(async ({ request, session }) => {
  const body = (await jsonBody(request)) as { ids?: unknown; all?: unknown } | null;
  const owner = ownerOf(session);
  let ids: string[] | "all";
  if (body?.all === true) ids = "all";
  else if (
    Array.isArray(body?.ids) &&
    body.ids.length <= 500 &&
    body.ids.every((id) => typeof id === "string" && id.length <= 64)
  )
    ids = body.ids as string[];
  else return invalidField("ids", "ids: a list of notification ids, or all: true");
  const changed = await markRead(owner, ids, now());
  if (changed) await coordination().bus.publish({ type: "notified", tenant: owner.tenant, userId: owner.userId });
  return Response.json({ unread: await unreadCount(owner) }, { headers: noStore });
});
