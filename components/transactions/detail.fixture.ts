import type { TrackEvent, TransactionDetail } from "@/lib/domain/transaction";

/** An event of the sample transaction; only what a test cares about needs naming. */
export function sampleEvent(overrides: Partial<TrackEvent> & Pick<TrackEvent, "id" | "type" | "occurredAt">): TrackEvent {
  return { transactionId: "tx-1", ingestedAt: overrides.occurredAt, step: "INBOUND", level: "INFO", message: null, errorCode: null, ...overrides };
}

/** A failed outbound invoice with three events and two files, for component tests. */
export function sampleDetail(overrides: Partial<TransactionDetail> = {}): TransactionDetail {
  return {
    id: "tx-1",
    documentType: "invoice",
    documentNumber: "INV-2026-0042",
    direction: "outbound",
    inChannel: "api",
    outChannel: "peppol",
    format: "edifact",
    sender: { id: "0037:12345678", name: "Acme Oy" },
    receiver: { id: "0037:87654321", name: "Määttä Ab" },
    businessPartner: { id: "0037:87654321", name: "Määttä Ab" },
    serviceProfile: "standard",
    amount: 1234.5,
    currency: "EUR",
    status: "error",
    statusReason: "Receiving access point refused the connection",
    errorType: "CONNECTION_ERROR",
    businessStatus: null,
    overdue: true,
    receivedAt: "2026-11-27T10:00:00Z",
    updatedAt: "2026-11-27T10:03:00Z",
    deliveredAt: null,
    slaDueAt: "2026-11-27T11:00:00Z",
    events: [
      sampleEvent({ id: "e3", type: "ERROR", occurredAt: "2026-11-27T10:03:00Z", step: "OUTBOUND", level: "ERROR", message: "Connection refused", errorCode: "AP-503" }),
      sampleEvent({ id: "e1", type: "RECEIVED", occurredAt: "2026-11-27T10:00:00Z", message: "Received through the API" }),
      sampleEvent({ id: "e2", type: "VALIDATED", occurredAt: "2026-11-27T10:00:55Z", step: "VALIDATION", level: "WARNING", message: "Optional field missing" }),
    ],
    files: [
      { id: "document", name: "INV-2026-0042.edi", mediaType: "application/edifact", kind: "document", size: 2048 },
      { id: "attachment-1", name: "INV-2026-0042-invoice.pdf", mediaType: "application/pdf", kind: "attachment", size: 1_534_000 },
    ],
    ...overrides,
  };
}
