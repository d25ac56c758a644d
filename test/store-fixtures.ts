import { ingestEventSchema, type IngestEvent, type ParsedIngestEvent } from "@/lib/track-api/ingest/schema";
import { tenantStore } from "@/lib/track-api/store";
import { sql } from "kysely";
import { migrate, openDb, type Db } from "@/lib/track-api/store/db";
import { freshStoreUrl } from "./store-backend";

/** A fresh, migrated store: in memory on SQLite, a new schema on PostgreSQL (test/store-backend.ts). */
export async function memoryDb(): Promise<Db> {
  const db = openDb(await freshStoreUrl());
  await migrate(db);
  return db;
}

const BASE = Date.parse("2026-11-20T08:00:00Z");
const at = (minutes: number) => new Date(BASE + minutes * 60_000).toISOString();

/** The events of one small transaction; `outcome` picks how its lifecycle ends. */
export function lifecycle(
  n: number,
  outcome: "delivered" | "error" | "rejected" | "processing" = "delivered",
  start = n * 10,
): IngestEvent[] {
  const id = `tx-${String(n).padStart(4, "0")}`;
  const ev = (
    k: number,
    type: IngestEvent["type"],
    step: IngestEvent["step"],
    extra: Partial<IngestEvent> = {},
  ): IngestEvent => ({
    eventId: `${id}:${k}`,
    transactionId: id,
    occurredAt: at(start + k),
    type,
    step,
    level: "INFO",
    ...extra,
  });
  const events: IngestEvent[] = [
    ev(0, "RECEIVED", "INBOUND", {
      transaction: {
        documentType: n % 3 === 0 ? "order" : "invoice",
        documentNumber: `INV-${String(n).padStart(6, "0")}`,
        direction: n % 2 ? "inbound" : "outbound",
        inChannel: "peppol",
        outChannel: n % 4 === 0 ? "email" : "peppol",
        format: "peppolBis3",
        sender: { id: `0037:${String(10000000 + (n % 7))}`, name: `Sender ${n % 7} Oy` },
        receiver: { id: "0037:99999999", name: "Acme Oy" },
        businessPartner: { id: `0037:${String(10000000 + (n % 7))}`, name: `Sender ${n % 7} Oy` },
        serviceProfile: "E-invoice Receiving",
        amount: n % 3 === 0 ? null : 100 + n,
        currency: n % 3 === 0 ? null : "EUR",
        receivedAt: at(start),
        slaDueAt: at(start + 240),
      },
    }),
    ev(1, "VALIDATED", "VALIDATION"),
  ];
  if (outcome === "processing") return events;
  if (outcome === "rejected")
    return [
      ...events,
      ev(2, "VALIDATION_FAILED", "VALIDATION", {
        level: "ERROR",
        errorCode: "VALIDATION_ERROR",
        message: "[BR-CO-15] total mismatch",
      }),
    ];
  if (outcome === "error")
    return [
      ...events,
      ev(2, "ERROR", "ROUTING", { level: "ERROR", errorCode: "UNKNOWN_RECIPIENT", message: "Unknown recipient" }),
    ];
  return [...events, ev(2, "ROUTED", "ROUTING"), ev(3, "SENT", "OUTBOUND"), ev(4, "DELIVERED", "NETWORK")];
}

export const parseEvents = (events: IngestEvent[]): ParsedIngestEvent[] =>
  events.map((e) => ingestEventSchema.parse(e));
export const FIXTURE_NOW = BASE + 3 * 24 * 3_600_000;

const OUTCOMES = ["delivered", "error", "rejected", "processing"] as const;

/**
 * A store with `count` Acme transactions of every outcome, three to a minute (so sorting needs the
 * id tie-break and chunk boundaries fall inside runs of equal keys), and one Globex transaction.
 */
export async function searchFixtureDb(count: number): Promise<Db> {
  const db = await memoryDb();
  const events = Array.from({ length: count }, (_, i) =>
    lifecycle(i + 1, OUTCOMES[i % 4], Math.floor(i / 3) * 10),
  ).flat();
  await tenantStore(db, "acme").ingest(parseEvents(events), FIXTURE_NOW);
  await tenantStore(db, "globex").ingest(parseEvents(lifecycle(500)), FIXTURE_NOW);
  return db;
}

/** Inserts rows into a table as an earlier migration left it (the typed schema describes the latest one). */
export async function insertRaw(db: Db, table: string, rows: Record<string, unknown>[]): Promise<void> {
  for (const row of rows) {
    const columns = Object.keys(row);
    await sql`insert into ${sql.table(table)} (${sql.join(columns.map((c) => sql.ref(c)))}) values (${sql.join(columns.map((c) => row[c]))})`.execute(
      db,
    );
  }
}
