import "server-only";
import { coordination } from "@/lib/cluster";
import { onAlertEvent } from "./events";
import { addNotification } from "./store";

const shared = globalThis as unknown as { __alertInApp?: () => void };

/**
 * The in-app channel: every alert event becomes a notification of the rule's owner, and every
 * instance is told, so the owner's open tabs (on any instance) update their unread count.
 */
export function startInAppNotifications(): void {
  shared.__alertInApp ??= onAlertEvent(async (event) => {
    await addNotification({
      tenant: event.tenant,
      user_id: event.ownerId,
      rule_id: event.ruleId,
      episode_id: event.episodeId,
      kind: event.kind,
      summary: `${event.ruleName}: ${event.summary}`,
      list_path: event.listPath,
      created_at: event.at,
    });
    await coordination().bus.publish({ type: "notified", tenant: event.tenant, userId: event.ownerId });
  });
}
