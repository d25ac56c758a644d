import { ruleChannelIds, setRuleChannels } from "@/lib/alerts/channels/channels-store";
import { jsonBody, noStore, ownerOf, fieldError } from "@/lib/alerts/channels/route-helpers";
import { parseChannelIds } from "@/lib/alerts/channels/validation";
import { bffError, bffRoute } from "@/lib/bff/route";
import { dashboardDb } from "@/lib/dashboard-store/db";

export const dynamic = "force-dynamic";

// NOTE: the rule's ownership is the rules' table's to check (not on this branch): any rule id is
// accepted, but only the caller's own channels are ever linked or listed, so nobody can make
// another user's rule notify them, nor see which channels another user linked.

/** The ids of the user's channels this rule notifies. */
export const GET = bffRoute<{ ruleId: string }>(async ({ params, session }) => {
  return noStore({ channelIds: await ruleChannelIds(await dashboardDb(), ownerOf(session), params.ruleId) });
});

/** Sets which of the user's channels this rule notifies (`{channelIds}`); an id not theirs is a 404 naming it. */
export const PUT = bffRoute<{ ruleId: string }>(async ({ request, params, session }) => {
  const parsed = parseChannelIds(await jsonBody(request));
  if (!parsed.ok) return fieldError(parsed.field, parsed.message);
  const db = await dashboardDb();
  const { unknown } = await setRuleChannels(db, ownerOf(session), params.ruleId, parsed.value);
  if (unknown.length) return bffError(404, "not_found", `There is no channel ${unknown[0]}`, "channelIds");
  return noStore({ channelIds: await ruleChannelIds(db, ownerOf(session), params.ruleId) });
});
