import type { CompiledQuery, Expression, RawBuilder, SqlBool } from "kysely";
import type { Db } from "../connection";
import type { Unindexed } from "../filter-sql";
import type { RollupDelta } from "../rollup";
import type { EventRow, TransactionRow } from "../schema";

export type DialectKind = "sqlite" | "postgres";

/** Rows that may match a free text in the head (id and document number) of search_text. */
export interface HeadCandidates {
  /** The condition "the row is a candidate", answered by the backend's trigram index. */
  where: Expression<SqlBool>;
  /** True when it is known that no row is. */
  none: boolean;
}

/**
 * One ingest batch's reads and writes, inside the batch's database transaction. SQLite runs one
 * writer at a time; PostgreSQL runs several, so its writer locks what the batch touches and writes
 * shared rows (rollups, party sets, marks) in one global order.
 */
export interface IngestWriter {
  /** Takes what the batch needs to be alone with these transactions, and reads their stored rows. */
  load(txIds: string[]): Promise<Map<string, TransactionRow>>;
  /** Numbers for `count` transactions seen for the first time, in order of arrival. */
  nextSeqs(count: number): Promise<number[]>;
  /** Stores the events that are not stored yet (by transaction and event id); returns those. */
  insertEvents(rows: EventRow[]): Promise<EventRow[]>;
  /** Updates changed transactions (only their changed columns where that saves index writes) and inserts new ones. */
  writeTransactions(before: Map<string, TransactionRow>, rows: TransactionRow[]): Promise<void>;
  /**
   * Moves the tenant's ingest mark forward (newest arrival, last transaction number) and returns the
   * batch's snapshot instant: at least `newestIngestedAt`, and after every batch committed before.
   * The mark stays locked until the batch commits.
   */
  advanceMark(newestIngestedAt: number, lastSeq: number): Promise<number>;
}

/** Words this short have no trigram: an index cannot find them, so they only narrow what it found. */
export const MIN_INDEXED = 3;

/** The most distinct event texts a collected message text may match (EventTextSearch.collect). */
export const LINE_LIMIT = 20_000;

/**
 * The most links of the distinct texts a collect reads for `limit` transactions: a transaction with
 * several of the texts is linked to each, and more links than this are too many to collect.
 */
export const linksToRead = (limit: number) => 2 * limit;

/** The collected keys, each once, from the links read (at most linksToRead + 1); undefined when more than `limit`. */
export function collectedKeys<K>(linked: K[], limit: number): K[] | undefined {
  if (linked.length > linksToRead(limit)) return undefined;
  const keys = [...new Set(linked)];
  return keys.length > limit ? undefined : keys;
}

/** The transactions a message text collected (EventTextSearch.collect). */
export interface CollectedText {
  /** Their keys, each once: the backend's own (rowids on SQLite, numbers on PostgreSQL). */
  keys: readonly (string | number)[];
  /**
   * "The transaction is one of them"; `walk` when the rows are read in the sort order and each one
   * is tested: then no index answers it (see `unindexed`).
   */
  among: (walk: boolean) => RawBuilder<SqlBool>;
  /**
   * The same test when every one of them is read, in any order (a facet count of all of a text's
   * matches), where another index finds them faster than `among(false)`, which a page of the newest
   * uses (PostgreSQL: migration 0015).
   */
  every?: () => RawBuilder<SqlBool>;
  /**
   * Whether a page that does not walk the sort order reads every match by `every` first, then sorts
   * them (store/search.ts): where `every` finds them faster than `among(false)`, but its estimate
   * would lead a query that may walk the sort order to walk it.
   */
  pageByEvery?: boolean;
}

/**
 * How a message text (its words, lower-cased: lib/filters/message-words.ts) finds a tenant's
 * transactions with an event that has every word. Both backends collect them from the tenant's
 * distinct event texts and the transactions that have each one (migration 0013); a row is tested on
 * SQLite by the events' FTS5 trigram index (migration 0010), on PostgreSQL by the transaction's own
 * event texts under a GIN trigram index (migration 0012).
 */
