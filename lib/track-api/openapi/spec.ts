import { z } from "zod";
import { eventExtractRequestSchema, eventExtractRow } from "@/lib/domain/event-extract";
import { facetsResponse } from "@/lib/domain/facets";
import { statsResponse } from "@/lib/domain/stats";
import { searchResponse, transactionDetailResponse } from "@/lib/domain/transaction";
import { facetsRequestSchema } from "@/lib/filters/facets-schema";
import { exportRequestSchema, searchRequestSchema } from "@/lib/filters/schema";
import { statsRequestSchema } from "@/lib/filters/stats-schema";
import { ingestRequestSchema } from "@/lib/track-api/ingest/schema";

const schema = (s: z.ZodType, io: "input" | "output") => {
  const { $schema: _ignored, ...rest } = z.toJSONSchema(s, { io, unrepresentable: "any" }) as Record<string, unknown>;
  return rest;
};

const error = {
  description: "Error",
  content: {
    "application/json": {
      schema: {
        type: "object",
        properties: {
          error: {
            type: "object",
            properties: { message: { type: "string" }, code: { type: "string" }, field: { type: "string" } },
            required: ["message", "code"],
          },
        },
      },
    },
  },
};
const errors = { 400: error, 401: error, 403: error };
const body = (s: z.ZodType) => ({ required: true, content: { "application/json": { schema: schema(s, "input") } } });
const ok = (s: z.ZodType | Record<string, unknown>, description = "OK") => ({
  description,
  content: { "application/json": { schema: s instanceof z.ZodType ? schema(s, "output") : s } },
});
const idParam = { name: "id", in: "path", required: true, schema: { type: "string" } };

/** The OpenAPI 3.1 document of the embedded Track API at `origin` (the public address), generated from the request schemas in code. */
export function openApiSpec(origin: string) {
  return {
    openapi: "3.1.0",
    info: {
      title: "Track API",
      version: "1.0.0",
      description:
        "Search, monitor and extract Business Network transaction event data. Get a token with the OAuth 2.0 password grant at /auth/token (client credentials in HTTP Basic), then send it as a Bearer token.",
    },
    servers: [{ url: origin }],
    components: {
      securitySchemes: {
        oauth2: {
          type: "oauth2",
          flows: {
            password: { tokenUrl: `${origin}/auth/token`, scopes: { openid: "", email: "", userInfo: "", roles: "" } },
          },
        },
      },
    },
    security: [{ oauth2: [] }],
    paths: {
      "/track/api/transactions": {
        post: {
          summary: "Search transactions (role track)",
          requestBody: body(searchRequestSchema),
          responses: { 200: ok(searchResponse), ...errors },
        },
      },
      "/track/api/transactions/export": {
        post: {
          summary: "Every transaction of a search as CSV, in the search's sort order, streamed (role track)",
          requestBody: body(exportRequestSchema),
          responses: {
            200: {
              description:
                "CSV with a header line; x-total-count is the total when the export started (absent when only a lower bound is known: see totalRelation)",
              headers: { "x-total-count": { schema: { type: "integer" } } },
              content: { "text/csv": { schema: { type: "string" } } },
            },
            ...errors,
          },
        },
      },
      "/track/api/transactions/{id}": {
        get: {
          summary: "One transaction with its events and files (role track)",
          parameters: [idParam],
          responses: { 200: ok(transactionDetailResponse), ...errors, 404: error },
        },
      },
      "/track/api/transactions/{id}/files/{fileId}": {
        get: {
          summary: "Download a file of a transaction (role blob)",
          parameters: [
            idParam,
            { name: "fileId", in: "path", required: true, schema: { type: "string" } },
            { name: "disposition", in: "query", schema: { enum: ["inline", "attachment"] } },
          ],
          responses: { 200: { description: "The file" }, ...errors, 404: error },
        },
      },
      "/track/api/transactions/stats": {
        post: {
          summary: "Time series by status and breakdowns (role track; ranges over 7 days need role report)",
          description:
            "The answer's asOf is the instant it counted at: a search with filter.asOf set to it finds exactly the transactions counted, leaving out those stored later (late events with an earlier receivedAt).",
          requestBody: body(statsRequestSchema),
          responses: { 200: ok(statsResponse), ...errors },
        },
      },
      "/track/api/transactions/facets": {
        post: {
          summary: "Facet counts: the count of each value of every enumerated field under the filter (role track)",
          description:
            "For each field (status, documentType, inChannel, outChannel, format, errorType, businessStatus, or those in `fields`), the count of each of its values among the transactions that match the filter without that field's own clause (its values and its `not` exclusions), as a search engine's filter menus show them. Counts whose remaining filter names only status, documentType, direction, inChannel, outChannel, format, errorType, businessStatus and the received range are summed from the rollups and exact; the others are counted over the newest `scanLimit` matching transactions, and `exact` is false when that limit was reached; a message text's collected matches, up to twice `scanLimit`, are counted whole and exactly.",
          requestBody: body(facetsRequestSchema),
          responses: { 200: ok(facetsResponse), ...errors },
        },
      },
      "/track/api/events": {
        post: {
          summary: "Ingest a batch of events, idempotent by (transactionId, eventId) (role ingest)",
          description:
            "An event is identified by its transaction and its id: a replay (same transactionId and eventId) is counted as a duplicate and changes nothing, while the same eventId under another transactionId is another event. Batches may be sent by several clients at once and in any order. occurredAt and transaction.receivedAt must lie between 2000-01-01 and a day ahead of the server's clock; otherwise the batch is refused with a 400 naming the event and field, e.g. events.3.occurredAt.",
          requestBody: body(ingestRequestSchema),
          responses: {
            202: ok({
              type: "object",
              properties: {
                accepted: { type: "integer" },
                duplicates: { type: "integer" },
                transactions: { type: "integer" },
              },
            }),
            ...errors,
          },
        },
      },
      "/track/api/events/export": {
        post: {
          summary:
            "The events of every transaction a search matches, streamed: transactions in the search's sort order, each one's events in lifecycle order (role track)",
          requestBody: body(eventExtractRequestSchema),
          responses: {
            200: {
              description:
                "NDJSON (one event per line) or CSV with a header line; x-total-count is the number of matching transactions when the extract started (absent when only a lower bound is known: see totalRelation)",
              headers: { "x-total-count": { schema: { type: "integer" } } },
              content: {
                "application/x-ndjson": { schema: schema(eventExtractRow, "output") },
                "text/csv": { schema: { type: "string" } },
              },
            },
            ...errors,
          },
        },
      },
      "/track/api/health": {
        get: { summary: "Health and tracking lag", security: [], responses: { 200: ok({ type: "object" }) } },
      },
    },
  };
}
