import type { EventExtractRequest } from "@/lib/domain/event-extract";
import type { ExportRequest, SearchRequest } from "@/lib/filters/schema";
import type { FacetsRequest } from "@/lib/filters/facets-schema";
import type { StatsRequest } from "@/lib/filters/stats-schema";
import type { ParsedIngestEvent } from "@/lib/track-api/ingest/schema";
import type { Db } from "./db";
import { getTransaction } from "./detail";
import { exportEvents } from "./event-export";
import { planEventText } from "./event-text";
import { exportTransactions } from "./export";
import { transactionFacets } from "./facets";
import { ingestEvents } from "./ingest";
import { searchTransactions } from "./search";
import { transactionStats } from "./stats";

/**
 * The store as one tenant sees it. Route handlers only ever get a tenant store built from the
 * token's tenant, so no route can read or write another tenant's rows. A request's message text is
 * planned for the index first (store/event-text.ts).
 */
export function tenantStore(db: Db, tenantId: string) {
  return {
    tenantId,
    search: async (request: SearchRequest, now?: number) =>
      searchTransactions(db, tenantId, await planEventText(db, tenantId, request), now),
    export: async (request: ExportRequest, now?: number) =>
      exportTransactions(db, tenantId, await planEventText(db, tenantId, request), now),
    exportEvents: async ({ format, ...request }: EventExtractRequest, now?: number) =>
      exportEvents(db, tenantId, await planEventText(db, tenantId, request), format, now),
    get: (id: string, now?: number) => getTransaction(db, tenantId, id, now),
    stats: async (request: StatsRequest, now?: number) =>
      transactionStats(db, tenantId, await planEventText(db, tenantId, request), now),
    facets: async (request: FacetsRequest, now?: number) =>
      transactionFacets(db, tenantId, await planEventText(db, tenantId, request), now),
    ingest: (events: ParsedIngestEvent[], now?: number, ingestedAt?: (event: ParsedIngestEvent) => number) =>
      ingestEvents(db, tenantId, events, now, ingestedAt),
  };
}
export type TenantStore = ReturnType<typeof tenantStore>;
