import type { Migration } from "kysely";
import * as sessionDenylist from "./0001-session-denylist";
import * as pgSessionDenylist from "./postgres/0001-session-denylist";
import * as cluster from "./0002-cluster";
import * as pgCluster from "./postgres/0002-cluster";
import * as savedViews from "./0003-saved-views";
import * as pgSavedViews from "./postgres/0003-saved-views";
import * as alerts from "./0004-alerts";
import * as pgAlerts from "./postgres/0004-alerts";
import * as alertChannels from "./0005-alert-channels";
import * as pgAlertChannels from "./postgres/0005-alert-channels";

/** The dashboard's migrations, applied in key order. Never edit a released one; add the next number. */
export const dashboardMigrations: Record<string, Migration> = {
  "0001-session-denylist": sessionDenylist,
  "0002-cluster": cluster,
  "0003-saved-views": savedViews,
  "0004-alerts": alerts,
  "0005-alert-channels": alertChannels,
};

/** The same sequence on PostgreSQL. */
export const postgresDashboardMigrations: Record<keyof typeof dashboardMigrations, Migration> = {
  "0001-session-denylist": pgSessionDenylist,
  "0002-cluster": pgCluster,
  "0003-saved-views": pgSavedViews,
  "0004-alerts": pgAlerts,
  "0005-alert-channels": pgAlertChannels,
};
