import "server-only";
import type { Transaction } from "@/lib/domain/transaction";
import { MAX_PAGE_SIZE, type ExportRequest } from "@/lib/filters/schema";
import { trackApi } from "@/lib/track-client/api";
import type { BffContext } from "./route";

/**
 * Every row of a search from an upstream without the export endpoint: keyset pages of the largest
 * size, one at a time. The first page is read before this returns (so an upstream problem is still a
 * clean error answer); the next ones as the reader takes the rows.
 */
export async function pagedExport(call: BffContext<unknown>["call"], request: ExportRequest, signal?: AbortSignal) {
  let token = "";
  const page = (cursor?: string) => ({ ...request, page: { size: MAX_PAGE_SIZE, ...(cursor ? { cursor } : {}) } });
  const first = await call((fresh) => trackApi.search((token = fresh), page(), signal));
  async function* chunks(): AsyncGenerator<Transaction[], void, undefined> {
    for (let current = first; ;) {
      yield current.items;
      if (!current.nextCursor) return;
      current = await trackApi.search(token, page(current.nextCursor), signal);
    }
  }
  return { total: first.total, chunks: chunks() };
}

/** A byte stream with `prefix` in front of it; cancelling it cancels the source. */
export function withPrefix(prefix: string, body: ReadableStream<Uint8Array>): ReadableStream<Uint8Array> {
  return body.pipeThrough(
    new TransformStream<Uint8Array, Uint8Array>({
      start: (controller) => controller.enqueue(new TextEncoder().encode(prefix)),
    }),
  );
}
