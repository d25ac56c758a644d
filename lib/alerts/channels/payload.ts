import type { AlertEvent } from "@/lib/alerts/events";

/** What a delivery carries: the alert event (or a test's stand-in) and the list's absolute address. */
export type DeliveryPayload = Omit<AlertEvent, "kind"> & { kind: AlertEvent["kind"] | "test"; listUrl: string };

/** The payload of an event, its list path made absolute with the app's public address. */
export function deliveryPayload(event: AlertEvent, publicUrl: string): DeliveryPayload {
  return { ...event, listUrl: new URL(event.listPath, `${publicUrl}/`).href };
}

/** The payload of a "send test" delivery: a made-up firing of no rule, linking to the list. */
export function testPayload(
  channel: { tenant: string; owner_id: string },
  publicUrl: string,
  at: number,
): DeliveryPayload {
  const event: AlertEvent = {
    kind: "fired",
    tenant: channel.tenant,
    ownerId: channel.owner_id,
    ruleId: "test",
    ruleName: "Test notification",
    episodeId: "test",
    at,
    summary: "This is a test notification from Track Monitor; no rule fired.",
    value: null,
    threshold: null,
    listPath: "/transactions",
  };
  return { ...deliveryPayload(event, publicUrl), kind: "test" };
}

const HEADLINES = { fired: "Alert fired", resolved: "Alert resolved", test: "Test notification" } as const;

/** The one-line headline of a payload, e.g. "Alert fired: Acme errors". */
export function headline(payload: DeliveryPayload): string {
  return payload.kind === "test" ? HEADLINES.test : `${HEADLINES[payload.kind]}: ${payload.ruleName}`;
}

/** A webhook's body in its channel's format: the payload as JSON, or a Slack-compatible `{"text": …}`. */
export function webhookBody(payload: DeliveryPayload, format: "json" | "slack"): string {
  if (format === "json") return JSON.stringify(payload);
  // Slack's mrkdwn: <url|label> is a link; &, < and > in the text are escaped.
  const escape = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
  return JSON.stringify({
    text: `*${escape(headline(payload))}*\n${escape(payload.summary)}\n<${payload.listUrl}|Open the transactions>`,
  });
}
