/**
 * A transaction's event texts in one column (`transactions.event_text`, PostgreSQL migration 0012):
 * each distinct text of its events (message and error code, lower-cased as JavaScript does, as the
 * words searched for are) on a line of its own, in sorted order, so that the same events give the
 * same column whatever order they arrived in. A line is one event's text: a search for several words
 * tests them line by line (dialect/postgres-event-text.ts), as SQLite tests them event by event.
 */
const LINE_BREAK = "\n";

/**
 * One event's line: its message and error code, lower-cased, with no line break of its own, and as
 * PostgreSQL keeps it (a lone surrogate becomes U+FFFD), so that a stored line equals the one made.
 */
export const eventTextLine = (message: string | null, errorCode: string | null) =>
  `${message ?? ""} ${errorCode ?? ""}`.toLowerCase().replaceAll(LINE_BREAK, " ").toWellFormed();

/**
 * The column with the lines of more events added (null while a transaction has none), and `added`,
 * those lines that it did not have yet (PostgreSQL links the transaction to each: migration 0013).
 */
export function addEventLines(
  stored: string | null | undefined,
  lines: Iterable<string>,
): { column: string | null; added: string[] } {
  const all = new Set(stored ? stored.split(LINE_BREAK) : []);
  const added: string[] = [];
  for (const line of lines)
    if (!all.has(line)) {
      all.add(line);
      added.push(line);
    }
  if (added.length === 0) return { column: stored ?? null, added };
  return { column: [...all].sort().join(LINE_BREAK), added };
}

/** The column with the lines of more events added (null while a transaction has none). */
export const withEventLines = (stored: string | null | undefined, lines: Iterable<string>) =>
  addEventLines(stored, lines).column;
