import { describe, expect, it } from "vitest";
import { loadSearch } from "@/lib/filters/url";
import { allowedStatuses, listHref, shownStatuses } from "./chart-links";

const span = { start: "2026-11-27T10:00:00.000Z", end: "2026-11-27T11:00:00.000Z" };

describe("chart links", () => {
  it("keep the filters, replace a relative range by the span and add the number's own filter", () => {
    const search = loadSearch("?range=today&type=invoice&sort=amount.asc&cursor=c9");
    const href = new URL(listHref(search, span, { status: ["error"] }), "http://x");
    expect(href.pathname).toBe("/transactions");
    expect(Object.fromEntries(href.searchParams)).toEqual({
      status: "error",
      type: "invoice",
      from: span.start,
      to: span.end,
      sort: "amount.asc",
    });
  });

  it("narrow statuses to what the filter allows, or to none", () => {
    expect(allowedStatuses(loadSearch("?"), ["sending", "received"])).toEqual(["received", "sending"]);
    expect(allowedStatuses(loadSearch("?status=error,sending"), ["received", "processing", "sending"])).toEqual([
      "sending",
    ]);
    expect(allowedStatuses(loadSearch("?status=error"), ["delivered"])).toBeNull();
    expect(shownStatuses(loadSearch("?status=rejected,error"))).toEqual(["error", "rejected"]);
  });
});
