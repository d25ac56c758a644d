import { z } from "zod";
import { exportRequestSchema } from "@/lib/filters/schema";
import { csvField, csvHeaderOf, textStream, type CsvColumn } from "./csv";
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

/**
 * One event of an extract as values, in the API's terms and EVENT_CSV_COLUMNS' order from "Event ID"
 * on: id, occurredAt, ingestedAt (ISO instants), type, step, level, message, errorCode. Whatever
 * follows is not written. The store reads these straight into arrays: no object per event.
 */
export type EventValues = readonly [
  id: string,
  occurredAt: string,
  ingestedAt: string,
  type: string,
  step: string,
  level: string,
  message: string | null,
  errorCode: string | null,
  ...rest: unknown[],
];

/** One transaction of an extract with its events (in lifecycle order) and what identifies it. */
export interface EventExtractGroup {
  id: string;
  documentType: EventExtractRow["documentType"];
  documentNumber: string | null;
  status: EventExtractRow["transactionStatus"];
  businessPartner: EventExtractRow["businessPartner"];
  events: EventValues[];
}

/** The rows of a group as objects (what a line of the NDJSON reads back as). */
export function eventExtractRows(group: EventExtractGroup): EventExtractRow[] {
  return group.events.map(([id, occurredAt, ingestedAt, type, step, level, message, errorCode]) => ({
    id,
    transactionId: group.id,
    occurredAt,
    ingestedAt,
    type: type as EventExtractRow["type"],
    step: step as EventExtractRow["step"],
    level: level as EventExtractRow["level"],
    message,
    errorCode,
    documentType: group.documentType,
    documentNumber: group.documentNumber,
    transactionStatus: group.status,
    businessPartner: group.businessPartner,
  }));
}

const json = JSON.stringify;

/**
 * NDJSON lines of a chunk: byte for byte `JSON.stringify` of each row of eventExtractRows, written
 * from the values with each transaction's part of the line made once (strings escaped by
 * JSON.stringify, the instants need none).
 */
export function ndjsonLinesOf(groups: readonly EventExtractGroup[]): string {
  let out = "";
  for (const g of groups) {
    const [transaction, tail] = ndjsonTransactionParts(g);
    for (const e of g.events) {
      out +=
        `{"id":${json(e[0])}${transaction}${e[1]}","ingestedAt":"${e[2]}","type":${json(e[3])}` +
        `,"step":${json(e[4])},"level":${json(e[5])},"message":${json(e[6])},"errorCode":${json(e[7])}${tail}`;
    }
  }
  return out;
}

/**
 * The parts of a transaction's NDJSON lines around its events' own fields: after the event's id (up
 * to the opening quote of `occurredAt`), and after its `errorCode` (to the line's end).
 */
export function ndjsonTransactionParts(g: Omit<EventExtractGroup, "events">): [string, string] {
  return [
    `,"transactionId":${json(g.id)},"occurredAt":"`,
    `,"documentType":${json(g.documentType)},"documentNumber":${json(g.documentNumber)}` +
      `,"transactionStatus":${json(g.status)},"businessPartner":${json(g.businessPartner)}}\n`,
  ];
}

/** CSV lines of a chunk: what csvRowsOf(EVENT_CSV_COLUMNS, …) writes, each transaction's fields made once. */
export function csvLinesOf(groups: readonly EventExtractGroup[]): string {
  let out = "";
  for (const g of groups) {
    const head =
      `${csvField(g.id)},${csvField(g.documentType)},${csvField(g.documentNumber)},${csvField(g.status)},` +
      `${csvField(g.businessPartner?.id)},${csvField(g.businessPartner?.name)},`;
    for (const e of g.events) {
      out +=
        `${head}${csvField(e[0])},${csvField(e[1])},${csvField(e[2])},${csvField(e[3])},${csvField(e[4])},` +
        `${csvField(e[5])},${csvField(e[6])},${csvField(e[7])}\r\n`;
    }
  }
  return out;
}

/** An extract as a byte stream in `format`, each chunk's text (or its UTF-8 bytes) as it is made; `prefix` goes before a CSV's header. */
export function eventExtractStream(
  texts: AsyncIterator<string | Uint8Array>,
  format: EventExtractFormat,
  prefix = "",
): ReadableStream<Uint8Array> {
  return textStream(texts, format === "csv" ? prefix + csvHeaderOf(EVENT_CSV_COLUMNS) : "", (text) => text);
}
