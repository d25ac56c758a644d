import type { Migration } from "kysely";
import * as sessionDenylist from "./0001-session-denylist";
import * as pgSessionDenylist from "./postgres/0001-session-denylist";

/** The dashboard's migrations, applied in key order. Never edit a released one; add the next number. */
export const dashboardMigrations: Record<string, Migration> = {
  "0001-session-denylist": sessionDenylist,
};

/** The same sequence on PostgreSQL. */
export const postgresDashboardMigrations: Record<keyof typeof dashboardMigrations, Migration> = {
  "0001-session-denylist": pgSessionDenylist,
};
