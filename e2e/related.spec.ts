import type { APIRequestContext } from "@playwright/test";
import { expectNoSeriousA11yFindings } from "./axe";
import { CONNECTION_ERROR, RECEIVED, transactionEvents, type StepSpec } from "./events";
import { bearer, expect, signIn, test, tokenFor } from "./fixtures";

const DELIVERED: StepSpec[] = [
  RECEIVED,
  { type: "VALIDATED", step: "VALIDATION" },
  { type: "SENT", step: "OUTBOUND" },
  { type: "DELIVERED", step: "NETWORK" },
];

interface Doc {
  id: string;
  documentType: string;
  documentNumber: string;
  direction: "inbound" | "outbound";
  reference?: string;
  steps: StepSpec[];
}

/** A document's events, its metadata that of transactionEvents with this type, number, partner and reference. */
function documentEvents(doc: Doc, partner: { id: string; name: string }, start: number) {
  const [first, ...rest] = transactionEvents(doc.id, start, doc.steps);
  const own = { id: "0037:99999999", name: "Acme Oy" };
  const inbound = doc.direction === "inbound";
  const transaction = {
    ...first.transaction!,
    documentType: doc.documentType,
    documentNumber: doc.documentNumber,
    direction: doc.direction,
    sender: inbound ? partner : own,
    receiver: inbound ? own : partner,
    businessPartner: partner,
    ...(doc.reference ? { reference: doc.reference } : {}),
  };
  return [{ ...first, transaction }, ...rest];
}

async function ingestAs(api: APIRequestContext, tenant: "acme" | "globex", events: unknown[]) {
  const response = await api.post("/track/api/events", {
    headers: bearer(await tokenFor(api, `ingest@${tenant}.test`)),
    data: { events },
  });
  expect(response.status(), await response.text()).toBe(202);
}

/**
 * An order, its response (delivered) and its invoice (failed), of one partner new to this run, and
 * an unrelated invoice of another partner whose number also holds `E2E-<run>`.
 */
async function ingestChain(api: APIRequestContext) {
  const run = Date.now().toString(36);
  const partner = { id: `0037:E2E${run}`, name: `Chain Partner ${run}` };
  const order = `PO-E2E-${run}`;
  const docs: Doc[] = [
    { id: `e2e-po-${run}`, documentType: "order", documentNumber: order, direction: "inbound", steps: DELIVERED },
    {
      id: `e2e-ordrsp-${run}`,
      documentType: "orderResponse",
      documentNumber: `ORDRSP-E2E-${run}`,
      direction: "outbound",
      reference: order,
      steps: DELIVERED,
    },
    {
      id: `e2e-inv-${run}`,
      documentType: "invoice",
      documentNumber: `INV-E2E-${run}`,
      direction: "outbound",
      reference: order,
      steps: [RECEIVED, { type: "VALIDATED", step: "VALIDATION" }, CONNECTION_ERROR],
    },
  ];
  const start = Date.now() - 30 * 60_000;
  await ingestAs(
    api,
    "acme",
    docs.flatMap((doc, i) => documentEvents(doc, partner, start + i * 5 * 60_000)),
  );
  // Another partner's invoice of the same run, unrelated.
  const other: Doc = {
    id: `e2e-other-${run}`,
    documentType: "invoice",
    documentNumber: `INV-E2E-${run}-X`,
    direction: "outbound",
    steps: DELIVERED,
  };
  await ingestAs(api, "acme", documentEvents(other, { id: "0037:E2EOTHER", name: "Other Partner Oy" }, start));
  // Globex has a document of the same number referencing the same order number: never Acme's chain.
  const stranger: Doc = { ...docs[1], id: `e2e-globex-${run}`, steps: [RECEIVED] };
  await ingestAs(api, "globex", documentEvents(stranger, partner, start));
  return { run, partner, order, docs };
}

test.describe("related documents", () => {
  test("the drill-down shows the chain with statuses, and its links open the related documents", async ({
    page,
    api,
  }) => {
    const { docs } = await ingestChain(api);
    const [order, response, invoice] = docs;

    // The Track API answers related[] for the tenant's own documents only.
    const detail = await api.get(`/track/api/transactions/${response.id}`, { headers: bearer(await tokenFor(api)) });
    const body = await detail.json();
    expect(body.reference).toBe(order.documentNumber);
    expect(
      body.related.map((r: { id: string; relation: string; status: string }) => [r.id, r.relation, r.status]),
    ).toEqual([
      [order.id, "referenced", "delivered"],
      [invoice.id, "sibling", "error"],
    ]);

    await signIn(page, `/transactions/${response.id}`);
    await expect(page.getByRole("heading", { level: 1 })).toContainText(response.documentNumber);
    const chain = page.getByRole("list", { name: "Document chain, oldest first" });
    const items = chain.getByRole("listitem");
    await expect(items).toHaveCount(3);
    expect(await items.evaluateAll((els) => els.map((el) => el.getAttribute("data-related")))).toEqual(
      docs.map((d) => d.id),
    );
    await expect(items.nth(0).locator("[data-status]")).toHaveAttribute("data-status", "delivered");
    await expect(items.nth(1)).toContainText("This transaction");
    await expect(items.nth(2).locator("[data-status]")).toHaveAttribute("data-status", "error");
    await expectNoSeriousA11yFindings(page);

    // Keyboard: the order's link is reachable and opens the order's drill-down, whose chain shows both answers.
    const orderLink = chain.getByRole("link", { name: new RegExp(order.documentNumber) });
    await orderLink.focus();
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(new RegExp(`/transactions/${order.id}$`));
    await expect(page.getByRole("heading", { level: 1 })).toContainText(order.documentNumber);
    await expect(chain.getByRole("listitem")).toHaveCount(3);
    await expect(chain.getByRole("link", { name: new RegExp(invoice.documentNumber) })).toContainText(
      "References this one",
    );
  });

  test("a partner's link in the list opens the list filtered on that partner", async ({ page, api }) => {
    const { run, partner, docs } = await ingestChain(api);
    await signIn(page, `/transactions?q=E2E-${run}`);
    const rows = page.locator("a[data-row-link]");
    const ids = () => rows.evaluateAll((els) => els.map((el) => el.getAttribute("data-id")).sort());
    await expect(rows).toHaveCount(4);
    const row = page.getByRole("row", { name: new RegExp(docs[1].documentNumber) });
    await row.getByRole("link", { name: partner.name }).click();
    // The rest of the view (the search) stays; the partner narrows it.
    await expect(page).toHaveURL(
      (url) => url.searchParams.get("partner") === partner.id && url.searchParams.get("q") === `E2E-${run}`,
    );
    await expect(rows).toHaveCount(3);
    expect(await ids()).toEqual(docs.map((d) => d.id).sort());
    // The click filtered the list; it did not open the row underneath the link.
    await expect(page.getByRole("heading", { level: 1, name: "Transactions" })).toBeVisible();
  });
});
