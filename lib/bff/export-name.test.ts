import { describe, expect, it } from "vitest";
import { searchRequestSchema } from "@/lib/filters/schema";
import { exportFileName } from "./export-name";

describe("export file name", () => {
  it("names the file after what was exported", () => {
    const request = searchRequestSchema.parse({
      filter: { status: ["error", "rejected"], documentType: ["invoice"], receivedFrom: "2026-11-01T00:00:00Z" },
    });
    expect(exportFileName(request, new Date("2026-11-27T10:00:00Z"))).toBe(
      "transactions-status-error-rejected-documenttype-invoice-2026-11-01-to-now-2026-11-27.csv",
    );
  });
});
