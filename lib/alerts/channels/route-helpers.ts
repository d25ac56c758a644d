import "server-only";
import { bffError } from "@/lib/bff/route";
import type { SessionToken } from "@/lib/session/auth-options";
import type { Owner } from "./channels-store";

/** The signed-in user as the owner of channels: their tenant and user id. */
export const ownerOf = (session: SessionToken): Owner => ({ tenant: session.tenant, ownerId: session.sub });

export { invalidField as fieldError, jsonBody } from "../owner";

/** The answer for another user's, another tenant's or a missing channel alike. */
export const noChannel = () => bffError(404, "not_found", "There is no such channel");

/** A JSON answer that no cache keeps. */
export const noStore = (body: unknown, status = 200) =>
  Response.json(body, { status, headers: { "cache-control": "no-store" } });
