import { describe, expect, it, vi } from "vitest";
import { parseSearchQuery } from "@/lib/bff/search-query";
import { currentNamesHref, withCurrentNames } from "./url-aliases";
import { loadSearch, serializeSearch } from "./url-codec";

// The table is empty until a parameter is renamed; these tests rename two, as a rename would.
const RENAMED = vi.hoisted(() => ({ kind: "type", counterparty: "partner" }));
vi.mock("./url-aliases", async (importOriginal) => ({
  ...(await importOriginal<typeof import("./url-aliases")>()),
  URL_ALIASES: RENAMED,
}));

const current = (query: string) => withCurrentNames(new URLSearchParams(query), RENAMED)?.toString() ?? null;

describe("former URL parameter names", () => {
  it.each<[string, string | null]>([
    ["kind=invoice&status=error", "type=invoice&status=error"],
    ["status=error&counterparty=Acme", "status=error&partner=Acme"],
    // A link that has both names: the current one wins.
    ["kind=order&type=invoice", "type=invoice"],
    ["type=invoice&status=error", null],
    ["", null],
  ])("%s is read as %s", (query, expected) => {
    expect(current(query)).toBe(expected);
  });

  it("gives the page's address under the current names, for a redirect", () => {
    expect(currentNamesHref("/transactions", { kind: ["invoice", "order"], cursor: "c1" }, RENAMED)).toBe(
      "/transactions?type=invoice&type=order&cursor=c1",
    );
    expect(currentNamesHref("/", { kind: "invoice", type: "order" }, RENAMED)).toBe("/?type=order");
    expect(currentNamesHref("/", { status: "error" }, RENAMED)).toBeNull();
  });

  it("are read by the search parsers: the page's state, its next link and the BFF's request", () => {
    const state = loadSearch("?kind=invoice,order&counterparty=0037:12345678");
    expect(state).toMatchObject({ documentType: ["invoice", "order"], businessPartner: "0037:12345678" });
    expect(serializeSearch(state)).toBe("?type=invoice,order&partner=0037:12345678");
    const parsed = parseSearchQuery(new URLSearchParams("kind=creditNote&tz=UTC"));
    expect(parsed.ok && parsed.request.filter).toEqual({ documentType: ["creditNote"] });
  });
});
