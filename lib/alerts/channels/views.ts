/** A channel as its owner sees it (the BFF's answer): never its secret. */
export interface ChannelView {
  id: string;
  kind: "webhook" | "email";
  name: string;
  target: string;
  format: "json" | "slack" | null;
  createdAt: number;
  lastDelivery: { status: "pending" | "sent" | "failed"; at: number; statusCode: number | null } | null;
}

/** A delivery as the log shows it (the BFF's answer). */
export interface DeliveryView {
  id: string;
  channelId: string;
  ruleId: string | null;
  event: "fired" | "resolved" | "test";
  status: "pending" | "sent" | "failed";
  attempts: number;
  /** When a pending delivery is tried next. */
  nextAttemptAt: number | null;
  /** The last answer's HTTP status (webhook) or SMTP reply code (e-mail). */
  statusCode: number | null;
  error: string | null;
  createdAt: number;
  updatedAt: number;
}
