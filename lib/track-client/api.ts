import "server-only";
import { EVENT_EXTRACT_MEDIA_TYPES, type EventExtractRequest } from "@/lib/domain/event-extract";
import type { FacetsResult } from "@/lib/domain/facets";
import type { StatsResult } from "@/lib/domain/stats";
import type { SearchResult, Transaction, TransactionDetail } from "@/lib/domain/transaction";
import { searchRequestSchema, type ExportRequest, type SearchRequest } from "@/lib/filters/schema";
import type { FacetsRequest } from "@/lib/filters/facets-schema";
import type { StatsRequest } from "@/lib/filters/stats-schema";
import { config } from "@/lib/config";
import { describeEndpoint, recordAbsent, upstreamHas, type OptionalEndpoint } from "./capabilities";
import { TrackApiError } from "./errors";
import { callTrackApi } from "./http";
import { answerJson, readFacets, readSearch, readStats, readTransaction } from "./upstream-shape";

const READ_RETRIES = 2;
/** Pages of a search by id read to find its exact row (`q` also matches ids that contain it). */
const FIND_PAGES = 3;
const FIND_PAGE_SIZE = 100;

const absent = (error: unknown) => error instanceof TrackApiError && (error.status === 404 || error.status === 405);

/**
 * A call of an endpoint the upstream may lack (lib/track-client/capabilities.ts): null when it does,
 * known from the probe or found by this call's 404 or 405.
 */
async function ifOffered<T>(name: OptionalEndpoint, call: () => Promise<T>): Promise<T | null> {
  if ((await upstreamHas(name)) === false) return null;
  try {
    return await call();
  } catch (error) {
    if (config.embedded || !absent(error)) throw error;
    recordAbsent(name);
    return null;
  }
}

/** The answer for a page that needs an endpoint the upstream does not offer. */
export const notOffered = (name: OptionalEndpoint, what: string) =>
  new TrackApiError(
    501,
    "not_offered",
    `The Track API this dashboard uses has no ${describeEndpoint(name)} endpoint, so ${what}.`,
  );

const searchCall = (token: string, request: SearchRequest, signal?: AbortSignal) =>
  callTrackApi("/track/api/transactions", { method: "POST", token, body: request, retries: READ_RETRIES, signal });

