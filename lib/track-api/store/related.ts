// The documents of one business exchange, linked by metadata `reference` (migration 0009): an order,
// its order response, despatch advice and invoice (which reference the order's number), and the
// invoice's response (which references the invoice's).
import { sql } from "kysely";
import { MAX_RELATED, type RelatedTransaction, type Relation } from "@/lib/domain/transaction";
import type { Db } from "./db";
import { isoInstant } from "./iso";
import type { TransactionRow } from "./schema";

type Linked = Pick<TransactionRow, "id" | "document_type" | "document_number" | "status" | "reference" | "partner_id">;
type Origin = Pick<TransactionRow, "id" | "document_number" | "reference" | "partner_id">;

const COLUMNS = ["id", "document_type", "document_number", "status", "reference", "partner_id", "received_at"] as const;
/** Rounds of following references from the documents found so far: order → invoice → invoice response. */
const MAX_ROUNDS = 3;
/** Rows read per lookup: a number shared by many documents (a reused test number) cannot flood the answer. */
const LOOKUP_LIMIT = 50;

/** How `other` stands to `origin`; the closer relations come first when the chain is cut at MAX_RELATED. */
function relationOf(origin: Origin, other: Linked): Relation {
  if (origin.reference && other.document_number === origin.reference) return "referenced";
  if (origin.document_number && other.reference === origin.document_number) return "referencing";
  if (origin.reference && other.reference === origin.reference) return "sibling";
  return "chain";
}
const RANK: Record<Relation, number> = { referenced: 0, referencing: 1, sibling: 2, chain: 3 };

/**
 * The tenant's documents linked to `origin` by reference, both ways and along the chain (at most
 * MAX_RELATED, oldest first). Document numbers are only unique per partner, so a document of another
 * partner than `origin`'s is not taken for part of its chain.
 */
export async function relatedTransactions(db: Db, tenantId: string, origin: Origin): Promise<RelatedTransaction[]> {
  const samePartner = (row: Linked) => !origin.partner_id || !row.partner_id || row.partner_id === origin.partner_id;
  const found = new Map<string, Linked & { received_at: number }>();
  const seen = new Set<string>();
  let numbers = [origin.document_number, origin.reference].filter((n): n is string => !!n);
  for (let round = 0; round < MAX_ROUNDS && numbers.length > 0 && found.size < MAX_RELATED; round++) {
    for (const n of numbers) seen.add(n);
    const base = db.selectFrom("transactions").select(COLUMNS).where("tenant_id", "=", tenantId).limit(LOOKUP_LIMIT);
    // NOTE: two lookups, each on its own index (the document number's is on the coalesce expression).
    const [byNumber, byReference] = await Promise.all([
      base.where(sql<string>`coalesce(document_number, '')`, "in", numbers).execute(),
      base.where("reference", "in", numbers).execute(),
    ]);
    const next = new Set<string>();
    for (const row of [...byNumber, ...byReference]) {
      if (row.id === origin.id || found.has(row.id) || !samePartner(row)) continue;
      found.set(row.id, { ...row, received_at: Number(row.received_at) });
      for (const n of [row.document_number, row.reference]) if (n && !seen.has(n)) next.add(n);
    }
    numbers = [...next];
  }
  return [...found.values()]
    .map((row) => ({ row, relation: relationOf(origin, row) }))
    .sort((a, b) => RANK[a.relation] - RANK[b.relation] || a.row.received_at - b.row.received_at)
    .slice(0, MAX_RELATED)
    .sort((a, b) => a.row.received_at - b.row.received_at || (a.row.id < b.row.id ? -1 : 1))
    .map(({ row, relation }) => ({
      id: row.id,
      documentType: row.document_type as RelatedTransaction["documentType"],
      documentNumber: row.document_number,
      status: row.status as RelatedTransaction["status"],
      relation,
      receivedAt: isoInstant(row.received_at),
    }));
}
