import nodemailer from "nodemailer";
import { headline, type DeliveryPayload } from "./payload";
import type { AttemptResult } from "./send-webhook";

const escapeHtml = (text: string) =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** An alert e-mail: the headline as subject, the summary and the list's link as plain text and simple HTML. */
export function alertEmail(payload: DeliveryPayload): { subject: string; text: string; html: string } {
  const subject = `[Track Monitor] ${headline(payload)}`;
  const when = new Date(payload.at).toISOString().replace("T", " ").slice(0, 16);
  const text = `${payload.summary}\n\nAt ${when} UTC.\nOpen the transactions: ${payload.listUrl}\n`;
  const html = `<p>${escapeHtml(payload.summary)}</p><p>At ${when} UTC.</p><p><a href="${escapeHtml(payload.listUrl)}">Open the transactions</a></p>`;
  return { subject, text, html };
}

/**
 * Sends an alert e-mail through the SMTP server of `smtpUrl`. A permanent SMTP refusal (5xx) fails
 * the delivery; anything else (4xx, no connection, timeout) is tried again later.
 */
export async function sendEmail(
  options: { smtpUrl: string; from: string; to: string; timeoutMs: number },
  payload: DeliveryPayload,
): Promise<AttemptResult> {
  const transport = nodemailer.createTransport({
    url: options.smtpUrl,
    connectionTimeout: options.timeoutMs,
    greetingTimeout: options.timeoutMs,
    socketTimeout: options.timeoutMs,
  } as Parameters<typeof nodemailer.createTransport>[0]);
  try {
    const info = await transport.sendMail({ from: options.from, to: options.to, ...alertEmail(payload) });
    const code = Number(/^(\d{3})/.exec(info.response ?? "")?.[1] ?? 250);
    return { outcome: "sent", statusCode: code, error: null };
  } catch (error) {
    const { responseCode, message } = error as { responseCode?: number; message: string };
    return {
      outcome: responseCode !== undefined && responseCode >= 500 ? "failed" : "retry",
      statusCode: responseCode ?? null,
      error: message.slice(0, 300),
    };
  } finally {
    transport.close();
  }
}
