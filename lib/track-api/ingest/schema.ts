import { z } from "zod";
import {
  BUSINESS_STATUSES,
  CHANNELS,
  DIRECTIONS,
  DOCUMENT_TYPES,
  EVENT_LEVELS,
  EVENT_STEPS,
  EVENT_TYPES,
  FORMATS,
} from "@/lib/domain/enums";

export const MAX_INGEST_BATCH = 5000;

const instant = z.iso.datetime({ offset: true, message: "must be an ISO 8601 date-time, e.g. 2026-01-31T12:00:00Z" });
const partyId = z.string().trim().min(1).max(100);
export const partySchema = z.strictObject({ id: partyId, name: z.string().trim().min(1).max(200) });

/**
 * What the network knows about a transaction when it enters (carried by its RECEIVED event, or by any
 * event). Merged into the transaction regardless of the order events arrive in.
 */
export const transactionMetadataSchema = z
  .strictObject({
    documentType: z.enum(DOCUMENT_TYPES),
    documentNumber: z.string().trim().min(1).max(100),
    direction: z.enum(DIRECTIONS),
    inChannel: z.enum(CHANNELS),
    outChannel: z.enum(CHANNELS),
    format: z.enum(FORMATS),
    sender: partySchema,
    receiver: partySchema,
    businessPartner: partySchema,
    serviceProfile: z.string().trim().min(1).max(100),
    amount: z.number().finite().nullable(),
    currency: z
      .string()
      .regex(/^[A-Z]{3}$/, "must be an ISO 4217 code such as EUR")
      .nullable(),
    receivedAt: instant,
    slaDueAt: instant.nullable(),
    attachments: z.int().min(0).max(10).default(0),
    /**
     * The document number of the business document this one answers or follows (an invoice response
     * its invoice; an order response, despatch advice or invoice its order): links the drill-down's chain.
     */
    reference: z
      .string()
      .trim()
      .min(1)
      .max(100)
      .describe(
        "Document number of the document this one answers or follows: an order response, despatch advice or invoice its order's, an invoice response its invoice's",
      ),
  })
  .partial({ amount: true, currency: true, slaDueAt: true, attachments: true, reference: true });
export type TransactionMetadata = z.input<typeof transactionMetadataSchema>;

export const ingestEventSchema = z.strictObject({
  eventId: z.string().trim().min(1).max(100),
  transactionId: z.string().trim().min(1).max(100),
  occurredAt: instant,
  type: z.enum(EVENT_TYPES),
  step: z.enum(EVENT_STEPS),
  level: z.enum(EVENT_LEVELS).default("INFO"),
  message: z.string().max(2000).optional(),
  errorCode: z.string().max(100).optional(),
  /** For INVOICE_RESPONSE_RECEIVED and MLR_RECEIVED: the business status the recipient reported. */
  businessStatus: z.enum(BUSINESS_STATUSES).optional(),
  transaction: transactionMetadataSchema.optional(),
});
export type IngestEvent = z.input<typeof ingestEventSchema>;
export type ParsedIngestEvent = z.output<typeof ingestEventSchema>;

/** Body of `POST /track/api/events`. */
export const ingestRequestSchema = z.strictObject({
  events: z.array(ingestEventSchema).min(1).max(MAX_INGEST_BATCH),
});

export interface IngestResult {
  accepted: number;
  duplicates: number;
  transactions: number;
}
