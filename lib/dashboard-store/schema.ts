/**
 * Row types of the dashboard's own tables (DESIGN §7): kept next to, never inside, the embedded
 * Track API's store, and present in remote mode too. Times are integer milliseconds since the epoch.
 */
export interface DashboardDatabase {
  /** Sessions ended by sign-out, refused until they would have expired anyway. */
  dashboard_session_denylist: {
    session_id: string;
    expires_at: number;
  };
  /** Named leases: which instance runs a piece of work that must run once in the cluster (lib/cluster/leases.ts). */
  dashboard_leases: {
    name: string;
    /** The holding instance's id. */
    holder: string;
    expires_at: number;
    /** What the holder tells the others about the work (e.g. "ready" once a live loop has its baseline). */
    state: string | null;
  };
  /** Recent token refreshes, encrypted, for instances whose requests carried the same refresh token. */
  dashboard_refresh_results: {
    /** SHA-256 of the spent refresh token. */
    token_hash: string;
    tokens: string;
    created_at: number;
  };
  /** Where a user's alert notifications go besides the app: a webhook or an e-mail address. */
  alert_channels: {
    id: string;
    tenant: string;
    /** The owning user's id (the `sub` of their session). */
    owner_id: string;
    kind: "webhook" | "email";
    name: string;
    /** The webhook's URL or the e-mail address. */
    target: string;
    /** A webhook's body: "json" (the event) or "slack" (`{"text": …}`); null for e-mail. */
    format: "json" | "slack" | null;
    /** A webhook's signing secret, sealed (lib/cluster/sealed.ts); null for e-mail. */
    secret: string | null;
    created_at: number;
  };
  /** Which channels a rule notifies. Rule ids are the rules' table's; no foreign key to it. */
  alert_rule_channels: {
    rule_id: string;
    channel_id: string;
  };
  /** One notification to one channel, with its retries: the delivery log. */
  alert_deliveries: {
    id: string;
    channel_id: string;
    /** Null for a "send test" delivery. */
    rule_id: string | null;
    episode_id: string | null;
    event: "fired" | "resolved" | "test";
    /** The AlertEvent (or the test's stand-in) with its absolute `listUrl`, as JSON. */
    payload: string;
    status: "pending" | "sent" | "failed";
    attempts: number;
    /** When a pending delivery is next tried (also pushed ahead while an attempt is in flight). */
    next_attempt_at: number;
    /** The last answer's HTTP status (webhooks) or SMTP reply code (e-mail). */
    last_status_code: number | null;
    last_error: string | null;
    created_at: number;
    updated_at: number;
  };
}
