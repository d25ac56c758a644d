import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, expect, it } from "vitest";
import { clientAddress, PEER_ADDRESS_HEADER } from "./client-address";
import { installPeerAddressHeader } from "./peer-address-hook";

let server: http.Server;
let port: number;

beforeAll(async () => {
  // Created before the hook is installed, as `next start` creates its server before instrumentation runs.
  server = http.createServer((request, response) => response.end(JSON.stringify(request.headers)));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  port = (server.address() as AddressInfo).port;
  installPeerAddressHeader();
});
afterAll(() => new Promise((resolve) => server.close(resolve)));

function get(headers: Record<string, string>): Promise<Record<string, string>> {
  return new Promise((resolve, reject) => {
    const request = http.get({ host: "127.0.0.1", port, headers }, (response) => {
      let body = "";
      response.on("data", (chunk) => (body += chunk));
      response.on("end", () => resolve(JSON.parse(body)));
    });
    request.on("error", reject);
  });
}

it("stamps the socket's address, replacing a value the client sent", async () => {
  const seen = await get({ [PEER_ADDRESS_HEADER]: "6.6.6.6", "x-forwarded-for": "7.7.7.7" });
  expect(seen[PEER_ADDRESS_HEADER]).toMatch(/^(::ffff:)?127\.0\.0\.1$/);
  expect(clientAddress(seen, 0)).toBe("127.0.0.1");
});
