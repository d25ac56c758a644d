import "server-only";
import type { z } from "zod";
import { bffError } from "@/lib/bff/route";
import { dashboardDb, type DashboardDb } from "@/lib/dashboard-store/db";
import { isDatabaseUnavailable } from "@/lib/db/unavailable";
import type { SessionToken } from "@/lib/session/auth-options";
import { bodyProblem } from "./schema";
import type { ViewActor, ViewResult } from "./store";

/** The largest request body the views' routes read. */
const MAX_BODY_BYTES = 16_384;
const NO_STORE = { "cache-control": "no-store" };

/** Who a session is, for the views' store: tenant and `sub`, and a name the others may see. */
export const actorOf = (session: SessionToken): ViewActor => ({
  tenant: session.tenant,
  userId: session.sub,
  name: session.name || session.email,
});

/** A JSON answer that no cache keeps. */
export const json = (body: unknown, status = 200) => Response.json(body, { status, headers: NO_STORE });

/** Runs `fn` on the dashboard's database; a database that cannot answer is a 503, not a 500. */
export async function withViewsDb(fn: (db: DashboardDb) => Promise<Response>): Promise<Response> {
  try {
    return await fn(await dashboardDb());
  } catch (error) {
    if (!isDatabaseUnavailable(error)) throw error;
    console.error(`[views] the dashboard database did not answer: ${(error as Error).message}`);
    return bffError(503, "unavailable", "Saved views cannot be reached right now. Try again shortly.");
  }
}

/** The request's JSON body checked by `schema`, or the 4xx answer naming what is wrong. */
export async function readBody<S extends z.ZodType>(
  request: Request,
  schema: S,
): Promise<{ ok: true; body: z.infer<S> } | { ok: false; response: Response }> {
  const text = await request.text();
  if (new TextEncoder().encode(text).length > MAX_BODY_BYTES)
    return {
      ok: false,
      response: bffError(413, "too_large", `The request body can be at most ${MAX_BODY_BYTES} bytes`, "body"),
    };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, response: bffError(400, "invalid_json", "The request body must be JSON", "body") };
  }
  if (typeof value !== "object" || value === null || Array.isArray(value))
    return { ok: false, response: bffError(400, "invalid_request", "The request body must be a JSON object", "body") };
  const parsed = schema.safeParse(value);
  if (parsed.success) return { ok: true, body: parsed.data };
  const { message, field } = bodyProblem(parsed.error);
  return { ok: false, response: bffError(400, "invalid_request", message, field) };
}

/** A store result as the BFF's answer: the value as `{ [key]: value }`, or the refusal's uniform error. */
export function answer<T>(result: ViewResult<T>, key: string, status = 200): Response {
  if (!result.ok) return bffError(result.status, result.code, result.message, result.field);
  return result.value === null
    ? new Response(null, { status: 204, headers: NO_STORE })
    : json({ [key]: result.value }, status);
}

/** A view id as the store makes them; anything else cannot name a view. */
export const isViewId = (id: string) => /^[A-Za-z0-9_-]{1,64}$/.test(id);
