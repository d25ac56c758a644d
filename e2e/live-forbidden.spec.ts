import { expect, httpErrorLine, liveStatus, signIn, test } from "./fixtures";

// The browser logs each 403 it gets as a console error; this test provokes exactly those.
test.use({ allowedConsoleErrors: httpErrorLine(403, "/api/stats?") });

test("a live view the viewer may not see stops being live: dot off, stream closed, no repeated 403s", async ({
  page,
}) => {
  const forbidden: string[] = [];
  page.on("response", (r) => r.status() === 403 && forbidden.push(r.url()));
  await signIn(page, "/?range=30d", "viewer@acme.test");
  await expect(page.getByRole("alert").filter({ hasText: "This range needs the Report role" })).toBeVisible();
  await expect(page.locator("[data-live]")).toHaveAttribute("data-live", "off");
  // With no stream open, no ping can ask for the stats again.
  await expect.poll(() => liveStatus(page)).toEqual({ loops: 0, subscribers: 0 });
  // The first fetch, and at most the one the stream's "ready" asked for before the 403 came back.
  expect(forbidden.length).toBeGreaterThanOrEqual(1);
  expect(forbidden.length).toBeLessThanOrEqual(2);
});
