/**
 * The words of a message text (`filter.text`, URL `text`): split at white space, lower-cased as
 * JavaScript does (the store's index holds the event texts lower-cased the same way), without
 * duplicates. The store matches them; the drill-down's timeline marks them.
 */
export function messageWords(text: string): string[] {
  return [...new Set(text.toLowerCase().split(/\s+/).filter(Boolean))];
}
