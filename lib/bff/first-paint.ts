import "server-only";
import { dehydrate, QueryClient, type DehydratedState } from "@tanstack/react-query";
import { cookies } from "next/headers";
import { createLoader } from "nuqs/server";
import { clockOffset } from "@/lib/clock";
import { overviewParsers } from "@/lib/filters/overview-params";
import { BROWSER_TZ_COOKIE, displayTimeZone, PICKED_TZ_COOKIE, readZoneCookie } from "@/lib/filters/time-zone";
import { loadSearch, resolveSearch } from "@/lib/filters/url-codec";
import {
  chartBucket,
  overviewSearch,
  resolveRange,
  searchApiUrl,
  statsApiUrl,
  statsQueryKey,
  transactionsQueryKey,
} from "@/lib/queries/keys";
import { activeSession } from "@/lib/session/active-session";
import type { SessionToken } from "@/lib/session/auth-options";
import { needsRefresh } from "@/lib/session/bff-session";
import { trackApi } from "@/lib/track-client/api";
import { overviewStats, statsViewKey } from "./overview-stats";
import { parseSearchQuery } from "./search-query";
import { parseStatsQuery } from "./stats-query";

/** The longest a page waits for its first data; past it the browser fetches them itself. */
export const FIRST_PAINT_BUDGET_MS = 1_500;

type PageParams = Record<string, string | string[] | undefined>;

/** A page's search params as `URLSearchParams` (a repeated parameter keeps every value). */
export function pageParams(record: PageParams): URLSearchParams {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(record))
    for (const one of Array.isArray(value) ? value : value === undefined ? [] : [value]) params.append(name, one);
  return params;
}

/** The viewer's time zone cookies as the server reads them: the pick and the browser's own zone. */
export async function viewerZones(): Promise<{ picked: string | null; browser: string | null }> {
  const store = await cookies();
  return {
    picked: readZoneCookie(store.get(PICKED_TZ_COOKIE)?.value),
    browser: readZoneCookie(store.get(BROWSER_TZ_COOKIE)?.value),
  };
}

/** The zone the page shows times in, as far as the server knows it (null on a first visit without `tz`). */
export async function serverTimeZone(params: URLSearchParams): Promise<string | null> {
  return displayTimeZone({ url: params.get("tz"), ...(await viewerZones()) });
}

/**
 * The session for a server render, or null: none, or its access token needs a refresh, whose new
 * cookie a server render cannot set (the browser's first BFF call refreshes it instead).
 */
async function renderSession(): Promise<SessionToken | null> {
  const store = await cookies();
  const jar = Object.fromEntries(store.getAll().map((c) => [c.name, c.value]));
  const session = await activeSession({ cookies: jar, headers: {} });
  return session && !needsRefresh(session) ? session : null;
}

/**
 * Runs `fill` (which puts the first queries' data into the client) in this process with the
 * session's token and dehydrates them for the page's HTML; null whenever that cannot be done in time
 * (no session, a token to refresh, an upstream error or a slow one): the browser then fetches as
 * before.
 */
export async function firstPaint(
  fill: (client: QueryClient, session: SessionToken) => Promise<void>,
  budgetMs = FIRST_PAINT_BUDGET_MS,
): Promise<DehydratedState | null> {
  // NOTE: a server whose data clock is moved (TRACK_CLOCK_OFFSET_MS, the calendar test servers) has
  // its browsers' clocks moved with it, so text rendered here on real time would not hydrate.
  if (clockOffset() !== 0) return null;
  const session = await renderSession().catch(() => null);
  if (!session) return null;
  const client = new QueryClient();
  const work = fill(client, session).then(
    () => true,
    () => false,
  );
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<false>((resolve) => (timer = setTimeout(() => resolve(false), budgetMs)));
  const done = await Promise.race([work, late]).finally(() => clearTimeout(timer));
  return done ? dehydrate(client) : null;
}

/** The list's first page for the page's URL, under the key `useTransactionsQuery` reads. */
export function prefetchList(params: URLSearchParams, timeZone: string) {
  return async (client: QueryClient, session: SessionToken) => {
    const state = loadSearch(params);
    if (!resolveSearch(state, { timeZone }).ok) return;
    const url = new URL(searchApiUrl("/api/transactions", state, timeZone), "http://localhost");
    const parsed = parseSearchQuery(url.searchParams);
    if (!parsed.ok) return;
    const result = await trackApi.search(session.accessToken, parsed.request);
    client.setQueryData(transactionsQueryKey(state, timeZone), result);
  };
}

const loadOverviewView = createLoader(overviewParsers);

/** The overview's stats for the page's URL, under the key `useStatsQuery` reads. */
export function prefetchOverview(params: URLSearchParams, timeZone: string) {
  return async (client: QueryClient, session: SessionToken) => {
    const effective = overviewSearch(loadSearch(params));
    const { bucket } = chartBucket(resolveRange(effective, Date.now(), timeZone), loadOverviewView(params).bucket);
    const url = new URL(statsApiUrl(effective, bucket, timeZone), "http://localhost");
    const parsed = parseStatsQuery(url.searchParams);
    if (!parsed.ok) return;
    const key = statsViewKey(session.tenant, session.roles, url.searchParams);
    const stats = await overviewStats(session.accessToken, parsed.request, key);
    client.setQueryData(statsQueryKey(effective, bucket, timeZone), stats);
  };
}
