import { z } from "zod";
import { exportRequestSchema } from "@/lib/filters/schema";
import { csvHeaderOf, csvRowsOf, textStream, type CsvColumn } from "./csv";
import { eventResponse, transactionResponse } from "./transaction";

/** The formats of an event extract: one JSON object per line, or CSV. */
export const EVENT_EXTRACT_FORMATS = ["ndjson", "csv"] as const;
export type EventExtractFormat = (typeof EVENT_EXTRACT_FORMATS)[number];

/** Body of `POST /track/api/events/export`: a transaction search without paging, and the format. */
export const eventExtractRequestSchema = exportRequestSchema.extend({
  format: z.enum(EVENT_EXTRACT_FORMATS).default("ndjson").describe("ndjson (default) or csv"),
});
export type EventExtractRequest = z.infer<typeof eventExtractRequestSchema>;

/** One event of an extract, with what identifies its transaction. */
export const eventExtractRow = eventResponse.extend({
  documentType: transactionResponse.shape.documentType,
  documentNumber: transactionResponse.shape.documentNumber,
  transactionStatus: transactionResponse.shape.status.describe("The transaction's status when the extract ran"),
  businessPartner: transactionResponse.shape.businessPartner,
});
export type EventExtractRow = z.infer<typeof eventExtractRow>;

export const EVENT_CSV_COLUMNS: CsvColumn<EventExtractRow>[] = [
  ["Transaction ID", (e) => e.transactionId],
  ["Document type", (e) => e.documentType],
  ["Document number", (e) => e.documentNumber],
  ["Transaction status", (e) => e.transactionStatus],
  ["Business partner ID", (e) => e.businessPartner?.id],
  ["Business partner", (e) => e.businessPartner?.name],
  ["Event ID", (e) => e.id],
  ["Occurred at", (e) => e.occurredAt],
  ["Ingested at", (e) => e.ingestedAt],
  ["Type", (e) => e.type],
  ["Step", (e) => e.step],
  ["Level", (e) => e.level],
  ["Message", (e) => e.message],
  ["Error code", (e) => e.errorCode],
];

/** The media type of each format. */
export const EVENT_EXTRACT_MEDIA_TYPES: Record<EventExtractFormat, string> = {
  ndjson: "application/x-ndjson; charset=utf-8",
  csv: "text/csv; charset=utf-8",
};

/** An extract as a byte stream in `format`, chunk by chunk as they are read; `prefix` goes before a CSV's header. */
export function eventExtractStream(
  chunks: AsyncIterator<EventExtractRow[]>,
  format: EventExtractFormat,
  prefix = "",
): ReadableStream<Uint8Array> {
  return format === "csv"
    ? textStream(chunks, prefix + csvHeaderOf(EVENT_CSV_COLUMNS), (rows) => csvRowsOf(EVENT_CSV_COLUMNS, rows))
    : textStream(chunks, "", (rows) => rows.map((row) => JSON.stringify(row) + "\n").join(""));
}
