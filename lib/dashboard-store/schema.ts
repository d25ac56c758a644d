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
}
