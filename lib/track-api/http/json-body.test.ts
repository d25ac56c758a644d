import { describe, expect, it } from "vitest";
import { readJson } from "./json-body";

const post = (body: BodyInit, type = "application/json", headers: Record<string, string> = {}) =>
  new Request("http://local.test/track/api/transactions", {
    method: "POST",
    body,
    headers: { "content-type": type, ...headers },
    duplex: "half",
  } as RequestInit);

const streamOf = (bytes: number) =>
  new ReadableStream<Uint8Array>({
    start(controller) {
      for (let sent = 0; sent < bytes; sent += 64 * 1024) controller.enqueue(new Uint8Array(64 * 1024).fill(32));
      controller.close();
    },
  });

describe("readJson", () => {
  it("parses a JSON body", async () => {
    await expect(readJson(post('{"filter":{}}'))).resolves.toEqual({ filter: {} });
  });

  it.each<[string, () => Request, number, string]>([
    ["a form body", () => post("filter=1", "application/x-www-form-urlencoded"), 415, "content-type"],
    ["malformed JSON", () => post('{"filter":'), 400, "body"],
    ["an empty body", () => post(""), 400, "body"],
    [
      "a declared length over the limit",
      () => post("{}", "application/json", { "content-length": String(2 * 1024 * 1024) }),
      413,
      "body",
    ],
    ["a streamed body over the limit", () => post(streamOf(2 * 1024 * 1024)), 413, "body"],
  ])("refuses %s", async (_name, request, status, field) => {
    await expect(readJson(request())).rejects.toMatchObject({ status, field });
  });

  it("takes a larger limit when the route allows one", async () => {
    const big = JSON.stringify({ pad: "x".repeat(1024 * 1024) });
    await expect(readJson(post(big))).rejects.toMatchObject({ status: 413 });
    await expect(readJson(post(big), 4 * 1024 * 1024)).resolves.toMatchObject({ pad: expect.any(String) });
  });
});
