import { sql } from "kysely";
import type { Db } from "../connection";
import { LIFECYCLE_RANK } from "../transaction-state";

/** An instant (ms since the epoch, a whole number) as `isoInstant` writes it: 2026-11-27T12:00:00.000Z. */
const iso = (column: string) =>
  sql.raw(`strftime('%Y-%m-%dT%H:%M:%S', ${column} / 1000, 'unixepoch') || printf('.%03dZ', ${column} % 1000)`);

/** compareEvents' lifecycle position of an event's type (99 for a type it does not know). */
const RANK = sql.raw(
  `case e.type ${Object.entries(LIFECYCLE_RANK)
    .map(([type, rank]) => `when '${type}' then ${rank}`)
    .join(" ")} else 99 end`,
);

/**
 * The NDJSON lines of the events of the transactions `seqs` (in that order; each one's events by
 * time, lifecycle position and id), made by SQLite in one statement: byte for byte what
 * `ndjsonLinesOf` writes (`JSON.stringify` of an extract row), with no JavaScript value per event.
 * NOTE: ids are ordered by their UTF-8 bytes, as JavaScript orders them unless two ids differ first
 * at a character above U+FFFF against one from U+E000 to U+FFFF.
 */
export async function sqliteEventNdjson(db: Db, tenantId: string, seqs: number[]): Promise<string> {
  const { rows } = await sql<{
    text: string | null;
  }>`select group_concat(line, '' order by pos, occurred_at, rank, id) as text
    from (select c.key as pos, e.occurred_at, e.id, ${RANK} as rank, json_object(
      'id', e.id, 'transactionId', t.id, 'occurredAt', ${iso("e.occurred_at")}, 'ingestedAt', ${iso("e.ingested_at")},
      'type', e.type, 'step', e.step, 'level', e.level, 'message', e.message, 'errorCode', e.error_code,
      'documentType', t.document_type, 'documentNumber', t.document_number, 'transactionStatus', t.status,
      'businessPartner', case when coalesce(t.partner_id, '') = '' then null
        else json_object('id', t.partner_id, 'name', coalesce(t.partner_name, t.partner_id)) end
    ) || char(10) as line
    from json_each(${JSON.stringify(seqs)}) c
    join transactions t on t.tenant_id = ${tenantId} and t.seq = c.value
    join events e on e.tenant_id = ${tenantId} and e.tx_seq = c.value)`.execute(db);
  return rows[0]?.text ?? "";
}
