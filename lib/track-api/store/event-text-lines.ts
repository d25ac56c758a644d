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

/** The lines of a stored column (none while a transaction has no event). */
const eventLinesOf = (stored: string | null | undefined) => (stored ? stored.split(LINE_BREAK) : []);

/** The column with the lines of more events added (null while a transaction has none). */
export function withEventLines(stored: string | null | undefined, lines: Iterable<string>): string | null {
  const all = new Set(eventLinesOf(stored));
  for (const line of lines) all.add(line);
  return all.size === 0 ? null : [...all].sort().join(LINE_BREAK);
}

/** The lines that are not in the stored column yet (PostgreSQL links a transaction to each: migration 0013). */
export function newEventLines(stored: string | null | undefined, lines: Iterable<string>): string[] {
  const had = new Set(eventLinesOf(stored));
  return [...lines].filter((line) => !had.has(line));
}
