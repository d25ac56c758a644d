import type { SortDirection, SortField } from "@/lib/domain/enums";

// NOTE: plain values, no validator: the browser imports these, and the filter schema (schema.ts,
// zod) stays on the server. schema.ts re-exports them, so they are defined here only.

/** Longest free-text query accepted; longer input is a client error, not a slow scan. */
export const MAX_QUERY_LENGTH = 200;
export const MAX_PAGE_SIZE = 500;
export const DEFAULT_PAGE_SIZE = 50;
/** The list's order when the URL names none: newest first. */
export const DEFAULT_SORT: { field: SortField; direction: SortDirection } = { field: "receivedAt", direction: "desc" };
