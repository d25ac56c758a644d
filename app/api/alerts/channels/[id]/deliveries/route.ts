import { getChannel } from "@/lib/alerts/channels/channels-store";
import { listDeliveries } from "@/lib/alerts/channels/deliveries-store";
import { noChannel, noStore, ownerOf } from "@/lib/alerts/channels/route-helpers";
import { bffRoute } from "@/lib/bff/route";
import { dashboardDb } from "@/lib/dashboard-store/db";

export const dynamic = "force-dynamic";

/** The newest 100 deliveries to one of the user's channels. */
export const GET = bffRoute<{ id: string }>(async ({ params, session }) => {
  const db = await dashboardDb();
  if (!(await getChannel(db, ownerOf(session), params.id))) return noChannel();
  return noStore({ deliveries: await listDeliveries(db, ownerOf(session), { channelId: params.id }) });
});
