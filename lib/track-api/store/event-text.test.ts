import type { Expression, SqlBool } from "kysely";
import { beforeAll, describe, expect, it } from "vitest";
import { messageWords } from "@/lib/filters/message-words";
import type { Filter } from "@/lib/filters/schema";
import { statsRequestSchema } from "@/lib/filters/stats-schema";
import { ingestEventSchema, type IngestEvent } from "@/lib/track-api/ingest/schema";
import { generateHistory } from "@/lib/track-api/simulate";
import { STORE_BACKEND } from "@/test/store-backend";
import { FIXTURE_NOW, lifecycle, memoryDb, parseEvents } from "@/test/store-fixtures";
import { dialectOf } from "./connection";
import { sqliteOwnTest } from "./dialect/sqlite-event-text";
import { sqliteEventTextDense } from "./dialect/sqlite-free-text";
import { expireOldData, type Db } from "./db";
import { planEventText, plannedEventText } from "./event-text";
import { tenantStore } from "./index";
import { prepareFilter, searchTransactions } from "./search";

let db: Db;
const SORT = { field: "receivedAt", direction: "desc" } as const;

/** Texts of the tests' own events, besides the simulator's. */
const OWN = {
  acme: [
    ["No routing rule found for recipient 0037:55501234 (Kärkkäinen Oy)", "UNKNOWN_RECIPIENT"],
    ["Discount 100% off: line_3 rejected", null],
    // Kelvin signs: JavaScript lowers them to "k", SQLite's lower() leaves them.
    ["Pallet label \u212AO\u212A misprinted", null],
  ],
  globex: [["Globex-only secret phrase zebracorn", "DELIVERY_ERROR"]],
} as const;

beforeAll(async () => {
  db = await memoryDb();
  for (const tenant of ["acme", "globex"] as const) {
    for (const batch of generateHistory({ tenantId: tenant, seed: 7, count: 300, days: 3, now: FIXTURE_NOW }))
      await tenantStore(db, tenant).ingest(
        batch.map((e: IngestEvent) => ingestEventSchema.parse(e)),
        FIXTURE_NOW,
      );
    const own = OWN[tenant].map(([message, errorCode], i) =>
      lifecycle(9000 + i, "delivered", 60 + i).map((e, k) =>
        k === 1 ? { ...e, message, errorCode: errorCode ?? undefined } : e,
      ),
    );
    await tenantStore(db, tenant).ingest(parseEvents(own.flat()), FIXTURE_NOW);
  }
  // Two tenants' three days of simulated traffic: longer than the default under a loaded machine.
}, 120_000);

/** What the message-text filter means, decided by reading every event of the tenant. */
async function scanned(tenantId: string, text: string): Promise<Set<string>> {
  const words = messageWords(text);
  const events = await db
    .selectFrom("events")
    .select(["transaction_id", "message", "error_code"])
    .where("tenant_id", "=", tenantId)
    .execute();
  const ids = events
    .filter((e) => {
      const body = `${e.message ?? ""} ${e.error_code ?? ""}`.toLowerCase();
      return words.every((w) => body.includes(w));
    })
    .map((e) => e.transaction_id);
  return new Set(ids);
}

/** The ids of acme's transactions that pass a row test of a message text. */
async function passing(test: Expression<SqlBool>): Promise<Set<string>> {
  const rows = await db.selectFrom("transactions").select("id").where("tenant_id", "=", "acme").where(test).execute();
  return new Set(rows.map((row) => row.id));
}

