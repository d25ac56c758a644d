import { now as clockNow } from "@/lib/clock";
import { ingestEventSchema, type IngestEvent } from "@/lib/track-api/ingest/schema";
import { generateHistory } from "@/lib/track-api/simulate";
import type { Db } from "@/lib/track-api/store/db";
import { tenantStore } from "@/lib/track-api/store";

const SEED = "track-monitor-demo";

async function getMeta(db: Db, key: string): Promise<string | undefined> {
  return (await db.selectFrom("meta").select("value").where("key", "=", key).executeTakeFirst())?.value;
}

async function setMeta(db: Db, key: string, value: string): Promise<void> {
  await db
    .insertInto("meta")
    .values({ key, value })
    .onConflict((oc) => oc.column("key").doUpdateSet({ value }))
    .execute();
}

/**
 * Seeds `count` transactions of history for a tenant, once per database. The history is anchored
 * at the first attempt's time and event ids are deterministic, so an interrupted seed resumes
 * without duplicates on the next start.
 */
export async function seedHistory(db: Db, tenantId: string, count: number, now = clockNow()): Promise<number> {
  if (count <= 0 || (await getMeta(db, `seeded:${tenantId}`))) return 0;
  const anchorKey = `seed-anchor:${tenantId}`;
  const anchor = Number((await getMeta(db, anchorKey)) ?? now);
  await setMeta(db, anchorKey, String(anchor));
  const store = tenantStore(db, tenantId);
  let events = 0;
  for (const batch of generateHistory({ tenantId, seed: SEED, count, now: anchor })) {
    const parsed = batch.map((e: IngestEvent) => ingestEventSchema.parse(e));
    // History was ingested a few seconds after it happened, not all at seeding time.
    await store.ingest(parsed, anchor, (e) => Math.min(anchor, Date.parse(e.occurredAt) + 2_000));
    events += parsed.length;
  }
  await setMeta(db, `seeded:${tenantId}`, new Date(anchor).toISOString());
  return events;
}
