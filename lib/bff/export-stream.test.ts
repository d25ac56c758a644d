import { beforeEach, describe, expect, it, vi } from "vitest";
import { csvStream } from "@/lib/domain/csv";
import type { SearchResult, Transaction } from "@/lib/domain/transaction";
import type { SearchRequest } from "@/lib/filters/schema";
import { trackApi } from "@/lib/track-client/api";
import { pagedExport, withPrefix } from "./export-stream";

vi.mock("@/lib/track-client/api", () => ({ trackApi: { search: vi.fn() } }));
const search = vi.mocked(trackApi.search);

const tx = (id: string) => ({ id }) as Transaction;
const PAGES: Record<string, SearchResult> = {
  first: { items: [tx("a"), tx("b")], total: 5, nextCursor: "c1" },
  c1: { items: [tx("c"), tx("d")], total: 5, nextCursor: "c2" },
  c2: { items: [tx("e")], total: 5, nextCursor: null },
};

beforeEach(() => {
  search.mockReset();
  search.mockImplementation(async (_token: string, request: SearchRequest) => PAGES[request.page.cursor ?? "first"]);
});

// Keeps a byte order mark (Response.text() would drop it).
const text = async (stream: ReadableStream<Uint8Array>) =>
  new TextDecoder("utf-8", { ignoreBOM: true }).decode(await new Response(stream).arrayBuffer());

describe("pagedExport (an upstream without the export endpoint)", () => {
  it("reads the first page before it returns, then the next pages as they are taken, with the same token and the largest page size", async () => {
    const call = <T>(fn: (token: string) => Promise<T>) => fn("token-1");
    const { total, chunks } = await pagedExport(call, {
      filter: { status: ["error"] },
      sort: { field: "amount", direction: "asc" },
    });
    expect(total).toBe(5);
    expect(search).toHaveBeenCalledTimes(1);
    const ids: string[] = [];
    for await (const chunk of chunks) ids.push(...chunk.map((t) => t.id));
    expect(ids).toEqual(["a", "b", "c", "d", "e"]);
    expect(
      search.mock.calls.map(([token, request]) => [token, request.page.size, request.page.cursor, request.filter]),
    ).toEqual([
      ["token-1", 500, undefined, { status: ["error"] }],
      ["token-1", 500, "c1", { status: ["error"] }],
      ["token-1", 500, "c2", { status: ["error"] }],
    ]);
  });

  it("stops paging when the download is cancelled", async () => {
    const { chunks } = await pagedExport((fn) => fn("t"), {
      filter: {},
      sort: { field: "receivedAt", direction: "desc" },
    });
    const reader = csvStream(chunks).getReader();
    await reader.read(); // header
    await reader.read(); // first page
    await reader.cancel();
    expect(search).toHaveBeenCalledTimes(1);
  });
});

describe("withPrefix", () => {
  it("puts the prefix in front of the body", async () => {
    const body = new Response("Transaction ID\r\nt1\r\n").body!;
    expect(await text(withPrefix("\uFEFF", body))).toBe("\uFEFFTransaction ID\r\nt1\r\n");
  });
});
