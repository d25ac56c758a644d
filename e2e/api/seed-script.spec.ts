import { execFileSync } from "node:child_process";
import fs from "node:fs";
import { expect, test } from "../fixtures";

// The script of the Track API's public description (e2e/seed/track-api.sh, copied verbatim), with only
// its credential and host variables set to the demo values, as a customer would edit it.
test("the Track API description's curl script prints a token and a transaction list", async ({ baseURL }) => {
  const script = fs
    .readFileSync("e2e/seed/track-api.sh", "utf8")
    .replace(/^CLIENT_ID=.*$/m, "CLIENT_ID=demo-client")
    .replace(/^CLIENT_SECRET=.*$/m, "CLIENT_SECRET=demo-secret")
    .replace(/^USERNAME=.*$/m, "USERNAME=demo@acme.test")
    .replace(/^PASSWORD=.*$/m, "PASSWORD=demo")
    .replace(/^opuscapitaHost=.*$/m, `opuscapitaHost=${baseURL}`);
  const output = execFileSync("bash", ["-c", script], { encoding: "utf8", timeout: 30_000 });
  const [token, ...rest] = output.split("\n");
  expect(token).toMatch(/^[\w-]+\.[\w-]+\.[\w-]+$/);
  const list = JSON.parse(rest.join("\n"));
  expect(list.items.length).toBeGreaterThan(0);
  expect(list.total).toBeGreaterThanOrEqual(list.items.length);
  expect(list.items[0]).toHaveProperty("documentNumber");
});
