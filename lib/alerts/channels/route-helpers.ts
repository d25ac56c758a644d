import "server-only";
import type { NextRequest } from "next/server";
import { bffError } from "@/lib/bff/route";
import type { SessionToken } from "@/lib/session/auth-options";
import type { Owner } from "./channels-store";

/** The signed-in user as the owner of channels: their tenant and user id. */
export const ownerOf = (session: SessionToken): Owner => ({ tenant: session.tenant, ownerId: session.sub });

/** The request's JSON body, or undefined when it is not JSON. */
export const jsonBody = (request: NextRequest): Promise<unknown> => request.json().catch(() => undefined);

/** A 400 naming the field. */
export const fieldError = (field: string, message: string) => bffError(400, "invalid_field", message, field);

/** The answer for another user's, another tenant's or a missing channel alike. */
export const noChannel = () => bffError(404, "not_found", "There is no such channel");

/** A JSON answer that no cache keeps. */
export const noStore = (body: unknown, status = 200) =>
  Response.json(body, { status, headers: { "cache-control": "no-store" } });
