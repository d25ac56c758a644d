import "server-only";
import { loadSearch, toSearchRequest } from "@/lib/filters/url";
import { trackApi } from "@/lib/track-client/api";
import type { Measurement } from "./evaluate";
import type { AlertParams, AlertType } from "./types";
import { volumeWindows, type Window } from "./windows";

const MINUTE_MS = 60_000;

/** What the evaluator needs of a rule to measure it. */
export interface MeasuredRule {
  type: AlertType;
  query: string;
  params: AlertParams;
  timeZone: string;
  /** Where "any new" counts from: the last evaluation (or the rule's creation). */
  since: number;
}

const iso = (ms: number) => new Date(ms).toISOString();

/** The list's path for the rule's filter over a window: what a notification links to. */
export function listPath(query: string, window: Window | null, extra: Record<string, string> = {}): string {
  const params = new URLSearchParams(query);
  for (const [key, value] of Object.entries(extra)) params.set(key, value);
  if (window) {
    params.set("from", iso(window.from));
    params.set("to", iso(window.to));
  }
  const text = params.toString();
  return `/transactions${text ? `?${text}` : ""}`;
}

/**
 * Answers shared by the rules of one evaluation cycle: rules with the same filter and window (and
 * every lag rule) cost one upstream call, not one each. Keyed by the token, so never across tenants.
 */
export type CycleMemo = Map<string, Promise<unknown>>;

function memoized<T>(memo: CycleMemo | undefined, key: string, call: () => Promise<T>): Promise<T> {
  if (!memo) return call();
  let pending = memo.get(key) as Promise<T> | undefined;
  if (!pending) memo.set(key, (pending = call()));
  return pending;
}

/** The number of transactions matching the rule's filter (plus `extra` URL parameters) in a window. */
async function count(
  token: string,
  rule: MeasuredRule,
  window: Window | null,
  extra: Record<string, string> = {},
  memo?: CycleMemo,
) {
  const state = loadSearch(listPath(rule.query, window, extra));
  const request = toSearchRequest(state, { pageSize: 1, timeZone: rule.timeZone });
  if (!request.ok) throw new Error(`the rule's filter is no longer valid: ${request.problem.message}`);
  const result = await memoized(memo, `${token} ${JSON.stringify(request.request)}`, () =>
    trackApi.search(token, request.request),
  );
  if (typeof result.total !== "number") throw new Error("the Track API answered a search without its total");
  return result.total;
}

/**
 * Measures a rule through the Track API with `token` (its tenant's technical user): one search total
 * per window (five for expected volume), or the health endpoint's lag. Returns the measurement and
 * the list path of the window it looked at.
 */
export async function measureRule(
  token: string,
  rule: MeasuredRule,
  now: number,
  memo?: CycleMemo,
): Promise<{ measurement: Measurement; listPath: string }> {
  switch (rule.type) {
    case "count": {
      const window = { from: now - (rule.params.windowMinutes ?? 15) * MINUTE_MS, to: now };
      return {
        measurement: { type: "count", count: await count(token, rule, window, {}, memo) },
        listPath: listPath(rule.query, window),
      };
    }
    case "new": {
      const window = { from: Math.min(rule.since, now), to: now };
      return {
        measurement: { type: "count", count: await count(token, rule, window, {}, memo) },
        listPath: listPath(rule.query, window),
      };
    }
    case "overdue": {
      const extra = { overdue: "true" };
      return {
        measurement: { type: "count", count: await count(token, rule, null, extra, memo) },
        listPath: listPath(rule.query, null, extra),
      };
    }
    case "lag": {
      const health = await memoized(memo, "health", () => trackApi.health());
      if (!health) throw new Error("the Track API has no health endpoint, so its tracking lag is not known");
      return {
        measurement: { type: "lag", lagSeconds: health.trackingLag.seconds },
        listPath: listPath(rule.query, null),
      };
    }
    case "volume": {
      const windows = volumeWindows(now, rule.timeZone);
      const [today, ...baseline] = await Promise.all(
        [windows.today, ...windows.baseline].map((window) => count(token, rule, window, {}, memo)),
      );
      return { measurement: { type: "volume", today, baseline }, listPath: listPath(rule.query, windows.today) };
    }
  }
}
