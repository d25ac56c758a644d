import { renderFile } from "@/lib/track-api/files";
import { notFound } from "@/lib/track-api/http/errors";
import { authorize } from "@/lib/track-api/http/request";
import { embeddedRoute } from "@/lib/track-api/http/route";

export const GET = embeddedRoute<{ params: Promise<{ id: string; fileId: string }> }>(async (request, { params }) => {
  const { store } = await authorize(request, "blob");
  const { id, fileId } = await params;
  const found = await store.get(id);
  const rendered = found && renderFile(found.transaction, found.attachments, fileId);
  if (!rendered) throw notFound(`File ${fileId} of transaction ${id} not found`);
  const inline = new URL(request.url).searchParams.get("disposition") === "inline";
  const name = encodeURIComponent(rendered.file.name);
  return new Response(new Uint8Array(rendered.content), {
    headers: {
      "content-type": rendered.file.mediaType,
      "content-length": String(rendered.content.length),
      "content-disposition": `${inline ? "inline" : "attachment"}; filename="${rendered.file.name.replace(/[^\w.-]/g, "_")}"; filename*=UTF-8''${name}`,
      "cache-control": "private, no-store",
    },
  });
});
