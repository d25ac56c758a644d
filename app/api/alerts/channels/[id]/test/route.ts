import { getChannel } from "@/lib/alerts/channels/channels-store";
import { sendNow } from "@/lib/alerts/channels/deliver";
import { countRecentDeliveries, deliveryView } from "@/lib/alerts/channels/deliveries-store";
import { testPayload } from "@/lib/alerts/channels/payload";
import { noChannel, noStore, ownerOf } from "@/lib/alerts/channels/route-helpers";
import { deliveryDeps } from "@/lib/alerts/channels/start";
import { bffError, bffRoute } from "@/lib/bff/route";
import { config } from "@/lib/config";
import { dashboardDb } from "@/lib/dashboard-store/db";

export const dynamic = "force-dynamic";

const TESTS_PER_MINUTE = 5;

/**
 * Sends a test notification to one of the user's channels now and answers with the delivery as it
 * stands after that first attempt (a retryable failure stays pending and is retried as any other).
 */
export const POST = bffRoute<{ id: string }>(async ({ params, session }) => {
  const db = await dashboardDb();
  const channel = await getChannel(db, ownerOf(session), params.id);
  if (!channel) return noChannel();
  const now = Date.now();
  if ((await countRecentDeliveries(db, { channelId: channel.id, event: "test" }, now - 60_000)) >= TESTS_PER_MINUTE)
    return bffError(429, "rate_limited", `At most ${TESTS_PER_MINUTE} tests a minute per channel: wait a moment`);
  const payload = testPayload(channel, config.publicUrl, now);
  const sent = await sendNow(db, { channelId: channel.id, ruleId: null, episodeId: null, payload }, deliveryDeps());
  return noStore({ delivery: deliveryView(sent) });
});
