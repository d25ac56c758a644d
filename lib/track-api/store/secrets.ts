import crypto from "node:crypto";
import type { Db } from "./db";

const cache = new WeakMap<Db, Map<string, Promise<string>>>();

/** A random secret generated once per database and kept in its `meta` table (e.g. the cursor key). */
export function getSecret(db: Db, key: string): Promise<string> {
  let perDb = cache.get(db);
  if (!perDb) cache.set(db, (perDb = new Map()));
  let secret = perDb.get(key);
  if (!secret) {
    secret = (async () => {
      const value = crypto.randomBytes(32).toString("hex");
      await db
        .insertInto("meta")
        .values({ key, value })
        .onConflict((oc) => oc.column("key").doNothing())
        .execute();
      const row = await db.selectFrom("meta").select("value").where("key", "=", key).executeTakeFirstOrThrow();
      return row.value;
    })();
    perDb.set(key, secret);
  }
  return secret;
}
