import { describe, expect, it } from "vitest";
import { HttpError } from "@/lib/track-api/http/errors";
import { cursorScope, decodeCursor, encodeCursor } from "./cursor";

const SECRET = "test-secret";
const scope = cursorScope(["acme", {}, "receivedAt.desc"]);
const valid = encodeCursor(SECRET, { value: 1700000000000, id: "t-1" }, scope);

describe("cursor", () => {
  it("round-trips a position for its own search", () => {
    expect(decodeCursor(SECRET, valid, scope)).toEqual({ value: 1700000000000, id: "t-1" });
  });

  it.each([
    ["garbage", "garbage"],
    ["empty MAC", `${valid.split(".")[0]}.`],
    ["extra part", `${valid}.x`],
    ["modified MAC", `${valid.slice(0, -1)}${valid.endsWith("A") ? "B" : "A"}`],
    ["non-ASCII MAC of the right length", `${valid.split(".")[0]}.${"é".repeat(32)}`],
    ["control characters", `\u0000.\u0000`],
    ["another search", encodeCursor(SECRET, { value: 1, id: "t-1" }, cursorScope(["globex"]))],
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
