import { now } from "@/lib/clock";
import { bffRoute } from "@/lib/bff/route";
import { invalidField, jsonBody, ownerOf } from "@/lib/alerts/owner";
import { createRule, listRules } from "@/lib/alerts/store";
import { checkRule } from "@/lib/alerts/validate";

export const dynamic = "force-dynamic";

const noStore = { "cache-control": "no-store" };

/** The signed-in person's alert rules, newest first. */
export const GET = bffRoute(async ({ session }) =>
  Response.json({ rules: await listRules(ownerOf(session)) }, { headers: noStore }),
);

/** Creates a rule for the signed-in person; a bad field answers 400 naming it. */
export const POST = bffRoute(async ({ request, session }) => {
  const body = await jsonBody(request);
  const checked = checkRule(body, session.roles);
  if (!checked.ok) return invalidField(checked.field, checked.message);
  const rule = await createRule(ownerOf(session), session.roles, checked.value, now());
  return Response.json({ rule }, { status: 201, headers: noStore });
});
