import type { AlertEvent } from "@/lib/alerts/events";
import type { DashboardDb } from "@/lib/dashboard-store/db";
import { channelsOfRule } from "./channels-store";
import { enqueueDelivery, type DeliveryRow } from "./deliveries-store";
import { deliveryPayload } from "./payload";

/**
 * Writes one pending delivery of an alert event per channel linked to its rule (channels of the
 * rule's owner in the rule's tenant only); the delivery worker sends them.
 */
export async function enqueueAlertEvent(
  db: DashboardDb,
  event: AlertEvent,
  publicUrl: string,
  now: number,
): Promise<DeliveryRow[]> {
  const channels = await channelsOfRule(db, { tenant: event.tenant, ownerId: event.ownerId }, event.ruleId);
  const payload = deliveryPayload(event, publicUrl);
  const rows: DeliveryRow[] = [];
  for (const channel of channels)
    rows.push(
      await enqueueDelivery(
        db,
        { channelId: channel.id, ruleId: event.ruleId, episodeId: event.episodeId, payload },
        now,
      ),
    );
  return rows;
}
