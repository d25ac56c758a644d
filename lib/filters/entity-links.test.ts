import { describe, expect, it } from "vitest";
import { ENTITY_KEYS, filterOn } from "./entity-links";
import { serializeListUrl } from "./list-params";
import { loadSearch, toSearchRequest } from "./url";

const NOW = Date.parse("2026-11-27T10:30:00Z");
const linked = (query: string, ...args: Parameters<typeof filterOn>) =>
  serializeListUrl({ ...loadSearch(`?${query}`), ...filterOn(...args) });

describe("entity links", () => {
  it.each([
    ["", "businessPartner", "0037:12345678", "?partner=0037:12345678"],
    ["", "sender", "0037:1", "?sender=0037:1"],
    ["", "receiver", "Acme Oy", "?receiver=Acme+Oy"],
    ["", "inChannel", "peppol", "?in=peppol"],
    ["", "outChannel", "email", "?out=email"],
    ["", "serviceProfile", "Order-to-Cash", "?profile=Order-to-Cash"],
    ["", "errorType", "UNKNOWN_RECIPIENT", "?error=UNKNOWN_RECIPIENT"],
    // The rest of the view stays; the field's filter (an exclusion too) is replaced; paging starts over.
    ["status=error&range=7d&cursor=abc", "businessPartner", "0037:1", "?status=error&partner=0037:1&range=7d"],
    ["out=!print&partner=Other", "outChannel", "peppol", "?out=peppol&partner=Other"],
  ] as const)("from ?%s, %s %s links to %s", (query, key, value, href) => {
    expect(linked(query, key, value)).toBe(href);
  });

  it("makes a valid search for every linked field", () => {
    const values = { inChannel: "api", outChannel: "api", errorType: "SECURITY_ERROR" } as Record<string, string>;
    for (const key of ENTITY_KEYS) {
      const state = loadSearch(linked("", key, values[key] ?? "x"));
      const result = toSearchRequest(state, { now: NOW });
      expect(result.ok, key).toBe(true);
      if (result.ok) expect(JSON.stringify(result.request.filter[key])).toContain(values[key] ?? "x");
    }
  });
});
