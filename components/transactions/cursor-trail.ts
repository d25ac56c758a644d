"use client";

import { useEffect, useMemo, useSyncExternalStore } from "react";

// Keyset paging only knows the way forward. Each time a page is shown, the step "cursor → nextCursor"
// (and the row offset it reached) is written to sessionStorage under the search it belongs to, so
// the following page can link back to this one. A page opened from a shared link has no trail: then
// only "First page" leads back.
const PREFIX = "track-monitor:trail:";

/** For each cursor of one search: the cursor of the page before it (null = first page) and its offset. */
type Trail = Record<string, { prev: string | null; offset?: number }>;

const listeners = new Set<() => void>();
const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => void listeners.delete(listener);
};

function read(searchKey: string): string | null {
  try {
    return sessionStorage.getItem(PREFIX + searchKey);
  } catch {
    return null;
  }
}

const parse = (raw: string | null): Trail => {
  try {
    return (JSON.parse(raw ?? "{}") as Trail) ?? {};
  } catch {
    return {};
  }
};

/** Records that the page after `cursor` (showing `count` rows) starts at `next`. */
export function recordStep(searchKey: string, cursor: string | null, next: string, count: number) {
  if (next === cursor) return;
  const trail = parse(read(searchKey));
  const start = cursor === null ? 0 : trail[cursor]?.offset;
  const offset = start === undefined ? undefined : start + count;
  if (trail[next] && trail[next].prev === cursor && trail[next].offset === offset) return;
  trail[next] = { prev: cursor, offset };
  try {
    sessionStorage.setItem(PREFIX + searchKey, JSON.stringify(trail));
  } catch {
    return;
  }
  listeners.forEach((listener) => listener());
}

/**
 * The way back from the current page: `previous` is the cursor of the page before (null = the first
 * page, undefined = unknown) and `offset` the number of rows before this page, when known.
 */
export function useCursorTrail(
  searchKey: string,
  cursor: string | null,
  next: { cursor: string | null; count: number } | null,
) {
  const raw = useSyncExternalStore(
    subscribe,
    () => read(searchKey),
    () => null,
  );
  const trail = useMemo(() => parse(raw), [raw]);
  const nextCursor = next?.cursor ?? null;
  const count = next?.count ?? 0;
  useEffect(() => {
    if (nextCursor) recordStep(searchKey, cursor, nextCursor, count);
  }, [searchKey, cursor, nextCursor, count]);
  if (cursor === null) return { previous: undefined, offset: 0 };
  return { previous: trail[cursor] ? trail[cursor].prev : undefined, offset: trail[cursor]?.offset };
}