/** Every page of a search, in order; `collectLimit` given, planned here with that limit instead of by the store. */
async function searched(
  tenantId: string,
  filter: Filter,
  size = 500,
  collectLimit?: number,
): Promise<{ total: number; ids: string[] }> {
  const ids: string[] = [];
  let cursor: string | undefined;
  let total = 0;
  do {
    const request = { filter, sort: SORT, page: { size, cursor } };
    const page =
      collectLimit === undefined
        ? await tenantStore(db, tenantId).search(request, FIXTURE_NOW)
        : await searchTransactions(db, tenantId, await planEventText(db, tenantId, request, collectLimit), FIXTURE_NOW);
    total = page.total;
    ids.push(...page.items.map((t) => t.id));
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return { total, ids };
}

describe("message text (filter.text)", () => {
  it.each([
    ["a common word", "archived"],
    ["a word in upper case", "ROUTED"],
    ["a rare word", "kärkkäinen"],
    ["words of one event, in another order", "recipient routing no"],
    ["a phrase across words", "No routing rule found for recipient"],
    ["an error code", "unknown_recipient"],
    ["LIKE's wildcards taken literally", "100% line_3"],
    ["a wildcard that would match anything", "_%_"],
    ["short words only", "AS"],
    ["a short word beside a long one", "to as4"],
    ["words of different events of one transaction", "archived routed"],
    ["no match", "no-such-text-anywhere"],
    ["a word that only JavaScript's lower case makes ASCII", "kok"],
  ])("finds exactly the transactions with an event that has %s", async (_what, text) => {
    const expected = await scanned("acme", text);
    const { total, ids } = await searched("acme", { text });
    expect(total, text).toBe(expected.size);
    expect(new Set(ids), text).toEqual(expected);
    expect(ids.length, text).toBe(expected.size);
  });

  it("collects a text's matching transactions once", async () => {
    const plan = async (text: string) =>
      plannedEventText((await planEventText(db, "acme", { filter: { text } })).filter);
    const planned = await plan("routing TO as4");
    const expected = await scanned("acme", "routing TO as4");
    expect(planned?.count).toBe(expected.size);
    expect(new Set(planned?.keys).size).toBe(expected.size);
    // As a page finds them, walking the sort order, and reading every one of them.
    for (const test of [planned!.among!(false), planned!.among!(true), planned!.every!()])
      expect(await passing(test)).toEqual(expected);
    // Short words have no trigram: nothing to collect them by, so each event is tested.
    expect(Object.keys((await plan("to as")) ?? {})).toEqual(["exact"]);
  });

  it("tells on SQLite a text of most events from a rare one by its rarest trigram", async () => {
    if (dialectOf(db).kind === "postgres") return;
    expect(await sqliteEventTextDense(db, ["archived"])).toBe(true);
    expect(await sqliteEventTextDense(db, ["routing", "as4"])).toBe(false);
  });

  it("tests a row on SQLite by its links to the text's few lines, or else by its events, alike", async () => {
    if (dialectOf(db).kind === "postgres") return;
    for (const text of ["archived", "routing TO as4", "kärkkäinen", "100% line_3", "no-such-text-anywhere"]) {
      const expected = await scanned("acme", text);
      for (const lineLimit of [1_000, 0]) {
        const test = await sqliteOwnTest(db, "acme", messageWords(text), lineLimit);
        expect(await passing(test), `${text} (${lineLimit} lines)`).toEqual(expected);
      }
    }
    // By the links, for a text on few lines; by the events, for one on more than the limit.
    const sqlOf = async (lineLimit: number) =>
      db
        .selectFrom("transactions")
        .select("id")
        .where(await sqliteOwnTest(db, "acme", ["archived"], lineLimit))
        .compile().sql;
    expect(await sqlOf(1_000)).toContain("transaction_lines");
    expect(await sqlOf(0)).toContain("from events");
  });

  it.each([
    ["collected and walked in the sort order, page by page", undefined],
    ["too many to collect", 1],
  ])("finds the same transactions when they are %s", async (_how, collectLimit) => {
    for (const text of ["routed", "archived", "kärkkäinen"]) {
      const expected = await scanned("acme", text);
      const all = await searched("acme", { text }, 500);
      const paged = await searched("acme", { text }, 7, collectLimit);
      expect(paged.total, text).toBe(expected.size);
      expect(paged.ids, text).toEqual(all.ids);
    }
  });

  it("pages a text of few matches in sort order both ways, read whole first where the backend finds them so", async () => {
    const text = "savon puu";
    const size = 6;
    const request = await planEventText(db, "acme", { filter: { text } });
    // Few enough not to walk the sort order: on PostgreSQL the page reads all of them by their lines' keys.
    expect((await prepareFilter(db, "acme", request.filter, SORT, size, FIXTURE_NOW)).walk).toBe(false);
    expect(plannedEventText(request.filter)?.pageByEvery).toBe(STORE_BACKEND === "postgres");
    const rows = await db
      .selectFrom("transactions")
      .select(["id", "received_at"])
      .where("tenant_id", "=", "acme")
      .where("id", "in", [...(await scanned("acme", text))])
      .execute();
    const newest = rows
      .sort((a, b) => b.received_at - a.received_at || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0))
      .map((row) => row.id);
    expect(newest.length).toBeGreaterThan(2 * size);
    for (const direction of ["desc", "asc"] as const) {
      const ids: string[] = [];
      let cursor: string | undefined;
      do {
        const page = await tenantStore(db, "acme").search(
          { filter: { text }, sort: { field: "receivedAt", direction }, page: { size, cursor } },
          FIXTURE_NOW,
        );
        ids.push(...page.items.map((t) => t.id));
        cursor = page.nextCursor ?? undefined;
      } while (cursor);
      expect(ids, direction).toEqual(direction === "desc" ? newest : [...newest].reverse());
    }
  });

  it("gives a lower bound for the total of a text of too many transactions to count, and still every page", async () => {
    const expected = await scanned("acme", "archived");
    const all = await searched("acme", { text: "archived" }, 500);
    const request = { filter: { text: "archived" }, sort: SORT, page: { size: 20 } };
    const planned = await planEventText(db, "acme", request, 1, 40);
    const first = await searchTransactions(db, "acme", planned, FIXTURE_NOW);
    expect(expected.size).toBeGreaterThan(40);
    expect(first).toMatchObject({ total: 40, totalRelation: "gte" });
    expect(first.items.map((t) => t.id)).toEqual(all.ids.slice(0, 20));
    // Within the limit, the total is exact and says nothing more.
    const few = await planEventText(db, "acme", { ...request, filter: { text: "kärkkäinen" } }, 0, 40);
    const exact = await searchTransactions(db, "acme", few, FIXTURE_NOW);
    expect(exact.total).toBe(1);
    expect(exact.totalRelation).toBeUndefined();
  });

  it("finds a tenant's text only in that tenant", async () => {
    expect((await searched("globex", { text: "zebracorn" })).total).toBe(1);
    expect(await searched("acme", { text: "zebracorn" })).toEqual({ total: 0, ids: [] });
    expect(await searched("globex", { text: "Kärkkäinen" })).toEqual({ total: 0, ids: [] });
  });

  it("combines with the other filters and with free text", async () => {
    const expected = await scanned("acme", "routed");
    const delivered = await searched("acme", { status: ["delivered"], text: "routed" });
    const all = await searched("acme", { text: "routed" });
    expect(delivered.total).toBeGreaterThan(0);
    expect(delivered.total).toBeLessThan(all.total);
    for (const id of delivered.ids) expect(expected.has(id)).toBe(true);
    const own = await searched("acme", { q: "INV-009000", text: "routing" });
    expect(own.ids).toEqual(["tx-9000"]);
  });

  it("counts the overview's series from the same matches", async () => {
    const request = statsRequestSchema.parse({ filter: { text: "kärkkäinen" }, bucket: "day" });
    const stats = await tenantStore(db, "acme").stats(request, FIXTURE_NOW);
    expect(stats.totals.total).toBe(1);
  });

  it("keeps the index current when events expire", async () => {
    const local = await memoryDb();
    const acme = tenantStore(local, "acme");
    await acme.ingest(
      parseEvents(
        lifecycle(1, "delivered", 60).map((e, k) => (k === 1 ? { ...e, message: "Quokka check failed" } : e)),
      ),
      FIXTURE_NOW,
    );
    const request = { filter: { text: "quokka" }, sort: SORT, page: { size: 10 } };
    expect((await acme.search(request, FIXTURE_NOW)).total).toBe(1);
    // A month later, with a week's retention: the transaction and its events are gone, and so is its text.
    await expireOldData(local, FIXTURE_NOW + 30 * 86_400_000, 7);
    expect(await local.selectFrom("events").select("id").where("tenant_id", "=", "acme").execute()).toEqual([]);
    expect((await acme.search(request, FIXTURE_NOW)).total).toBe(0);
    await local.destroy();
  });
});
