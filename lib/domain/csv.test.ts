import { describe, expect, it } from "vitest";
import { csvField, csvHeader, csvRows, CSV_COLUMNS } from "./csv";

describe("CSV export", () => {
  it.each<[string | number | boolean | null, string]>([
    ["plain", "plain"],
    ["Acme, Oy", '"Acme, Oy"'],
    ['say "hi"', '"say ""hi"""'],
    ["two\nlines", '"two\nlines"'],
    ["=HYPERLINK(1)", "'=HYPERLINK(1)"],
    ["@SUM(1)", "'@SUM(1)"],
    [-12.5, "-12.5"],
    [true, "true"],
    [null, ""],
  ])("writes %j as %s", (value, expected) => {
    expect(csvField(value)).toBe(expected);
  });

  it("writes one line per transaction with a field per column", () => {
    const tx = {
      id: "t1",
      documentType: "invoice",
      documentNumber: "INV-1",
      status: "error",
      statusReason: "Unknown, recipient",
      errorType: "UNKNOWN_RECIPIENT",
      businessStatus: null,
      overdue: false,
      direction: "outbound",
      sender: { id: "0037:1", name: "A" },
      receiver: { id: "0037:2", name: "B" },
      businessPartner: { id: "0037:2", name: "B" },
      inChannel: "api",
      outChannel: "peppol",
      format: "peppolBis3",
      serviceProfile: "x",
      amount: 10,
      currency: "EUR",
      receivedAt: "2026-01-01T00:00:00.000Z",
      updatedAt: "2026-01-01T00:00:00.000Z",
      deliveredAt: null,
      slaDueAt: null,
    } as const;
    const lines = csvRows([tx, tx]).split("\r\n").filter(Boolean);
    expect(lines).toHaveLength(2);
    expect(lines[0].startsWith('t1,invoice,INV-1,error,"Unknown, recipient",UNKNOWN_RECIPIENT')).toBe(true);
    expect(csvHeader().split(",")).toHaveLength(CSV_COLUMNS.length);
  });
});
