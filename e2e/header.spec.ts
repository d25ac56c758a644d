import { expect, signIn, test } from "./fixtures";

test("the header shows who is signed in and the Track API's tracking lag, in words on focus", async ({ page, api }) => {
  await signIn(page, "/transactions");
  await expect(page.getByTestId("signed-in-user")).toContainText("demo@acme.test");
  const health = await (await api.get("/track/api/health")).json();
  const lag = page.getByTestId("tracking-lag");
  await expect(lag).toHaveAttribute("data-level", health.trackingLag.level);
  await lag.focus();
  await expect(lag.getByRole("tooltip")).toBeVisible();
  await expect(lag.getByRole("tooltip")).toContainText("Newest event tracked");
});
