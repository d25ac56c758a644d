import type { z } from "zod";
import type { Role } from "@/lib/domain/enums";
import { authenticate, requireRole } from "@/lib/track-api/auth/principal";
import { getDb } from "@/lib/track-api/store/db";
import { tenantStore } from "@/lib/track-api/store";
import { fromZodError } from "./errors";
import { readJson } from "./json-body";

/** Authenticates the bearer token, checks the role and returns the store scoped to its tenant. */
export async function authorize(request: Request, role: Role) {
  const principal = await authenticate(request);
  requireRole(principal, role);
  return { principal, store: tenantStore(await getDb(), principal.tenantId) };
}

/** Reads and validates a JSON body (at most `maxBytes`); any problem is a 4xx naming the field. */
export async function parseBody<S extends z.ZodType>(
  request: Request,
  schema: S,
  maxBytes?: number,
): Promise<z.output<S>> {
  const result = schema.safeParse(await readJson(request, maxBytes));
  if (!result.success) throw fromZodError(result.error);
  return result.data;
}
