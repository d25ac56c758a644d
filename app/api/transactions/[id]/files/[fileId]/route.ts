import { bffRoute } from "@/lib/bff/route";
import { trackApi } from "@/lib/track-client/api";

export const dynamic = "force-dynamic";

const PASSED_HEADERS = ["content-type", "content-length", "content-disposition"];

/** Streams a transaction's file from the Track API (role blob) without buffering it. */
export const GET = bffRoute<{ id: string; fileId: string }>(async ({ request, params, call }) => {
  const disposition = request.nextUrl.searchParams.get("disposition") === "inline" ? "inline" : "attachment";
  const upstream = await call((token) => trackApi.file(token, params.id, params.fileId, disposition));
  const headers = new Headers({ "cache-control": "private, no-store", "x-content-type-options": "nosniff" });
  for (const name of PASSED_HEADERS) {
    const value = upstream.headers.get(name);
    if (value) headers.set(name, value);
  }
  return new Response(upstream.body, { status: 200, headers });
});
