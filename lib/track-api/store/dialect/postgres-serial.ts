import { sql } from "kysely";
import type { Db } from "../connection";

/**
 * Runs a bounded read without parallel workers, in a transaction of its own. A worker is a new
 * backend that opens every weekly partition and its indexes before it reads a row, which costs
 * more than a read of a few thousand rows saves: at a million, a facet count of the 9,676
 * transactions of `unknown_recipient` took 23–29 ms alone and 31–38 ms with the two workers the
 * planner chose.
 */
export const serialRead = <T>(db: Db, read: (db: Db) => Promise<T>): Promise<T> =>
  db.transaction().execute(async (trx) => {
    await sql`set local max_parallel_workers_per_gather = 0`.execute(trx);
    return read(trx);
  });
