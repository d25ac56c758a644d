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
  /** Saved views (lib/saved-views/): a name for a page's URL state, private or shared with the tenant. */
  dashboard_saved_views: {
    /** Random and URL-safe. */
    id: string;
    tenant: string;
    /** The owner's session `sub`. */
    owner_id: string;
    /** The owner's name (or e-mail) when the view was saved, shown to the others it is shared with. */
    owner_name: string;
    name: string;
    /** Which page the query belongs to: "list" (/transactions) or "overview" (/). */
    page: string;
    /** The page's URL query string in canonical form (current parameter names, defaults left out), without "?". */
    query: string;
    /** 1 when shared with the tenant, 0 when private. */
    shared: number;
    created_at: number;
    updated_at: number;
  };
  /** Who pinned which view to their header: a pin is each person's own, also on a view shared with them. */
  dashboard_view_pins: {
    tenant: string;
    user_id: string;
    view_id: string;
    created_at: number;
  };
  /** Alert rules (lib/alerts/): a person's condition on a list view, evaluated once per cluster. */
  dashboard_alert_rules: {
    id: string;
    tenant: string;
    owner_id: string;
    /** The owner's roles when the rule was made, space-separated. */
    owner_roles: string;
    name: string;
    type: string;
    /** The list URL's query string the rule watches (without a received-date range). */
    query: string;
    /** The type's parameters as JSON. */
    params: string;
    /** The owner's time zone: days and times of day of the expected-volume rule are in it. */
    time_zone: string;
    muted_until: number | null;
    state: "ok" | "firing";
    last_evaluated_at: number | null;
    last_fired_at: number | null;
    last_error: string | null;
    /** The last measurement as JSON (value, threshold and, for expected volume, the baseline). */
    last_value: string | null;
    /** When the rule notified in the last hour, as a JSON array of instants (the hourly limit). */
    notified: string;
    created_at: number;
    updated_at: number;
  };
  /** One firing of a rule, from the evaluation that found the condition to the one that found it cleared. */
  dashboard_alert_episodes: {
    id: string;
    rule_id: string;
    started_at: number;
    resolved_at: number | null;
    peak_value: number | null;
    list_path: string;
  };
  /** In-app notifications, one per alert event, for the rule's owner. */
  dashboard_notifications: {
    id: string;
    tenant: string;
    user_id: string;
    rule_id: string;
    episode_id: string;
    kind: "fired" | "resolved";
    summary: string;
    list_path: string;
    created_at: number;
    read_at: number | null;
  };
  /** The user the alert evaluator signs in as, per tenant; the password sealed with AUTH_SECRET's key. */
  dashboard_technical_users: {
    tenant: string;
    username: string;
    password: string;
    updated_at: number;
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
