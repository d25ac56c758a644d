import { z } from "zod";
import {
  BUSINESS_STATUSES,
  CHANNELS,
  DIRECTIONS,
  DOCUMENT_TYPES,
  ERROR_TYPES,
  EVENT_LEVELS,
  EVENT_STEPS,
  EVENT_TYPES,
  FORMATS,
  STATUSES,
} from "./enums";

// The Track API's response shapes. The zod schemas feed the OpenAPI document; the types feed the code.

/** A party of a transaction: a Business Network participant id (`0037:12345678`) and its name. */
export const partyResponse = z.object({ id: z.string(), name: z.string() });
export type Party = z.infer<typeof partyResponse>;

const time = z.string().describe("ISO 8601 date-time in UTC");
const nullable = <T extends z.ZodType>(schema: T) => schema.nullable();

/** A transaction as the Track API returns it in search results. */
export const transactionResponse = z.object({
  id: z.string(),
  documentType: nullable(z.enum(DOCUMENT_TYPES)),
  documentNumber: nullable(z.string()),
  direction: nullable(z.enum(DIRECTIONS)),
  inChannel: nullable(z.enum(CHANNELS)),
  outChannel: nullable(z.enum(CHANNELS)),
  format: nullable(z.enum(FORMATS)),
  sender: nullable(partyResponse),
  receiver: nullable(partyResponse),
  businessPartner: nullable(partyResponse).describe(
    "The counterparty: the sender of inbound, the receiver of outbound documents",
  ),
  serviceProfile: nullable(z.string()),
  amount: nullable(z.number()).describe("Payable amount including VAT (invoices and credit notes)"),
  currency: nullable(z.string()),
  status: z.enum(STATUSES),
  statusReason: nullable(z.string()),
  errorType: nullable(z.enum(ERROR_TYPES)),
  businessStatus: nullable(z.enum(BUSINESS_STATUSES)),
  overdue: z.boolean().describe("Past slaDueAt and not delivered or rejected"),
  receivedAt: time,
  updatedAt: time,
  deliveredAt: nullable(time),
  slaDueAt: nullable(time),
});
export type Transaction = z.infer<typeof transactionResponse>;

export const eventResponse = z.object({
  id: z.string(),
  transactionId: z.string(),
  occurredAt: time,
  ingestedAt: time,
  type: z.enum(EVENT_TYPES),
  step: z.enum(EVENT_STEPS),
  level: z.enum(EVENT_LEVELS),
  message: nullable(z.string()),
  errorCode: nullable(z.string()),
});
export type TrackEvent = z.infer<typeof eventResponse>;

export const fileResponse = z.object({
  id: z.string(),
  name: z.string(),
  mediaType: z.string(),
  kind: z.enum(["document", "attachment"]),
  size: z.int(),
});
export type TransactionFile = z.infer<typeof fileResponse>;

/** How a related document stands to the transaction whose detail lists it. */
export const RELATIONS = ["referenced", "referencing", "sibling", "chain"] as const;
export type Relation = (typeof RELATIONS)[number];

/** At most this many related documents in a detail. */
export const MAX_RELATED = 20;

/** A document of the same business exchange (order, responses, despatch advice, invoice, invoice response). */
export const relatedResponse = z.object({
  id: z.string(),
  documentType: nullable(z.enum(DOCUMENT_TYPES)),
  documentNumber: nullable(z.string()),
  status: z.enum(STATUSES),
  relation: z
    .enum(RELATIONS)
    .describe(
      "referenced: this transaction's reference names it; referencing: its reference names this transaction; sibling: both reference the same document; chain: further along the same chain",
    ),
  receivedAt: time,
});
export type RelatedTransaction = z.infer<typeof relatedResponse>;

export const transactionDetailResponse = transactionResponse.extend({
  events: z.array(eventResponse).describe("In lifecycle order"),
  files: z.array(fileResponse),
  reference: nullable(z.string())
    .optional()
    .describe("The document number of the document this one answers or follows (ingested as metadata reference)"),
  related: z
    .array(relatedResponse)
    .optional()
    .describe(
      `Documents linked by reference, both ways and along the chain, oldest first; same tenant only; at most ${MAX_RELATED}. The embedded Track API always answers it; a host without it shows no chain`,
    ),
});
export type TransactionDetail = z.infer<typeof transactionDetailResponse>;

/** What a remote Track API without the detail or files endpoint cannot tell about a transaction. */
export const DRILL_DOWN_GAPS = ["events", "files"] as const;
export type DrillDownGap = (typeof DRILL_DOWN_GAPS)[number];

/** The BFF's drill-down answer: the detail, and what of it the upstream could not give (remote mode). */
export type TransactionView = TransactionDetail & { unavailable?: DrillDownGap[] };

export const searchResponse = z.object({
  items: z.array(transactionResponse),
  total: z
    .int()
    .describe("Exact number of transactions matching the filter, or a lower bound when totalRelation is gte"),
  totalRelation: z
    .enum(["eq", "gte"])
    .optional()
    .describe(
      "gte: total is a lower bound (a message text found in too many transactions to count them all); absent or eq: total is exact",
    ),
  nextCursor: nullable(z.string()).describe("Pass as page.cursor for the next page; null on the last page"),
  prevCursor: nullable(z.string())
    .optional()
    .describe("Pass as page.cursor for the previous page; null on the first page (absent from older hosts)"),
  offset: z
    .int()
    .min(0)
    .optional()
    .describe("How many matching transactions come before this page, when known (0 on the first page)"),
});
export type SearchResult = z.infer<typeof searchResponse>;
