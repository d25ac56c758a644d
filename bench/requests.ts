import SQLite from "better-sqlite3";
import { DAY_MS, startOfLocalDay } from "@/lib/domain/time-buckets";
import { searchRequestSchema, type SearchRequest } from "@/lib/filters/schema";
import { statsRequestSchema, type StatsRequest } from "@/lib/filters/stats-schema";
import type { Dataset } from "./generate";

/** Values picked from a dataset so every size is asked the same kind of question. */
export interface Sample {
  documentNumber: string;
  partnerId: string;
  /** A word of the busiest partner's name: free text that matches many rows. */
  commonWord: string;
}

export function pickSample(dataset: Dataset, tenantId = "acme"): Sample {
  const sqlite = new SQLite(dataset.file, { readonly: true });
  const half = Math.floor((dataset.tenants.find((t) => t.id === tenantId)?.transactions ?? 1) / 2);
  const doc = sqlite
    .prepare(
      "select document_number from transactions where tenant_id = ? and document_number is not null order by received_at, id limit 1 offset ?",
    )
    .get(tenantId, half) as { document_number: string };
  const partner = sqlite
    .prepare(
      "select partner_id, max(partner_name) as name, count(*) as n from transactions where tenant_id = ? group by partner_id order by n desc limit 1",
    )
    .get(tenantId) as { partner_id: string; name: string };
  sqlite.close();
  const commonWord = partner.name
    .toLowerCase()
    .split(/\s+/)
    .sort((a, b) => b.length - a.length)[0];
  return { documentNumber: doc.document_number, partnerId: partner.partner_id, commonWord };
}

export interface NamedSearch {
  name: string;
  request: SearchRequest;
  /** Pages to walk first; the measured request is the page after them. */
  deepPages?: number;
}

const iso = (ms: number) => new Date(ms).toISOString();

/** The twelve representative searches of the issue, relative to the dataset's `now`. */
export function searchRequests(sample: Sample, now: number): NamedSearch[] {
  const search = (name: string, body: object, deepPages?: number): NamedSearch => ({
    name,
    request: searchRequestSchema.parse(body),
    deepPages,
  });
  const last = (ms: number) => ({ receivedFrom: iso(now - ms), receivedTo: iso(now) });
  return [
    search("empty filter (newest first)", { filter: {} }),
    search("status error", { filter: { status: ["error"] } }),
    search("exact document number", { filter: { q: sample.documentNumber } }),
    search("one partner", { filter: { businessPartner: sample.partnerId } }),
    search("seven-day range", { filter: last(7 * DAY_MS) }),
    search("status + channel + 30-day range", {
      filter: { status: ["error", "rejected"], outChannel: ["peppol", "email"], ...last(30 * DAY_MS) },
    }),
    search("sort by amount", { filter: {}, sort: { field: "amount", direction: "desc" } }),
    search("keyset page 200 deep", { filter: {} }, 199),
    search("free text matching many", { filter: { q: sample.commonWord } }),
    search("type + direction", { filter: { documentType: ["invoice", "creditNote"], direction: "inbound" } }),
    search("overdue", { filter: { overdue: true } }),
    search("live probe (24 h, updatedAt desc, 1 row)", {
      filter: last(DAY_MS),
      sort: { field: "updatedAt", direction: "desc" },
      page: { size: 1 },
    }),
  ];
}

export interface NamedStats {
  name: string;
  request: StatsRequest;
}

/** The dashboard's two stats views: today by hour, and 30 days by day, with every breakdown. */
export function statsRequests(now: number, timeZone = "Europe/Helsinki"): NamedStats[] {
  const stats = (name: string, from: number, bucket: "hour" | "day") => ({
    name,
    request: statsRequestSchema.parse({ filter: { receivedFrom: iso(from), receivedTo: iso(now) }, bucket, timeZone }),
  });
  return [
    stats("today by hour", startOfLocalDay(now, timeZone), "hour"),
    stats("30 days by day", startOfLocalDay(now - 29 * DAY_MS, timeZone), "day"),
  ];
}
