import { channelView, deleteChannel, getChannel, renameChannel } from "@/lib/alerts/channels/channels-store";
import { fieldError, jsonBody, noChannel, noStore, ownerOf } from "@/lib/alerts/channels/route-helpers";
import { parseName } from "@/lib/alerts/channels/validation";
import { bffRoute } from "@/lib/bff/route";
import { dashboardDb } from "@/lib/dashboard-store/db";

export const dynamic = "force-dynamic";

/** Renames one of the user's channels (`{name}`); its target and secret never change. */
export const PATCH = bffRoute<{ id: string }>(async ({ request, params, session }) => {
  const name = parseName(((await jsonBody(request)) as { name?: unknown } | undefined)?.name);
  if (!name.ok) return fieldError(name.field, name.message);
  const db = await dashboardDb();
  if (!(await renameChannel(db, ownerOf(session), params.id, name.value))) return noChannel();
  const row = await getChannel(db, ownerOf(session), params.id);
  return row ? noStore({ channel: channelView(row) }) : noChannel();
});

/** Deletes one of the user's channels, its rule links and its delivery log. */
export const DELETE = bffRoute<{ id: string }>(async ({ params, session }) => {
  if (!(await deleteChannel(await dashboardDb(), ownerOf(session), params.id))) return noChannel();
  return new Response(null, { status: 204, headers: { "cache-control": "no-store" } });
});
