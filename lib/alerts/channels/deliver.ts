import type { DashboardDb } from "@/lib/dashboard-store/db";
import { retryDelay } from "./backoff";
import { claimDelivery, dueDeliveries, enqueueDelivery, recordAttempt, type DeliveryRow } from "./deliveries-store";
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

/** How long an attempt holds its claim: an SMTP conversation has three timeouts in a row, a webhook request one. */
const claimMs = (deps: DeliveryDeps) => 4 * deps.settings.timeoutMs;

/**
 * Writes a delivery and makes its first attempt now (a channel's test). It is written already claimed,
 * so the delivery loop cannot take it between the write and the attempt; a retryable failure stays
 * pending and is retried as any other. Answers the delivery as it stands after that attempt.
 */
export async function sendNow(
  db: DashboardDb,
  delivery: Parameters<typeof enqueueDelivery>[1],
  deps: DeliveryDeps,
): Promise<DeliveryRow> {
  const now = deps.now();
  const row = await enqueueDelivery(db, delivery, now, { claimedUntil: now + claimMs(deps) });
  return (await attemptDelivery(db, row, deps)) ?? row;
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
  if (!(await claimDelivery(db, row, deps.now() + claimMs(deps)))) return null;
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
