import "server-only";
import type { z } from "zod";
import { facetsResponse, type FacetsResult } from "@/lib/domain/facets";
import { statsResponse, type StatsResult } from "@/lib/domain/stats";
import {
  searchResponse,
  transactionDetailResponse,
  type SearchResult,
  type TransactionDetail,
} from "@/lib/domain/transaction";
import { TrackApiError } from "./errors";

/**
 * The one place where a remote Track API's answers are adapted to ours (README, "Pointing it at a
 * real Track API"): the upstream's field names that differ from ours, per object, and the checks of
 * its answers against our response schemas (lib/domain). A host that names a field differently is a
 * change to RENAMED here, nothing else. Embedded mode does not come here: its answers are ours.
 */
export const RENAMED = {
  /** The search answer (`items`, `total`, `nextCursor`). */
  search: {},
  /** A transaction, in search results and as the detail. */
  transaction: {},
  /** The stats answer. */
  stats: {},
  /** The facets answer. */
  facets: {},
} satisfies Record<"search" | "transaction" | "stats" | "facets", Record<string, string>>;
type Renames = Record<string, string>;

/** The answers checked, with the endpoint each comes from (named in the error). */
const ANSWERS = {
  search: { endpoint: "POST /track/api/transactions", schema: searchResponse },
  transaction: { endpoint: "GET /track/api/transactions/{id}", schema: transactionDetailResponse },
  stats: { endpoint: "POST /track/api/transactions/stats", schema: statsResponse },
  facets: { endpoint: "POST /track/api/transactions/facets", schema: facetsResponse },
} as const;
type Answer = keyof typeof ANSWERS;

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

function renamed(value: unknown, renames: Renames): unknown {
  if (!isObject(value) || Object.keys(renames).length === 0) return value;
  return Object.fromEntries(Object.entries(value).map(([key, field]) => [renames[key] ?? key, field]));
}

const renameItems = (answer: unknown) =>
  isObject(answer) && Array.isArray(answer.items)
    ? { ...answer, items: answer.items.map((item) => renamed(item, RENAMED.transaction)) }
    : answer;

/** An answer's JSON; a body that is not JSON breaks the contract like a missing field. */
export async function answerJson(response: Response, answer: Answer): Promise<unknown> {
  const text = await response.text();
  try {
    return JSON.parse(text);
  } catch {
    throw contractError(answer, { code: "custom", path: [], message: "it is not JSON", input: text }, undefined);
  }
}

/**
 * A search answer in our names; checked against the schema when `check` (a search's first page:
 * later pages of the same search come from the same code upstream, and an export pages through many).
 */
export function readSearch(answer: unknown, check: boolean): SearchResult {
  const ours = renameItems(renamed(answer, RENAMED.search));
  return check ? checked("search", ours) : (ours as SearchResult);
}

/** A transaction's detail in our names, checked against the schema. */
export function readTransaction(answer: unknown): TransactionDetail {
  return checked("transaction", renamed(answer, RENAMED.transaction));
}

/** A stats answer in our names, checked against the schema. */
export function readStats(answer: unknown): StatsResult {
  return checked("stats", renamed(answer, RENAMED.stats));
}

/** A facets answer in our names, checked against the schema. */
export function readFacets(answer: unknown): FacetsResult {
  return checked("facets", renamed(answer, RENAMED.facets));
}

function checked<A extends Answer>(answer: A, value: unknown): z.infer<(typeof ANSWERS)[A]["schema"]> {
  const { schema } = ANSWERS[answer];
  const result = schema.safeParse(value);
  if (result.success) return result.data as z.infer<(typeof ANSWERS)[A]["schema"]>;
  throw contractError(answer, result.error.issues[0]!, value);
}

const ANSWER_NAME: Record<Answer, string> = {
  search: "search",
  transaction: "transaction",
  stats: "statistics",
  facets: "facet counts",
};

// NOTE: on globalThis because Next.js may bundle this module once per route.
const logged = ((globalThis as unknown as { __trackContractLogged?: Set<string> }).__trackContractLogged ??= new Set());

/**
 * An answer that breaks the contract: a 502 naming the endpoint and the field, logged once per
 * endpoint and field (every request meets the same mismatch; the log needs it once).
 */
function contractError(answer: Answer, issue: z.core.$ZodIssue, value: unknown): TrackApiError {
  const path = issue.path.map(String);
  const field = path.join(".");
  const missing = path.length > 0 && valueAt(value, path) === undefined;
  const what = ANSWER_NAME[answer];
  const message = !field
    ? `The upstream's ${what} answer is not what this dashboard reads: ${issue.message}.`
    : missing
      ? `The upstream's ${what} answer has no \`${field}\`.`
      : `The upstream's ${what} answer has an unexpected \`${field}\`: ${issue.message}.`;
  const full = `${message} (${ANSWERS[answer].endpoint})`;
  const key = `${answer}:${path.map((part) => (/^\d+$/.test(part) ? "[]" : part)).join(".")}`;
  if (!logged.has(key)) {
    logged.add(key);
    console.error(`[track-client] ${full} Adapt lib/track-client/upstream-shape.ts to the host's answers.`);
  }
  return new TrackApiError(502, "upstream_contract", full, field || undefined);
}

function valueAt(value: unknown, path: string[]): unknown {
  let at = value;
  for (const part of path) {
    if (typeof at !== "object" || at === null) return undefined;
    at = (at as Record<string, unknown>)[part];
  }
  return at;
}
