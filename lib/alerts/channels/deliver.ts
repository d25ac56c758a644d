import type { DashboardDb } from "@/lib/dashboard-store/db";
import { retryDelay } from "./backoff";
import { claimDelivery, dueDeliveries, recordAttempt, type DeliveryRow } from "./deliveries-store";
import { webhookBody, type DeliveryPayload } from "./payload";
import { sendEmail } from "./send-email";
import { sendWebhook, type AttemptResult } from "./send-webhook";

/** What sending needs besides the database: the clock, the secret opener, the settings and the senders. */
export interface DeliveryDeps {
  now: () => number;
  /** Opens a channel's sealed webhook secret. */
  openSecret: (sealed: string) => string;
  settings: {
    allowPrivateTargets: boolean;
    retryBaseMs: number;
    maxAttempts: number;
    timeoutMs: number;
    smtpUrl: string | undefined;
    mailFrom: string;
  };
  sendWebhook?: typeof sendWebhook;
  sendEmail?: typeof sendEmail;
}

/**
 * Makes one attempt of a due delivery, unless another caller took it first (then null), and
 * records the result: sent, failed, or pending again after the backoff.
 */
export async function attemptDelivery(
  db: DashboardDb,
  row: DeliveryRow,
  deps: DeliveryDeps,
): Promise<DeliveryRow | null> {
  const { settings } = deps;
  // An SMTP conversation has three timeouts in a row; a webhook request one.
  if (!(await claimDelivery(db, row, deps.now() + 4 * settings.timeoutMs))) return null;
  const result = await send(db, row, deps).catch((error: unknown): AttemptResult => ({
    outcome: "retry",
    statusCode: null,
    error: error instanceof Error ? error.message : String(error),
  }));
  const now = deps.now();
  const delay =
    result.outcome === "retry" ? retryDelay(row.attempts + 1, settings.retryBaseMs, settings.maxAttempts) : null;
  return recordAttempt(db, row, result, delay === null ? null : now + delay, now);
}

async function send(db: DashboardDb, row: DeliveryRow, deps: DeliveryDeps): Promise<AttemptResult> {
  const channel = await db.selectFrom("alert_channels").selectAll().where("id", "=", row.channel_id).executeTakeFirst();
  if (!channel) return { outcome: "failed", statusCode: null, error: "the channel was deleted" };
  const payload = JSON.parse(row.payload) as DeliveryPayload;
  const { settings } = deps;
  if (channel.kind === "email") {
    if (!settings.smtpUrl) return { outcome: "retry", statusCode: null, error: "SMTP_URL is not set on the server" };
    return (deps.sendEmail ?? sendEmail)(
      { smtpUrl: settings.smtpUrl, from: settings.mailFrom, to: channel.target, timeoutMs: settings.timeoutMs },
      payload,
    );
  }
  return (deps.sendWebhook ?? sendWebhook)({
    url: channel.target,
    body: webhookBody(payload, channel.format ?? "json"),
    secret: channel.secret ? deps.openSecret(channel.secret) : "",
    deliveryId: row.id,
    at: deps.now(),
    allowPrivate: settings.allowPrivateTargets,
    timeoutMs: settings.timeoutMs,
  });
}

/** Attempts every due delivery, a batch at a time in parallel; returns how many were attempted. */
export async function processDueDeliveries(db: DashboardDb, deps: DeliveryDeps, batch = 10): Promise<number> {
  let attempted = 0;
  for (;;) {
    const due = await dueDeliveries(db, deps.now(), batch);
    const done = await Promise.all(due.map((row) => attemptDelivery(db, row, deps)));
    attempted += done.filter(Boolean).length;
    if (due.length < batch) return attempted;
  }
}