/** Typed calls of the Track API with a bearer token. Searches are reads, so they are retried. */
export const trackApi = {
  async search(token: string, request: SearchRequest, signal?: AbortSignal): Promise<SearchResult> {
    const response = await searchCall(token, request, signal);
    if (config.embedded) return response.json();
    return readSearch(await answerJson(response, "search"), !request.page.cursor);
  },
  /**
   * A search's answer as a Response for the BFF to pass on: in embedded mode the upstream's as it
   * comes, unparsed; in remote mode read through upstream-shape.ts (a first page checked).
   */
  async searchResponse(token: string, request: SearchRequest, signal?: AbortSignal): Promise<Response> {
    const response = await searchCall(token, request, signal);
    if (config.embedded) return response;
    return Response.json(readSearch(await answerJson(response, "search"), !request.page.cursor));
  },
  /**
   * One transaction's row from searches by its id, or null. `q` matches any id (and document number
   * or party) that contains the text, so the row whose id is exactly `id` is picked from the pages.
   */
  async findById(token: string, id: string): Promise<Transaction | null> {
    let cursor: string | undefined;
    for (let page = 0; page < FIND_PAGES; page++) {
      const request = searchRequestSchema.safeParse({ filter: { q: id }, page: { size: FIND_PAGE_SIZE, cursor } });
      // An id that is no valid search text (too long, control characters) is no transaction's.
      if (!request.success || request.data.filter.q !== id) return null;
      const result = await trackApi.search(token, request.data);
      const row = result.items.find((item) => item.id === id);
      if (row) return row;
      if (!result.nextCursor) return null;
      cursor = result.nextCursor;
    }
    return null;
  },
  /** A fingerprint of a live view: its total and most recently updated transaction. */
  async probe(token: string, request: SearchRequest, loopId: string): Promise<string> {
    const body = { ...request, sort: { field: "updatedAt" as const, direction: "desc" as const }, page: { size: 1 } };
    const response = await callTrackApi("/track/api/transactions", {
      method: "POST",
      token,
      body,
      headers: { "x-live-loop": loopId },
    });
    const result = config.embedded
      ? ((await response.json()) as SearchResult)
      : readSearch(await answerJson(response, "search"), false);
    const top = result.items[0];
    return `${result.total}|${top?.id ?? ""}|${top?.updatedAt ?? ""}`;
  },
  /** The events of every transaction of a search, as NDJSON or CSV, as the upstream Response to stream through. */
  async exportEvents(token: string, request: EventExtractRequest, signal?: AbortSignal): Promise<Response> {
    const response = await ifOffered("eventExport", () =>
      callTrackApi("/track/api/events/export", {
        method: "POST",
        token,
        body: request,
        retries: READ_RETRIES,
        signal,
        headers: { accept: EVENT_EXTRACT_MEDIA_TYPES[request.format] },
      }),
    );
    if (!response)
      throw notOffered("eventExport", "events cannot be extracted in bulk (each transaction's page shows its own)");
    return response;
  },
  /**
   * Every row of a search as CSV (header line first), as the upstream Response to stream through;
   * null when the upstream has no export endpoint (callers then page through `search`).
   */
  async export(token: string, request: ExportRequest, signal?: AbortSignal): Promise<Response | null> {
    try {
      return await callTrackApi("/track/api/transactions/export", {
        method: "POST",
        token,
        body: request,
        retries: READ_RETRIES,
        signal,
        headers: { accept: "text/csv" },
      });
    } catch (error) {
      if (absent(error)) return null;
      throw error;
    }
  },
  async transaction(token: string, id: string): Promise<TransactionDetail> {
    const response = await callTrackApi(`/track/api/transactions/${encodeURIComponent(id)}`, {
      token,
      retries: READ_RETRIES,
    });
    return config.embedded ? response.json() : readTransaction(await answerJson(response, "transaction"));
  },
  /** The file as the upstream Response, to be streamed through. */
  file(token: string, id: string, fileId: string, disposition: "inline" | "attachment"): Promise<Response> {
    const path = `/track/api/transactions/${encodeURIComponent(id)}/files/${encodeURIComponent(fileId)}?disposition=${disposition}`;
    return callTrackApi(path, { token, retries: READ_RETRIES, headers: { accept: "*/*" } });
  },
  /** The overview's numbers; a 501 `not_offered` when the upstream has no stats endpoint. */
  async stats(token: string, request: StatsRequest): Promise<StatsResult> {
    const response = await ifOffered("stats", () =>
      callTrackApi("/track/api/transactions/stats", { method: "POST", token, body: request, retries: READ_RETRIES }),
    );
    if (!response) throw notOffered("stats", "the overview's numbers cannot be shown");
    return config.embedded ? response.json() : readStats(await answerJson(response, "stats"));
  },
  /** The count of each enumerated field's values for a filter; null when the upstream has no facets endpoint. */
  async facets(token: string, request: FacetsRequest, signal?: AbortSignal): Promise<FacetsResult | null> {
    const response = await ifOffered("facets", () =>
      callTrackApi("/track/api/transactions/facets", {
        method: "POST",
        token,
        body: request,
        retries: READ_RETRIES,
        signal,
      }),
    );
    if (!response) return null;
    return config.embedded ? response.json() : readFacets(await answerJson(response, "facets"));
  },
  /** The upstream's tracking lag; null when the upstream has no health endpoint. */
  async health(): Promise<{ trackingLag: { seconds: number | null; level: string } } | null> {
    const response = await ifOffered("health", () => callTrackApi("/track/api/health", { retries: 1 }));
    return response ? response.json() : null;
  },
};
