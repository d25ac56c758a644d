import { describe, expect, it } from "vitest";
import { HttpError } from "@/lib/track-api/http/errors";
import { assertPlausibleTimes } from "./plausible-times";
import { ingestEventSchema } from "./schema";

const NOW = Date.UTC(2026, 2, 1, 12, 0, 0);

const event = (occurredAt: string, receivedAt?: string) =>
  ingestEventSchema.parse({
    eventId: "e1",
    transactionId: "t1",
    occurredAt,
    type: "RECEIVED",
    step: "INBOUND",
    ...(receivedAt
      ? {
          transaction: {
            documentType: "invoice",
            documentNumber: "INV-1",
            direction: "outbound",
            inChannel: "api",
            outChannel: "peppol",
            format: "ubl21",
            sender: { id: "0037:1", name: "A" },
            receiver: { id: "0037:2", name: "B" },
            businessPartner: { id: "0037:2", name: "B" },
            serviceProfile: "P",
            receivedAt,
          },
        }
      : {}),
  });

function refusal(events: ReturnType<typeof event>[]): HttpError | undefined {
  try {
    assertPlausibleTimes(events, NOW);
  } catch (error) {
    if (error instanceof HttpError) return error;
    throw error;
  }
}

describe("assertPlausibleTimes", () => {
  it.each(["2000-01-01T00:00:00Z", "2026-03-01T12:00:00Z", "2026-03-02T12:00:00Z", "2026-03-02T13:59:59+02:00"])(
    "accepts %s",
    (time) => {
      expect(refusal([event(time, time)])).toBeUndefined();
    },
  );

  it.each(["0000-01-01T00:00:00Z", "1999-12-31T23:59:59Z", "2026-03-02T12:00:01Z", "9999-12-31T23:59:59Z"])(
    "refuses occurredAt %s, naming the event and field",
    (time) => {
      const error = refusal([event("2026-03-01T11:00:00Z"), event(time)]);
      expect(error).toMatchObject({ status: 400, field: "events.1.occurredAt" });
      expect(error?.message).toContain(time);
    },
  );

  it("checks the transaction's receivedAt too", () => {
    expect(refusal([event("2026-03-01T11:00:00Z", "0000-01-01T00:00:00Z")])).toMatchObject({
      status: 400,
      field: "events.0.transaction.receivedAt",
    });
  });
});
