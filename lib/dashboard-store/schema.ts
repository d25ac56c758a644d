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
}
