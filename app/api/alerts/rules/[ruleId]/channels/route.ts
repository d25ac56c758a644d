import { ruleChannelIds, setRuleChannels } from "@/lib/alerts/channels/channels-store";
import { jsonBody, noStore, ownerOf, fieldError } from "@/lib/alerts/channels/route-helpers";
import { parseChannelIds } from "@/lib/alerts/channels/validation";
import { findRule } from "@/lib/alerts/store";
import { noSuchRule, ownerOf as ruleOwnerOf } from "@/lib/alerts/owner";
import { bffError, bffRoute } from "@/lib/bff/route";
import { dashboardDb } from "@/lib/dashboard-store/db";

export const dynamic = "force-dynamic";

// NOTE: another user's or tenant's rule is a 404 (as on /api/alerts/[id]); and only the caller's own
// channels are ever linked or listed.

/** The ids of the user's channels this rule notifies. */
export const GET = bffRoute<{ ruleId: string }>(async ({ params, session }) => {
  if (!(await findRule(ruleOwnerOf(session), params.ruleId))) return noSuchRule();
  return noStore({ channelIds: await ruleChannelIds(await dashboardDb(), ownerOf(session), params.ruleId) });
});

/** Sets which of the user's channels this rule notifies (`{channelIds}`); an id not theirs is a 404 naming it. */
export const PUT = bffRoute<{ ruleId: string }>(async ({ request, params, session }) => {
  if (!(await findRule(ruleOwnerOf(session), params.ruleId))) return noSuchRule();
  const parsed = parseChannelIds(await jsonBody(request));
  if (!parsed.ok) return fieldError(parsed.field, parsed.message);
  const db = await dashboardDb();
  const { unknown } = await setRuleChannels(db, ownerOf(session), params.ruleId, parsed.value);
  if (unknown.length) return bffError(404, "not_found", `There is no channel ${unknown[0]}`, "channelIds");
  return noStore({ channelIds: await ruleChannelIds(db, ownerOf(session), params.ruleId) });
});
