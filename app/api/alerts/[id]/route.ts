import { now } from "@/lib/clock";
import { bffRoute } from "@/lib/bff/route";
import { invalidField, jsonBody, noSuchRule, ownerOf } from "@/lib/alerts/owner";
import { deleteRule, findRule, listEpisodes, toRule, updateRule } from "@/lib/alerts/store";
import { checkRule } from "@/lib/alerts/validate";

export const dynamic = "force-dynamic";

const noStore = { "cache-control": "no-store" };
/** The longest mute: a week. */
const MAX_MUTE_MINUTES = 7 * 24 * 60;
const RULE_FIELDS = ["name", "type", "query", "params", "timeZone"];

type Params = { id: string };

/** One of the signed-in person's rules with its episodes, newest first; anyone else's is a 404. */
export const GET = bffRoute<Params>(async ({ params, session }) => {
  const row = await findRule(ownerOf(session), params.id);
  if (!row) return noSuchRule();
  return Response.json({ rule: toRule(row), episodes: await listEpisodes(row.id) }, { headers: noStore });
});

/**
 * Edits a rule (any of name, type, query, params, timeZone) and/or mutes it: `mute` is minutes
 * (1 to a week) or null to unmute.
 */
export const PATCH = bffRoute<Params>(async ({ request, params, session }) => {
  const owner = ownerOf(session);
  const row = await findRule(owner, params.id);
  if (!row) return noSuchRule();
  const body = await jsonBody(request);
  if (typeof body !== "object" || body === null || Array.isArray(body))
    return invalidField("body", "send a JSON object");
  const fields = body as Record<string, unknown>;
  const change: Parameters<typeof updateRule>[2] = {};
  if ("mute" in fields) {
    const mute = fields.mute;
    if (mute === null) change.mutedUntil = null;
    else if (typeof mute !== "number" || !Number.isInteger(mute) || mute < 1 || mute > MAX_MUTE_MINUTES)
      return invalidField("mute", `mute: whole minutes from 1 to ${MAX_MUTE_MINUTES}, or null to unmute`);
    else change.mutedUntil = now() + mute * 60_000;
  }
  if (RULE_FIELDS.some((field) => field in fields)) {
    const current = toRule(row);
    const checked = checkRule(fields, session.roles, current);
    if (!checked.ok) return invalidField(checked.field, checked.message);
    change.input = checked.value;
  }
  const rule = await updateRule(owner, row.id, change, now());
  if (!rule) return noSuchRule();
  return Response.json({ rule }, { headers: noStore });
});

export const DELETE = bffRoute<Params>(async ({ params, session }) => {
  if (!(await deleteRule(ownerOf(session), params.id))) return noSuchRule();
  return new Response(null, { status: 204 });
});
