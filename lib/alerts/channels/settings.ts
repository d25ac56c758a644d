import { config, positive } from "@/lib/config";

/** Settings of alert delivery (webhooks, e-mail), read from the environment when used. */
export const deliverySettings = {
  /** The SMTP server e-mail channels send through, e.g. `smtp://user:pass@mail.example.com:587`; unset: no e-mail channels. */
  get smtpUrl(): string | undefined {
    return process.env.SMTP_URL?.trim() || undefined;
  },
  get mailFrom(): string {
    return process.env.ALERT_MAIL_FROM?.trim() || "Track Monitor <alerts@localhost>";
  },
  /** Webhooks to loopback, private, link-local and metadata addresses are refused unless this is on. */
  get allowPrivateTargets(): boolean {
    return ["1", "true", "on", "yes"].includes((process.env.ALERT_ALLOW_PRIVATE_TARGETS ?? "").toLowerCase());
  },
  /** The first retry's delay; each next one is four times longer. */
  get retryBaseMs(): number {
    return positive("ALERT_RETRY_BASE_MS", 30_000);
  },
  /** Attempts of one delivery before it is given up. */
  get maxAttempts(): number {
    return positive("ALERT_MAX_ATTEMPTS", 6);
  },
  /** Notifications one rule may send to one channel within an hour (the rule's own limit); more are logged as not sent. */
  get maxPerHour(): number {
    return config.alertMaxPerHour;
  },
  /** How often the delivery worker looks for due deliveries (an enqueue also wakes it at once). */
  get intervalMs(): number {
    return positive("ALERT_DELIVERY_INTERVAL_MS", 15_000);
  },
  /** How long one webhook request or SMTP conversation may take. */
  get timeoutMs(): number {
    return positive("ALERT_DELIVERY_TIMEOUT_MS", 10_000);
  },
};
