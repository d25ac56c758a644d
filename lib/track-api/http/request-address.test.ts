import { describe, expect, it } from "vitest";
import { PEER_ADDRESS_HEADER } from "@/lib/net/client-address";
import { markInProcess, requestAddress } from "./request-address";

const request = (headers: Record<string, string>) =>
  new Request("http://localhost:3000/auth/token", { method: "POST", headers });

describe("requestAddress", () => {
  it("over HTTP: the socket's address, not the client's X-Forwarded-For", () => {
    expect(requestAddress(request({ [PEER_ADDRESS_HEADER]: "192.0.2.7", "x-forwarded-for": "6.6.6.6" }))).toBe(
      "192.0.2.7",
    );
  });

  it("handed over in-process by the BFF: the browser's address the BFF put in X-Forwarded-For", () => {
    expect(requestAddress(markInProcess(request({ "x-forwarded-for": "::ffff:192.0.2.7" })))).toBe("192.0.2.7");
    expect(requestAddress(markInProcess(request({})))).toBe("in-process");
  });
});
