import { describe, expect, it } from "vitest";
import { signInMessage } from "./sign-in-messages";

describe("signInMessage", () => {
  it.each([
    ["invalid_credentials", "Wrong user name or password."],
    ["throttled:2", "Too many failed attempts. Try again in 2 seconds."],
    ["throttled:60", "Too many failed attempts. Try again in 1 minute."],
    ["throttled:90", "Too many failed attempts. Try again in 2 minutes."],
    ["throttled", "Too many failed attempts. Try again in 1 minute."],
    ["busy:3", "Too many people are signing in right now. Try again in 3 seconds."],
  ])("%s", (code, message) => {
    expect(signInMessage(code)).toBe(message);
  });
});
