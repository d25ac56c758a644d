import crypto from "node:crypto";
import { badRequest } from "@/lib/track-api/http/errors";

/**
 * A row the next or previous page is read from: the sort key value (and the group it sorts within,
 * such as an amount's currency) and id of the last row of the page before it, or of the first row of
 * the page after it.
 */
export interface CursorPosition {
  value: string | number;
  /** The leading sort key of a grouped sort (an amount sorts within its currency). */
  group?: string;
  id: string;
}

/** Where a cursor leads: the rows after its position (Next) or before it (Previous). */
export interface Cursor {
  position: CursorPosition;
  backward: boolean;
  /** How many rows of the search come before the page the cursor leads to, when known. */
  offset?: number;
}

interface Payload {
  v: string | number;
  g?: string;
  i: string;
  /** Hash of the tenant, filter and sort the cursor was issued for. */
  s: string;
  /** 1 for a cursor to the rows before the position; absent (the only form before Previous) for after. */
  b?: 1;
  o?: number;
}

const sign = (secret: string, data: string) =>
  crypto.createHmac("sha256", secret).update(data).digest("base64url").slice(0, 32);

/** A stable hash of what a cursor belongs to, so a cursor cannot be replayed on another search. */
export function cursorScope(parts: unknown): string {
  return crypto.createHash("sha256").update(JSON.stringify(parts)).digest("base64url").slice(0, 16);
}

/** Encodes an opaque, HMAC-signed cursor. */
export function encodeCursor(secret: string, cursor: Cursor, scope: string): string {
  const { position, backward, offset } = cursor;
  const payload: Payload = { v: position.value, i: position.id, s: scope };
  if (position.group !== undefined) payload.g = position.group;
  if (backward) payload.b = 1;
  if (offset !== undefined) payload.o = offset;
  const data = Buffer.from(JSON.stringify(payload)).toString("base64url");
  return `${data}.${sign(secret, data)}`;
}

const INVALID = "the cursor is invalid or was modified; start again from the first page";
const ANOTHER_SEARCH = "the cursor belongs to a different filter or sort; start again from the first page";

/** Decodes a cursor; a tampered cursor or one issued for another search is a 400 on `page.cursor`. */
export function decodeCursor(secret: string, cursor: string, scope: string): Cursor {
  const [data, mac, extra] = cursor.split(".");
  const expected = Buffer.from(data ? sign(secret, data) : "");
  // NOTE: compared as bytes: a MAC of the right length in characters but not ASCII has more bytes.
  const given = Buffer.from(mac ?? "");
  if (
    extra !== undefined ||
    !data ||
    given.length === 0 ||
    given.length !== expected.length ||
    !crypto.timingSafeEqual(given, expected)
  ) {
    throw badRequest(`page.cursor: ${INVALID}`, "page.cursor");
  }
  const payload = JSON.parse(Buffer.from(data, "base64url").toString()) as Payload;
  if (payload.s !== scope) throw badRequest(`page.cursor: ${ANOTHER_SEARCH}`, "page.cursor");
  const position: CursorPosition = { value: payload.v, id: payload.i };
  if (payload.g !== undefined) position.group = payload.g;
  return {
    position,
    backward: payload.b === 1,
    ...(typeof payload.o === "number" ? { offset: payload.o } : {}),
  };
}
