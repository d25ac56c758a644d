import { listFiles } from "@/lib/track-api/files";
import { notFound } from "@/lib/track-api/http/errors";
import { authorize } from "@/lib/track-api/http/request";
import { embeddedRoute, json } from "@/lib/track-api/http/route";

export const GET = embeddedRoute<{ params: Promise<{ id: string }> }>(async (request, { params }) => {
  const { store } = await authorize(request, "track");
  const { id } = await params;
  const found = await store.get(id);
  if (!found) throw notFound(`Transaction ${id} not found`);
  const { transaction, events, attachments, reference, related } = found;
  return json({ ...transaction, events, files: listFiles(transaction, attachments), reference, related });
});
