import crypto from "node:crypto";
import type { Kysely } from "kysely";
import type { Database, TransactionRow } from "./schema";

type PartyColumns = Pick<
  TransactionRow,
  "sender_id" | "sender_name" | "receiver_id" | "receiver_name" | "partner_id" | "partner_name"
>;

/** The party part of a row's search text (what party_sets holds); search_text = head + " " + this. */
export function partiesText(row: PartyColumns): string {
  return [row.sender_id, row.sender_name, row.receiver_id, row.receiver_name, row.partner_id, row.partner_name]
    .filter(Boolean)
    .join(" ")
    .toLowerCase();
}

/**
 * The key of a tenant's party text: a hash, so the same text gets the same key whatever order the
 * events arrive in. `attempt` > 0 only after a (practically impossible) collision.
 */
export function partyKeyOf(tenantId: string, text: string, attempt = 0): number {
  const digest = crypto.createHash("sha256").update(`${tenantId}\u0000${text}\u0000${attempt}`).digest();
  return digest.readUIntBE(0, 6);
}

/**
 * The keys of party texts, adding the ones the tenant does not have yet to party_sets. New texts are
 * inserted in text order, and a text another writer inserts at the same time is taken as it stored it.
 */
export async function partyKeys(db: Kysely<Database>, tenantId: string, texts: string[]): Promise<Map<string, number>> {
  const keys = new Map<string, number>();
  const lookUp = async (wanted: string[]) => {
    for (let i = 0; i < wanted.length; i += 500) {
      const found = await db
        .selectFrom("party_sets")
        .select(["id", "text"])
        .where("tenant_id", "=", tenantId)
        .where("text", "in", wanted.slice(i, i + 500))
        .execute();
      for (const f of found) keys.set(f.text, Number(f.id));
    }
  };
  await lookUp([...new Set(texts)]);
  let missing = [...new Set(texts)].filter((t) => !keys.has(t)).sort();
  for (let attempt = 0; missing.length > 0; attempt++) {
    for (let i = 0; i < missing.length; i += 500)
      await db
        .insertInto("party_sets")
        .values(
          missing
            .slice(i, i + 500)
            .map((text) => ({ id: partyKeyOf(tenantId, text, attempt), tenant_id: tenantId, text })),
        )
        .onConflict((oc) => oc.doNothing())
        .execute();
    await lookUp(missing);
    // Still missing: its key was taken by another text (the next attempt gives another key).
    missing = missing.filter((t) => !keys.has(t));
  }
  return keys;
}

const PARTY_COLUMNS = [
  "sender_id",
  "sender_name",
  "receiver_id",
  "receiver_name",
  "partner_id",
  "partner_name",
] as const;

/**
 * Sets each row's party_key from its party columns. A row whose stored version (in `before`) has the
 * same party columns keeps its key: the key of a text never changes.
 */
export async function resolvePartyKeys(
  db: Kysely<Database>,
  tenantId: string,
  rows: TransactionRow[],
  before?: Map<string, TransactionRow>,
): Promise<void> {
  const pending: TransactionRow[] = [];
  for (const row of rows) {
    const old = before?.get(row.id);
    if (old && old.party_key !== null && PARTY_COLUMNS.every((c) => old[c] === row[c])) row.party_key = old.party_key;
    else pending.push(row);
  }
  if (pending.length === 0) return;
  const texts = pending.map(partiesText);
  const keys = await partyKeys(db, tenantId, texts);
  pending.forEach((row, i) => (row.party_key = keys.get(texts[i])!));
}
