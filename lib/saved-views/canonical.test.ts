import { describe, expect, it, vi } from "vitest";
import { canonicalQuery } from "./canonical";
import { createViewSchema, updateViewSchema, bodyProblem } from "./schema";

// The alias table is empty until a parameter is renamed; these tests rename two, as a rename would.
const RENAMED = vi.hoisted(() => ({ kind: "type", counterparty: "partner" }));
vi.mock("@/lib/filters/url-aliases", async (importOriginal) => ({
  ...(await importOriginal<typeof import("@/lib/filters/url-aliases")>()),
  URL_ALIASES: RENAMED,
}));

describe("a saved view's query", () => {
  it.each<[page: "list" | "overview", given: string, canonical: string]>([
    ["list", "", ""],
    ["list", "?status=error,rejected&type=invoice", "status=error,rejected&type=invoice"],
    // Parameters in the registry's order, whatever order the link had.
    ["list", "type=invoice&status=error", "status=error&type=invoice"],
    // Former names are stored under their current ones; where both appear the current one wins.
    ["list", "kind=invoice&counterparty=0037:12345678", "type=invoice&partner=0037:12345678"],
    ["overview", "kind=order&type=invoice&range=7d", "type=invoice&range=7d"],
    // Defaults, the page cursor and parameters the page does not read are left out.
    ["list", "status=error&cursor=abc.def&sort=receivedAt.desc&density=comfortable", "status=error"],
    ["list", "status=error&utm_source=mail", "status=error"],
    [
      "list",
      "sort=amount.asc&cols=status,amount&density=compact&live=off",
      "sort=amount.asc&cols=status,amount&density=compact&live=off",
    ],
    ["overview", "range=30d&bucket=hour&tables=time,type&live=off", "range=30d&bucket=hour&live=off&tables=time,type"],
    // The overview has no row order; the list has no charts.
    ["overview", "status=error&sort=amount.asc", "status=error"],
    ["list", "status=error&tables=time", "status=error"],
    ["list", "from=2026-11-01&to=2026-11-07&q=INV 1", "q=INV+1&from=2026-11-01&to=2026-11-07"],
  ])("%s %j is kept as %j", (page, given, canonical) => {
    expect(canonicalQuery(page, given)).toEqual({ ok: true, query: canonical });
  });

  it("reads back as the same view: canonical form is stable", () => {
    const once = canonicalQuery("list", "kind=invoice&status=error&cols=amount,status");
    expect(once.ok && canonicalQuery("list", once.query)).toEqual(once);
  });

  it.each<[page: "list" | "overview", given: string, message: RegExp]>([
    ["list", "status=lost", /^query: status: unknown value "lost"/],
    ["list", "kind=memo", /^query: type: unknown value "memo"/],
    ["list", "range=2w", /^query: range must be one of/],
    ["list", "sort=colour.asc", /^query: sort must look like/],
    ["list", "overdue=maybe", /^query: overdue must be true or false/],
    ["list", "density=huge", /^query: density: unknown value "huge"/],
    ["overview", "bucket=minute", /^query: bucket: unknown value "minute"/],
    ["overview", "tables=time,pie", /^query: tables: unknown value "pie"/],
    ["list", "from=2026-02-30", /^query: from/],
  ])("%s %j is refused: %s", (page, given, message) => {
    const result = canonicalQuery(page, given);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.message).toMatch(message);
  });
});

describe("a saved view's body", () => {
  const create = (body: object) => {
    const parsed = createViewSchema.safeParse(body);
    return parsed.success ? parsed.data : bodyProblem(parsed.error);
  };

  it("takes a trimmed name, the page and the query; private and pinned unless told", () => {
    expect(create({ name: "  Errors today ", page: "list", query: "status=error" })).toEqual({
      name: "Errors today",
      page: "list",
      query: "status=error",
      shared: false,
      pinned: true,
    });
    expect(create({ name: "x".repeat(80), page: "overview", query: "", shared: true, pinned: false })).toMatchObject({
      shared: true,
      pinned: false,
    });
  });

  it.each<[body: object, field: string, message: RegExp]>([
    [{ page: "list", query: "" }, "name", /Enter a name/],
    [{ name: "   ", page: "list", query: "" }, "name", /Enter a name/],
    [{ name: "x".repeat(81), page: "list", query: "" }, "name", /at most 80/],
    [{ name: "tab\there", page: "list", query: "" }, "name", /control characters/],
    [{ name: "bell\u0007", page: "list", query: "" }, "name", /control characters/],
    [{ name: 42, page: "list", query: "" }, "name", /must be text/],
    [{ name: "A", page: "detail", query: "" }, "page", /list, overview/],
    [{ name: "A", page: "list", query: "x".repeat(4001) }, "query", /at most 4000/],
    [{ name: "A", page: "list", query: "", shared: "yes" }, "shared", /true or false/],
    [{ name: "A", page: "list", query: "", colour: "red" }, "colour", /Unknown field "colour"/],
  ])("body %# is refused naming %s", (body, field, message) => {
    const problem = create(body) as { field?: string; message: string };
    expect(problem.field).toBe(field);
    expect(problem.message).toMatch(message);
  });

  it("an update changes at least one of name, shared, pinned, and nothing else", () => {
    expect(updateViewSchema.safeParse({ pinned: false }).success).toBe(true);
    expect(updateViewSchema.safeParse({ name: " New " }).data).toEqual({ name: "New" });
    const empty = updateViewSchema.safeParse({});
    expect(empty.success).toBe(false);
    const other = updateViewSchema.safeParse({ query: "status=error" });
    expect(!other.success && bodyProblem(other.error)).toEqual({ message: 'Unknown field "query"', field: "query" });
  });
});
