import { describe, expect, it } from "vitest";
import { loadSearch, serializeSearch, toSearchRequest, urlParamForField, type SearchParamsState } from "./url";

const NOW = Date.parse("2026-11-27T10:30:00Z");
const request = (query: string, timeZone = "Europe/Helsinki") =>
  toSearchRequest(loadSearch(`?${query}`), { now: NOW, timeZone });

describe("search URL codec", () => {
  it.each([
    "q=INV-1",
    "status=error,rejected",
    "type=invoice&dir=inbound",
    "in=peppol&out=email,print&format=edifact",
    "sender=Acme&receiver=Globex&partner=0037:12345678",
    "profile=Order-to-Cash&error=UNKNOWN_RECIPIENT",
    "overdue=true",
    "text=routing+rule",
    "range=7d",
    "from=2026-11-01&to=2026-11-02",
    "sort=amount.asc",
    "cursor=abc.def",
  ])("round-trips %s", (query) => {
    const state = loadSearch(`?${query}`);
    expect(serializeSearch(state)).toBe(`?${query}`);
  });

  it("leaves defaults out of the URL", () => {
    const empty = loadSearch("?");
    expect(serializeSearch(empty)).toBe("");
    expect(serializeSearch({ ...empty, status: null, q: null })).toBe("");
  });

  it.each<[string, object]>([
    ["", { filter: {}, sort: { field: "receivedAt", direction: "desc" } }],
    ["status=error&type=invoice,order", { filter: { status: ["error"], documentType: ["invoice", "order"] } }],
    ["overdue=false", { filter: { overdue: false } }],
    ["partner=0037%3A12345678", { filter: { businessPartner: "0037:12345678" } }],
    ["text=No+routing+rule", { filter: { text: "No routing rule" } }],
    ["range=today", { filter: { receivedFrom: "2026-11-26T22:00:00.000Z" } }],
    ["range=24h", { filter: { receivedFrom: "2026-11-26T10:30:00.000Z" } }],
    ["range=month", { filter: { receivedFrom: "2026-10-31T22:00:00.000Z" } }],
    [
      "from=2026-11-01&to=2026-11-02",
      { filter: { receivedFrom: "2026-10-31T22:00:00.000Z", receivedTo: "2026-11-02T22:00:00.000Z" } },
    ],
    ["from=2026-11-01T08:00:00Z", { filter: { receivedFrom: "2026-11-01T08:00:00Z" } }],
    ["sort=documentNumber.asc", { sort: { field: "documentNumber", direction: "asc" } }],
    ["cursor=abc", { page: { size: 50, cursor: "abc" } }],
  ])("maps ?%s to the Track API request", (query, expected) => {
    const result = request(query);
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.request).toMatchObject(expected);
  });

  it.each<[string, string]>([
    ["status=lost", "status"],
    ["type=memo", "type"],
    ["dir=sideways", "dir"],
    ["error=OOPS", "error"],
    ["overdue=maybe", "overdue"],
    ["range=2w", "range"],
    ["range=7d&from=2026-11-01", "range"],
    ["from=yesterday", "from"],
    ["from=2026-02-30", "from"],
    ["to=2026-04-31", "to"],
    ["from=2026-11-05&to=2026-11-01", "to"],
    ["sort=colour.asc", "sort"],
    ["sort=amount.sideways", "sort"],
    [`q=${"x".repeat(5000)}`, "q"],
    ["q=ab%00cd", "q"],
    ["q=ab%0Acd", "q"],
    ["q=%1B%5B2J", "q"],
    ["q=ab%C2%85cd", "q"],
    ["sender=Acme%00", "sender"],
    ["receiver=a%07b", "receiver"],
    ["partner=0037%7F", "partner"],
    ["profile=Order%00,Cash", "profile"],
    [`text=${"x".repeat(201)}`, "text"],
    ["text=ab%00cd", "text"],
    ["text=+++", "text"],
  ])("rejects ?%s naming the parameter %s", (query, param) => {
    const result = request(query);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.problem.param).toBe(param);
      expect(result.problem.message).toContain(param);
    }
  });

  it("says which value is unknown in words", () => {
    const result = request("status=error,lost");
    expect(!result.ok && result.problem.message).toBe(
      'status: unknown value "lost"; expected one of received, processing, sending, delivered, error, rejected',
    );
    const long = request(`q=${"x".repeat(5000)}`);
    expect(!long.ok && long.problem.message).toBe("q: the search text is too long (at most 200 characters)");
    const nul = request("q=ab%00cd");
    expect(!nul.ok && nul.problem.message).toBe("q: must not contain control characters");
    // The ends of a range are named by their URL parameters, not the Track API's filter keys.
    const reversed = request("from=2026-11-05&to=2026-11-01");
    expect(!reversed.ok && reversed.problem.message).toBe("to: must not be before from");
    const notADate = request("from=yesterday");
    expect(!notADate.ok && notADate.problem.message).toBe(
      "from: must be a date like 2026-11-30 or a date-time like 2026-11-30T08:15:00Z",
    );
    const updated = request("ufrom=2026-11-05T00:00:00Z&uto=2026-11-01T00:00:00Z");
    expect(!updated.ok && updated.problem.message).toBe("uto: must not be before ufrom");
  });

  it("keeps text around control characters that trimming removes", () => {
    const result = request("q=%09INV-1%0A");
    expect(result.ok && result.request.filter.q).toBe("INV-1");
  });

  it("maps Track API error fields back to URL parameters", () => {
    expect(urlParamForField("filter.businessPartner")).toBe("partner");
    expect(urlParamForField("filter.status.0")).toBe("status");
    expect(urlParamForField("filter.receivedTo")).toBe("to");
    expect(urlParamForField("page.cursor")).toBe("cursor");
    expect(urlParamForField("body")).toBeUndefined();
  });

  it("resolves a relative range against the time it is fetched", () => {
    const state: SearchParamsState = loadSearch("?range=24h");
    const a = toSearchRequest(state, { now: NOW });
    const b = toSearchRequest(state, { now: NOW + 60_000 });
    expect(
      a.ok && b.ok && Date.parse(b.request.filter.receivedFrom!) - Date.parse(a.request.filter.receivedFrom!),
    ).toBe(60_000);
  });
});
