import fs from "node:fs";
import { createLoader, createSerializer } from "nuqs/server";
import { describe, expect, it } from "vitest";
import { OVERVIEW_VIEW_PARAMS, overviewParsers } from "@/lib/filters/overview-params";
import { loadSearch, searchParsers, serializeSearch, toSearchRequest, urlParam } from "@/lib/filters/url";
import { URL_ALIASES } from "@/lib/filters/url-aliases";
import { viewProblem, type ViewParam } from "@/lib/filters/view-params";
import { LIST_VIEW_PARAMS, listViewParsers } from "@/lib/filters/list-params";
import { timeZoneParsers, timeZoneProblem } from "@/lib/filters/time-zone";

// The URL parameters are a public contract (README, DESIGN §5): each one the README documents has a
// case here (a link that round-trips, what it means, a value it refuses), and the README documents
// each one the pages read.

const NOW = Date.parse("2026-11-27T10:30:00Z");
const request = (query: string) => toSearchRequest(loadSearch(`?${query}`), { now: NOW, timeZone: "Europe/Helsinki" });
const long = (n: number) => "x".repeat(n);

/** The backticked names in one column of the README's URL parameter table. */
function readmeColumn(column: number): string[] {
  const readme = fs.readFileSync(new URL("../../README.md", import.meta.url), "utf8");
  const table = readme.slice(readme.indexOf("### URL parameters")).split("\n\n")[1];
  return table
    .split("\n")
    .slice(2)
    .flatMap((row) => [...row.split("|")[column + 1].matchAll(/`([^`]+)`/g)].map((m) => m[1]));
}

/** Search parameters: a link, the part of the Track API request it means, and a link refused for it. */
const SEARCH: Record<string, [good: string, means: object, bad: string]> = {
  q: ["q=INV-1", { filter: { q: "INV-1" } }, `q=${long(201)}`],
  status: ["status=error,rejected", { filter: { status: ["error", "rejected"] } }, "status=lost"],
  type: ["type=invoice,creditNote", { filter: { documentType: ["invoice", "creditNote"] } }, "type=memo"],
  dir: ["dir=inbound", { filter: { direction: "inbound" } }, "dir=sideways"],
  in: ["in=peppol", { filter: { inChannel: ["peppol"] } }, "in=fax"],
  out: ["out=email,print", { filter: { outChannel: ["email", "print"] } }, "out=pigeon"],
  format: ["format=edifact", { filter: { format: ["edifact"] } }, "format=docx"],
  sender: ["sender=Acme", { filter: { sender: "Acme" } }, `sender=${long(201)}`],
  receiver: ["receiver=0037:12345678", { filter: { receiver: "0037:12345678" } }, `receiver=${long(201)}`],
  partner: ["partner=0037:12345678", { filter: { businessPartner: "0037:12345678" } }, `partner=${long(201)}`],
  text: ["text=no+routing+rule", { filter: { text: "no routing rule" } }, `text=${long(201)}`],
  profile: [
    "profile=Order-to-Cash,E-invoice",
    { filter: { serviceProfile: ["Order-to-Cash", "E-invoice"] } },
    `profile=${long(101)}`,
  ],
  error: ["error=UNKNOWN_RECIPIENT", { filter: { errorType: ["UNKNOWN_RECIPIENT"] } }, "error=OOPS"],
  bstatus: ["bstatus=paid,underQuery", { filter: { businessStatus: ["paid", "underQuery"] } }, "bstatus=lost"],
  overdue: ["overdue=false", { filter: { overdue: false } }, "overdue=maybe"],
  range: ["range=7d", { filter: { receivedFrom: "2026-11-20T10:30:00.000Z" } }, "range=2w"],
  from: ["from=2026-11-01", { filter: { receivedFrom: "2026-10-31T22:00:00.000Z" } }, "from=yesterday"],
  to: ["to=2026-11-02", { filter: { receivedTo: "2026-11-02T22:00:00.000Z" } }, "to=soon"],
  ufrom: ["ufrom=2026-11-20T08:00:00Z", { filter: { updatedFrom: "2026-11-20T08:00:00Z" } }, "ufrom=2026-13-01"],
  uto: ["uto=2026-11-21", { filter: { updatedTo: "2026-11-21T22:00:00.000Z" } }, "ufrom=2026-11-22&uto=2026-11-20"],
  asof: ["asof=2026-11-20T08:00:00.123Z", { filter: { asOf: "2026-11-20T08:00:00.123Z" } }, "asof=2026-11-20"],
  sort: ["sort=amount.asc", { sort: { field: "amount", direction: "asc" } }, "sort=colour.asc"],
  cursor: ["cursor=abc.def", { page: { cursor: "abc.def" } }, "cursor="],
};

/** View parameters (never sent to the BFF): a link, the state it means, a default left out, a refused value. */
interface ViewPage {
  params: Record<string, ViewParam>;
  load: (query: string) => object;
  roundTrip: (query: string) => string;
}
function viewPage<P extends Parameters<typeof createLoader>[0]>(
  params: Record<string, ViewParam>,
  parsers: P,
): ViewPage {
  const load = createLoader(parsers);
  const serialize = createSerializer(parsers);
  return { params, load: (query) => load(query), roundTrip: (query) => serialize(load(query)) };
}
const listView = viewPage(LIST_VIEW_PARAMS, listViewParsers);
const overviewView = viewPage(OVERVIEW_VIEW_PARAMS, overviewParsers);
const VIEW: Record<string, [page: ViewPage, good: string, means: object, byDefault: string, bad: string]> = {
  cols: [
    listView,
    "cols=status,amount",
    { cols: ["status", "amount"] },
    "cols=status,documentType,documentNumber,partner,channels,amount,receivedAt",
    "cols=status,colour",
  ],
  density: [listView, "density=compact", { density: "compact" }, "density=comfortable", "density=huge"],
  live: [overviewView, "live=off", { live: "off" }, "", "live=on"],
  bucket: [overviewView, "bucket=hour", { bucket: "hour" }, "", "bucket=minute"],
  compare: [overviewView, "compare=previous", { compare: "previous" }, "", "compare=lastyear"],
  tables: [overviewView, "tables=time,status", { tables: ["time", "status"] }, "tables=", "tables=pie"],
};

const searchNames = Object.keys(searchParsers).map((key) => urlParam(key as keyof typeof searchParsers));
const viewNames = [
  ...Object.keys(LIST_VIEW_PARAMS),
  ...Object.keys(OVERVIEW_VIEW_PARAMS),
  ...Object.keys(timeZoneParsers),
];

/** The display time zone of every page (lib/filters/time-zone.ts): a link, and a value it refuses. */
const ZONE: Record<string, [good: string, means: object, bad: string]> = {
  tz: ["tz=Asia/Tokyo", { tz: "Asia/Tokyo" }, "tz=Mars/Olympus"],
};

describe("URL parameters", () => {
  it("the README documents exactly the parameters the pages read, and each has a case here", () => {
    const documented = new Set(readmeColumn(0));
    expect(documented).toEqual(new Set([...searchNames, ...viewNames]));
    expect(new Set([...Object.keys(SEARCH), ...Object.keys(VIEW), ...Object.keys(ZONE)])).toEqual(documented);
  });

  it("every example in the README is a link the pages accept", () => {
    for (const example of readmeColumn(1)) {
      expect(request(example).ok, example).toBe(true);
      const raw = Object.fromEntries(new URLSearchParams(example));
      expect(
        viewProblem(raw, { ...LIST_VIEW_PARAMS, ...OVERVIEW_VIEW_PARAMS } as Record<string, ViewParam>),
        example,
      ).toBeNull();
      expect(timeZoneProblem(raw.tz), example).toBeNull();
    }
  });

  it("former names are read as current ones, and never shadow a current name", () => {
    for (const [former, current] of Object.entries(URL_ALIASES)) {
      expect([...searchNames, ...viewNames], former).toContain(current);
      expect([...searchNames, ...viewNames], former).not.toContain(former);
    }
  });

  describe.each(Object.entries(SEARCH))("search parameter %s", (param, [good, means, bad]) => {
    it(`round-trips ${good} and means ${JSON.stringify(means)}`, () => {
      expect(serializeSearch(loadSearch(`?${good}`))).toBe(`?${good}`);
      const result = request(good);
      expect(result.ok && result.request).toMatchObject(means);
    });

    it(`refuses ${bad.slice(0, 40)}, naming ${param}`, () => {
      const result = request(bad);
      expect(result.ok).toBe(false);
      if (!result.ok) {
        expect(result.problem.param).toBe(param);
        expect(result.problem.message).toContain(param);
      }
    });
  });

  describe.each(Object.entries(VIEW))("view parameter %s", (param, [page, good, means, byDefault, bad]) => {
    it(`round-trips ${good}, leaves the default out, and names ${bad}`, () => {
      expect(page.load(`?${good}`)).toMatchObject(means);
      expect(page.roundTrip(`?${good}`)).toBe(`?${good}`);
      expect(page.roundTrip(`?${byDefault}`)).toBe("");
      const problem = viewProblem(Object.fromEntries(new URLSearchParams(bad)), page.params);
      expect(problem?.param).toBe(param);
      expect(problem?.message).toMatch(new RegExp(`^${param}: unknown value "[^"]+"; expected one of `));
      expect(viewProblem(Object.fromEntries(new URLSearchParams(good)), page.params)).toBeNull();
    });
  });

  describe.each(Object.entries(ZONE))("time zone parameter %s", (param, [good, means, bad]) => {
    const load = createLoader(timeZoneParsers);
    const serialize = createSerializer(timeZoneParsers);
    it(`round-trips ${good}, is absent by default, and names ${bad}`, () => {
      expect(load(`?${good}`)).toEqual(means);
      expect(serialize(load(`?${good}`))).toBe(`?${good}`);
      expect(serialize(load(""))).toBe("");
      expect(timeZoneProblem(load(`?${good}`).tz)).toBeNull();
      expect(timeZoneProblem(load(`?${bad}`).tz)?.param).toBe(param);
    });
  });
});
