import type { Migration } from "kysely";
import * as initial from "./0001-initial";
import * as scale from "./0002-scale";
import * as ingestMarks from "./0003-ingest-marks";
import * as eventsByArrival from "./0004-events-by-arrival";
import * as eventsByTransaction from "./0005-events-by-transaction";
import * as ingestedAt from "./0007-ingested-at";
import * as amountByCurrency from "./0008-amount-by-currency";
import * as references from "./0009-references";
import * as eventText from "./0010-event-text";
import * as comboBusinessStatus from "./0011-combo-business-status";
import * as eventLines from "./0013-event-lines";
import * as lineLinksByRowid from "./0014-line-links-by-rowid";
import * as pgInitial from "./postgres/0001-initial";
import * as pgEventsByTransaction from "./postgres/0005-events-by-transaction";
import * as pgSignInThrottle from "./postgres/0006-sign-in-throttle";
import * as pgIngestedAt from "./postgres/0007-ingested-at";
import * as pgAmountByCurrency from "./postgres/0008-amount-by-currency";
import * as pgReferences from "./postgres/0009-references";
import * as pgEventText from "./postgres/0010-event-text";
import * as pgComboBusinessStatus from "./postgres/0011-combo-business-status";
import * as pgTransactionEventText from "./postgres/0012-transaction-event-text";
import * as pgEventLines from "./postgres/0013-event-lines";
import * as pgEventLineKeys from "./postgres/0015-event-line-keys";

/** A step that only the other backend has, so that both keep one sequence of names. */
const otherBackendOnly: Migration = { up: async () => {}, down: async () => {} };

/** Versioned migrations, applied in key order. Never edit a released one; add the next number. */
export const sqliteMigrations: Record<string, Migration> = {
  "0001-initial": initial,
  "0002-scale": scale,
  "0003-ingest-marks": ingestMarks,
  "0004-events-by-arrival": eventsByArrival,
  "0005-events-by-transaction": eventsByTransaction,
  // The sign-in throttle's shared counts: PostgreSQL only; one SQLite process keeps them in memory.
  "0006-sign-in-throttle": otherBackendOnly,
  "0007-ingested-at": ingestedAt,
  "0008-amount-by-currency": amountByCurrency,
  "0009-references": references,
  "0010-event-text": eventText,
  "0011-combo-business-status": comboBusinessStatus,
  // Event texts kept on their transactions for PostgreSQL's trigram index; SQLite's FTS5 index over
  // the events (0010) finds a text's transactions by their rarest trigrams instead.
  "0012-transaction-event-text": otherBackendOnly,
  "0013-event-lines": eventLines,
  "0014-line-links-by-rowid": lineLinksByRowid,
  // PostgreSQL's index of the keys of each transaction's event texts; SQLite reads a collected text's
  // transactions by rowid (0014).
  "0015-event-line-keys": otherBackendOnly,
};

/** PostgreSQL's schema begins whole at 0001 (postgres/0001-initial.ts); the names are SQLite's. */
const startsWhole: Migration = { up: async () => {} };

/** The same sequence of names on PostgreSQL, each with its PostgreSQL SQL. */
export const postgresMigrations: Record<keyof typeof sqliteMigrations, Migration> = {
  "0001-initial": pgInitial,
  "0002-scale": startsWhole,
  "0003-ingest-marks": startsWhole,
  "0004-events-by-arrival": startsWhole,
  "0005-events-by-transaction": pgEventsByTransaction,
  "0006-sign-in-throttle": pgSignInThrottle,
  "0007-ingested-at": pgIngestedAt,
  "0008-amount-by-currency": pgAmountByCurrency,
  "0009-references": pgReferences,
  "0010-event-text": pgEventText,
  "0011-combo-business-status": pgComboBusinessStatus,
  "0012-transaction-event-text": pgTransactionEventText,
  "0013-event-lines": pgEventLines,
  // PostgreSQL's links name a transaction by its number already (0013).
  "0014-line-links-by-rowid": otherBackendOnly,
  "0015-event-line-keys": pgEventLineKeys,
};
