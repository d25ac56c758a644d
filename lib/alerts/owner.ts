import "server-only";
import type { SessionToken } from "@/lib/session/auth-options";
import { bffError } from "@/lib/bff/route";
import type { Owner } from "./store";

/** The signed-in person as the owner of rules and notifications. */
export const ownerOf = (session: SessionToken): Owner => ({ tenant: session.tenant, userId: session.sub });

/** A request's JSON body, or null when it is not JSON. */
export async function jsonBody(request: Request): Promise<unknown> {
  try {
    return await request.json();
  } catch {
    return null;
  }
}

export const invalidField = (field: string, message: string) => bffError(400, "invalid_field", message, field);
export const noSuchRule = () => bffError(404, "not_found", "There is no such alert rule.");
