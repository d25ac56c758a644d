import { RECEIVED, ingest, transactionEvents } from "./events";
import { bearer, expect, signIn, test, tokenFor } from "./fixtures";

test("message text: typed in the filter bar, in the URL as text, on a chip; the list shows the transaction whose event said it", async ({
  page,
  api,
  serverNow,
}) => {
  // A word no other event has, so the list holds exactly this transaction.
  const word = `quokka${Date.now().toString(36)}`;
  const id = `e2e-text-${word}`;
  await ingest(
    api,
    transactionEvents(id, serverNow() - 10 * 60_000, [
      RECEIVED,
      {
        type: "ERROR",
        step: "ROUTING",
        level: "ERROR",
        errorCode: "UNKNOWN_RECIPIENT",
        message: `No routing rule found for recipient 0037:${word} (Quokka Oy)`,
      },
    ]),
  );

  await signIn(page, "/transactions");
  const main = page.getByRole("main");
  const filters = main.getByRole("search", { name: "Filter transactions" });
  await expect(main.locator("tbody tr").first()).toBeVisible();

  // Words of the message in another order and case: every word of one event, anywhere in it.
  const text = `ROUTING ${word} recipient`;
  await filters.getByRole("textbox", { name: "Message text" }).fill(text);
  await expect(page).toHaveURL(/[?&]text=ROUTING(\+|%20)quokka\w+(\+|%20)recipient(&|$)/);
  await expect(
    main
      .getByRole("list", { name: "Active filters" })
      .getByRole("button", { name: `Remove filter Message contains: ${text}` }),
  ).toBeVisible();
  await expect(page.getByRole("table")).toHaveAttribute("aria-busy", "false");
  await expect(main.locator("tbody a[data-row-link]")).toHaveCount(1);
  await expect(main.locator("tbody a[data-row-link]")).toHaveAttribute("data-id", id);

  // The same answer as the Track API's filter.text; a word of no event finds nothing.
  const headers = bearer(await tokenFor(api));
  const direct = await api.post("/track/api/transactions", { headers, data: { filter: { text } } });
  expect(direct.status()).toBe(200);
  expect(((await direct.json()) as { items: { id: string }[] }).items.map((t) => t.id)).toEqual([id]);
  const none = await api.post("/track/api/transactions", { headers, data: { filter: { text: `${word}x` } } });
  expect(((await none.json()) as { total: number }).total).toBe(0);
  // Bad input is a 400 naming the field, never a 5xx.
  const bad = await api.post("/track/api/transactions", { headers, data: { filter: { text: "a\u0000b" } } });
  expect(bad.status()).toBe(400);
  expect(JSON.stringify(await bad.json())).toContain("text");
});

test("a word of most events: the list says its total is more than 1,000, as the Track API's lower bound, and pages on", async ({
  page,
  api,
}) => {
  // "Archived" ends every delivered transaction's lifecycle: too many to count them all.
  const headers = bearer(await tokenFor(api));
  const direct = await api.post("/track/api/transactions", { headers, data: { filter: { text: "archived" } } });
  expect(direct.status()).toBe(200);
  expect(await direct.json()).toMatchObject({ total: 1000, totalRelation: "gte" });

  await signIn(page, "/transactions?text=archived");
  const main = page.getByRole("main");
  await expect(page.getByRole("table")).toHaveAttribute("aria-busy", "false");
  await expect(main.getByRole("status").filter({ hasText: "transactions" })).toHaveText(
    /^More than 1,000 transactions/,
  );
  const nav = main.getByRole("navigation", { name: "Pages" });
  await expect(nav).toContainText("Rows 1–50 of more than 1,000");
  await expect(main.locator("tbody a[data-row-link]")).toHaveCount(50);
  await nav.getByRole("link", { name: "Next" }).click();
  await expect(nav).toContainText("Rows 51–100 of more than 1,000");
  await expect(main.locator("tbody a[data-row-link]")).toHaveCount(50);
});
