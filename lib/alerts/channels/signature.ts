import crypto from "node:crypto";

export const SIGNATURE_HEADER = "X-Track-Signature";
export const TIMESTAMP_HEADER = "X-Track-Timestamp";

/**
 * The signature headers of a webhook body: the time in whole seconds since the epoch, and
 * `sha256=<hex HMAC-SHA256 of "<timestamp>.<raw body>" with the channel's secret>`. Signing the
 * time too lets a receiver refuse an old request replayed at it.
 */
export function signatureHeaders(secret: string, body: string, atMs: number): Record<string, string> {
  const timestamp = String(Math.floor(atMs / 1000));
  const hmac = crypto.createHmac("sha256", secret).update(`${timestamp}.${body}`).digest("hex");
  return { [TIMESTAMP_HEADER]: timestamp, [SIGNATURE_HEADER]: `sha256=${hmac}` };
}

/** A new webhook secret: 32 random bytes, shown to its owner once. */
export function newWebhookSecret(): string {
  return `whsec_${crypto.randomBytes(32).toString("base64url")}`;
}
