import { listDeliveries } from "@/lib/alerts/channels/deliveries-store";
import { noStore, ownerOf } from "@/lib/alerts/channels/route-helpers";
import { findRule } from "@/lib/alerts/store";
import { noSuchRule, ownerOf as ruleOwnerOf } from "@/lib/alerts/owner";
import { bffRoute } from "@/lib/bff/route";
import { dashboardDb } from "@/lib/dashboard-store/db";

export const dynamic = "force-dynamic";

/** The newest 100 deliveries of a rule to the user's channels. */
export const GET = bffRoute<{ ruleId: string }>(async ({ params, session }) => {
  if (!(await findRule(ruleOwnerOf(session), params.ruleId))) return noSuchRule();
  return noStore({
    deliveries: await listDeliveries(await dashboardDb(), ownerOf(session), { ruleId: params.ruleId }),
  });
});
