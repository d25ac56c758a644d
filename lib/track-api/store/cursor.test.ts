import crypto from "node:crypto";
import { describe, expect, it } from "vitest";
import { HttpError } from "@/lib/track-api/http/errors";
import { cursorScope, decodeCursor, encodeCursor } from "./cursor";

const SECRET = "test-secret";
const scope = cursorScope(["acme", {}, "receivedAt.desc"]);
const valid = encodeCursor(SECRET, { position: { value: 1700000000000, id: "t-1" }, backward: false }, scope);

describe("cursor", () => {
  it("round-trips a position for its own search", () => {
    expect(decodeCursor(SECRET, valid, scope)).toEqual({
      position: { value: 1700000000000, id: "t-1" },
      backward: false,
    });
  });

  it("round-trips the direction, the group of a grouped sort and the rows before the page", () => {
    const cursor = { position: { value: 17500, group: "EUR", id: "t-2" }, backward: true, offset: 50 };
    expect(decodeCursor(SECRET, encodeCursor(SECRET, cursor, scope), scope)).toEqual(cursor);
  });

  it("reads a cursor issued before cursors had a direction as a Next cursor of unknown offset", () => {
    const data = Buffer.from(JSON.stringify({ v: 5, i: "t-3", s: scope })).toString("base64url");
    const mac = crypto.createHmac("sha256", SECRET).update(data).digest("base64url").slice(0, 32);
    expect(decodeCursor(SECRET, `${data}.${mac}`, scope)).toEqual({
      position: { value: 5, id: "t-3" },
      backward: false,
    });
  });

  it.each([
    ["garbage", "garbage"],
    ["empty MAC", `${valid.split(".")[0]}.`],
    ["extra part", `${valid}.x`],
    ["modified MAC", `${valid.slice(0, -1)}${valid.endsWith("A") ? "B" : "A"}`],
    ["non-ASCII MAC of the right length", `${valid.split(".")[0]}.${"é".repeat(32)}`],
    ["control characters", `\u0000.\u0000`],
    [
      "another search",
      encodeCursor(SECRET, { position: { value: 1, id: "t-1" }, backward: false }, cursorScope(["globex"])),
    ],
  ])("refuses %s with a 400 on page.cursor", (_name, cursor) => {
    let error: unknown;
    try {
      decodeCursor(SECRET, cursor, scope);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(HttpError);
    expect(error).toMatchObject({ status: 400, field: "page.cursor" });
  });
});
