import { expect, test } from "./fixtures";

test("a person signs in through the balancer and uses the list and overview while requests alternate between instances", async ({
  page,
  cluster,
}) => {
  const served: string[] = [];
  page.on("response", (response) => {
    const server = response.headers()["x-track-server"];
    if (server && new URL(response.url()).pathname.startsWith("/api/")) served.push(server);
  });

  await page.goto(`${cluster.url}/transactions`);
  await page.waitForURL(/\/sign-in/);
  await page.getByLabel("User name").fill("demo@acme.test");
  await page.getByLabel("Password").fill("demo");
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL((url) => url.pathname === "/transactions");
  await expect(page.getByRole("table")).toHaveAttribute("aria-busy", "false");
  await expect(page.getByRole("table").getByRole("row")).not.toHaveCount(0);

  await page.goto(`${cluster.url}/`);
  await expect(page.getByRole("list", { name: "Key figures" })).toHaveAttribute("aria-busy", "false");
  await page.goto(`${cluster.url}/transactions?status=error`);
  await expect(page.getByRole("table")).toHaveAttribute("aria-busy", "false");

  // The session cookie made by one instance is read by the other: no stickiness needed.
  expect(new Set(served)).toEqual(new Set(cluster.instances.map((instance) => instance.id)));
  expect(page.url()).not.toContain("/sign-in");
});
