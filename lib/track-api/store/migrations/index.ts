import type { Migration } from "kysely";
import * as initial from "./0001-initial";

/** Versioned migrations, applied in key order. Never edit a released one; add the next number. */
export const migrations: Record<string, Migration> = {
  "0001-initial": initial,
};