export interface EventTextSearch {
  /**
   * The matching transactions, found by the index from the words of three characters or more;
   * undefined when they are more than `limit`, too many to collect.
   */
  collect(db: Db, tenantId: string, words: string[], limit: number): Promise<CollectedText | undefined>;
  /** A transaction's test of its own events, for a text of too many transactions to collect. */
  own(db: Db, tenantId: string, words: string[]): Promise<RawBuilder<SqlBool>>;
  /** The exact test of any text, by the index as far as its words allow (words too short for trigrams). */
  exact(tenantId: string, words: string[]): RawBuilder<SqlBool>;
}

/**
 * What differs between the store's backends, one member per concern. Queries are written once with
 * Kysely; these are the places where SQLite and PostgreSQL need different SQL or different drivers.
 */
export interface StoreDialect {
  readonly kind: DialectKind;
  /**
   * Whether GROUP BY sorts the rows (SQLite; PostgreSQL hashes them): grouping many rows by several
   * columns is then cheaper by one key of their values joined (store/facets.ts).
   */
  readonly groupsBySorting: boolean;
  /**
   * A column written so that no index answers a condition on it, when walking the sort order is
   * cheaper than collecting the matches by that column's index (SQLite picks an index by rules, not
   * by the data). PostgreSQL's planner weighs both by statistics; there it stays the plain column, so
   * that a range on the partition key still picks its weeks.
   */
  unindexed: Unindexed;
  /** Candidate rows for a free text of three characters or more in the head, or null when none can match. */
  headCandidates(db: Db, text: string): Promise<HeadCandidates | null>;
  /** How a message text's transactions are found (store/event-text.ts). */
  eventText: EventTextSearch;
  /**
   * The NDJSON lines of the events of these transactions (by `seq`, in this order, around each one's
   * `ndjsonTransactionParts`), written by the database, as UTF-8 bytes; absent where the store writes
   * them from the rows (lib/domain/event-extract.ts).
   */
  eventNdjson?(db: Db, tenantId: string, transactions: { seq: number; parts: [string, string] }[]): Promise<Uint8Array>;
  /** Runs a compiled query and returns its rows as value arrays (columns in select order). */
  readArrays(db: Db, query: CompiledQuery): Promise<unknown[][]>;
  /** The reads and writes of one ingest batch of a tenant, inside the transaction `trx`. */
  ingestWriter(trx: Db, tenantId: string): IngestWriter;
  /** Adds a rollup delta to the rollup tables, inside the caller's transaction `trx`. */
  applyRollups(trx: Db, delta: RollupDelta): Promise<void>;
  /** Makes room for rows at these times (PostgreSQL: the weekly partitions); before a write transaction. */
  prepareTimes(db: Db, times: Iterable<number>): Promise<void>;
  /**
   * Whether a write failed for want of room that `prepareTimes` had made (another process dropped
   * it since, e.g. an expired week's partition); the dialect then forgets what it knew of the room.
   */
  lostRoom(error: unknown): boolean;
  /** Lets the statements of the caller's transaction `trx` run as long as they need (maintenance: rebuilding derived tables). */
  untimed(trx: Db): Promise<void>;
  /**
   * Runs `read`, a read of at most some thousands of rows (a facet count), without parallel
   * workers where the backend has them (PostgreSQL: postgres-serial.ts).
   */
  serialRead<T>(db: Db, read: (db: Db) => Promise<T>): Promise<T>;
  /** Rebuilds the free-text indexes (of transactions and of event texts) and the event texts' links after a bulk load. */
  rebuildSearchIndex(db: Db): Promise<void>;
  /**
   * Removes every transaction received before `cutoff` (a week boundary), their events, and the
   * rollup rows of those weeks. NOTE: PostgreSQL drops whole weekly partitions, of events by the time
   * they occurred; an event that occurred in an earlier week than its transaction's receipt goes with
   * its own week there.
   */
  expireBefore(db: Db, cutoff: number): Promise<void>;
}
