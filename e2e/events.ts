import type { APIRequestContext } from "@playwright/test";
import { bearer, expect, tokenFor } from "./fixtures";

const HOUR = 3_600_000;

export interface StepSpec {
  type: string;
  step: string;
  level?: "INFO" | "WARNING" | "ERROR";
  errorCode?: string;
  message?: string;
}

/**
 * Ingest events for one outbound invoice: `steps` in order, `gapMs` apart from `start`; the first
 * carries the transaction's metadata (document number `E2E-<id>`).
 */
export function transactionEvents(id: string, start: number, steps: StepSpec[], gapMs = 60_000) {
  const at = (i: number) => new Date(start + i * gapMs).toISOString();
  return steps.map((s, i) => ({
    eventId: `${id}:${i}`,
    transactionId: id,
    occurredAt: at(i),
    level: "INFO",
    ...s,
    ...(i === 0
      ? {
          transaction: {
            documentType: "invoice",
            documentNumber: `E2E-${id}`,
            direction: "outbound",
            inChannel: "api",
            outChannel: "peppol",
            format: "peppolBis3",
            sender: { id: "0037:99999999", name: "Acme Oy" },
            receiver: { id: "0037:12345678", name: "E2E Receiver Oy" },
            businessPartner: { id: "0037:12345678", name: "E2E Receiver Oy" },
            serviceProfile: "E-invoice Sending",
            amount: 1234.5,
            currency: "EUR",
            receivedAt: at(0),
            slaDueAt: new Date(start + 4 * HOUR).toISOString(),
          },
        }
      : {}),
  }));
}

export const RECEIVED: StepSpec = { type: "RECEIVED", step: "INBOUND" };
export const CONNECTION_ERROR: StepSpec = {
  type: "ERROR",
  step: "ROUTING",
  level: "ERROR",
  errorCode: "CONNECTION_ERROR",
  message: "Connection refused by receiving access point",
};

/** Posts a batch to the Track API's ingest endpoint as Acme's ingest user; expects 202. */
export async function ingest(api: APIRequestContext, events: unknown[]) {
  const response = await api.post("/track/api/events", {
    headers: bearer(await tokenFor(api, "ingest@acme.test")),
    data: { events },
  });
  expect(response.status(), await response.text()).toBe(202);
  return response.json();
}
