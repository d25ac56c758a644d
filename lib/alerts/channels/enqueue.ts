import type { AlertEvent } from "@/lib/alerts/events";
import type { DashboardDb } from "@/lib/dashboard-store/db";
import { channelsOfRule } from "./channels-store";
import { countRecentDeliveries, enqueueDelivery, type DeliveryRow } from "./deliveries-store";
import { deliveryPayload } from "./payload";

const HOUR_MS = 3_600_000;

/**
 * Writes one pending delivery of an alert event per channel linked to its rule (channels of the
 * rule's owner in the rule's tenant only); the delivery worker sends them. A rule that has already
 * notified a channel `maxPerHour` times in the last hour gets a failed entry in the log instead.
 */
export async function enqueueAlertEvent(
  db: DashboardDb,
  event: AlertEvent,
  publicUrl: string,
  now: number,
  maxPerHour = 20,
): Promise<DeliveryRow[]> {
  const channels = await channelsOfRule(db, { tenant: event.tenant, ownerId: event.ownerId }, event.ruleId);
  const payload = deliveryPayload(event, publicUrl);
  const rows: DeliveryRow[] = [];
  for (const channel of channels) {
    const recent = await countRecentDeliveries(db, { channelId: channel.id, ruleId: event.ruleId }, now - HOUR_MS);
    const heldBack =
      recent >= maxPerHour
        ? `Not sent: this rule already notified this channel ${maxPerHour} times in the last hour`
        : undefined;
    rows.push(
      await enqueueDelivery(
        db,
        { channelId: channel.id, ruleId: event.ruleId, episodeId: event.episodeId, payload },
        now,
        { heldBack },
      ),
    );
  }
  return rows;
}
