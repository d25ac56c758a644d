import crypto from "node:crypto";
import { badRequest } from "@/lib/track-api/http/errors";

/** Where the previous page ended: the sort key value and id of its last row, bound to one search. */
export interface CursorPosition {
  value: string | number;
  id: string;
}

interface Payload extends CursorPosition {
  /** Hash of the tenant, filter and sort the cursor was issued for. */
  scope: string;
}

const sign = (secret: string, data: string) =>
  crypto.createHmac("sha256", secret).update(data).digest("base64url").slice(0, 32);

/** A stable hash of what a cursor belongs to, so a cursor cannot be replayed on another search. */
export function cursorScope(parts: unknown): string {
  return crypto.createHash("sha256").update(JSON.stringify(parts)).digest("base64url").slice(0, 16);
}

/** Encodes an opaque, HMAC-signed cursor. */
export function encodeCursor(secret: string, position: CursorPosition, scope: string): string {
  const data = Buffer.from(JSON.stringify({ v: position.value, i: position.id, s: scope })).toString("base64url");
  return `${data}.${sign(secret, data)}`;
}

/** Decodes a cursor; a tampered cursor or one issued for another search is a 400 on `page.cursor`. */
export function decodeCursor(secret: string, cursor: string, scope: string): CursorPosition {
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
    throw badRequest(
      "page.cursor: the cursor is invalid or was modified; start again from the first page",
      "page.cursor",
    );
  }
  const payload = JSON.parse(Buffer.from(data, "base64url").toString()) as {
    v: Payload["value"];
    i: string;
    s: string;
  };
  if (payload.s !== scope) {
    throw badRequest(
      "page.cursor: the cursor belongs to a different filter or sort; start again from the first page",
      "page.cursor",
    );
  }
  return { value: payload.v, id: payload.i };
}
