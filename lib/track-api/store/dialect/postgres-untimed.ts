import { sql } from "kysely";
import type { Db } from "../connection";

/**
 * No statement timeout for the rest of a database transaction: maintenance that takes seconds to
 * minutes at a million (a rebuild of derived tables, a week's expiry).
 */
export async function untimed(trx: Db): Promise<void> {
  await sql`set local statement_timeout = 0`.execute(trx);
}
