import type { Page, Response } from "@playwright/test";
import { bearer, expect, httpErrorLine, hydrated, signIn, test, tokenFor } from "./fixtures";

const scriptSrc = (policy: string) =>
  policy
    .split(";")
    .map((d) => d.trim())
    .find((d) => d.startsWith("script-src")) ?? "";

/** The nonce of a page's CSP header; the header must not allow inline scripts in general. */
function nonceOf(response: Pick<Response, "headers"> | null): string {
  const policy = response?.headers()["content-security-policy"] ?? "";
  const script = scriptSrc(policy);
  expect(script, policy).not.toContain("'unsafe-inline'");
  const nonce = /'nonce-([^']+)'/.exec(script)?.[1];
  expect(nonce, `a nonce in ${script}`).toBeTruthy();
  return nonce!;
}

/** Every script of the page as served carries the nonce, and none of the scripts it runs later lacks it. */
async function expectEveryScriptNonced(page: Page, response: Response | null) {
  const nonce = nonceOf(response);
  const html = await response!.text();
  const tags = html.match(/<script\b[^>]*>/g) ?? [];
  expect(tags.length).toBeGreaterThan(0);
  for (const tag of tags) expect(tag).toContain(`nonce="${nonce}"`);
  // The nonce attribute is hidden from getAttribute once applied; the property keeps it.
  const inline = await page
    .locator("script:not([src])")
    .evaluateAll((els) => els.map((el) => (el as HTMLScriptElement).nonce));
  for (const value of inline) expect(value).toBe(nonce);
}

test.describe("content security policy", () => {
  test.beforeEach(async ({ page }) => {
    await page.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { __cspViolations: string[] }).__cspViolations = seen;
      document.addEventListener("securitypolicyviolation", (e) => seen.push(`${e.violatedDirective} ${e.blockedURI}`));
    });
  });

  const violations = (page: Page) =>
    page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations);

  // The browser logs the two 404 pages below as console errors.
  test.use({
    allowedConsoleErrors: httpErrorLine(404, "/no-such-page", "/transactions/%E0%A4%A"),
  });
  test("every page's inline scripts carry the request's nonce, and nothing is blocked", async ({ page, api }) => {
    const signInPage = await page.goto("/sign-in");
    await expectEveryScriptNonced(page, signInPage);

    await signIn(page, "/transactions");
    await expect(page.locator("main tbody tr").first()).toBeVisible();
    const headers = bearer(await tokenFor(api));
    const [first] = (
      await (await api.post("/track/api/transactions", { headers, data: { filter: {}, page: { size: 1 } } })).json()
    ).items;
    for (const path of ["/transactions", "/", `/transactions/${first.id}`, "/no-such-page", "/transactions/%E0%A4%A"]) {
      const response = await page.goto(path);
      await expectEveryScriptNonced(page, response);
      // Hydrated: every script the page needs has loaded and run (the 404 pages too, in the shell).
      await hydrated(page);
      expect(await violations(page), path).toEqual([]);
    }
    // The scripts ran, not just loaded: typing in the search box (a client component) changes the URL.
    await page.goto("/transactions");
    await page.getByLabel("Search transactions").fill("INV");
    await expect(page).toHaveURL(/[?&]q=INV/);
    expect(await violations(page)).toEqual([]);
  });

  test("each page view gets another nonce", async ({ api }) => {
    const a = nonceOf(await api.get("/sign-in"));
    const b = nonceOf(await api.get("/sign-in"));
    expect(a).not.toBe(b);
  });

  test("JSON answers, files and the API reference allow no inline script", async ({ api }) => {
    for (const path of ["/api/transactions", "/track/api/docs", "/track/api/health", "/auth/certs"]) {
      const policy = (await api.get(path)).headers()["content-security-policy"] ?? "";
      expect(scriptSrc(policy), path).toBe("script-src 'self'");
      expect(policy).toContain("frame-ancestors 'self'");
    }
  });

  test("the PDF preview loads in its frame under the policy", async ({ page, api }) => {
    const headers = bearer(await tokenFor(api));
    const search = await api.post("/track/api/transactions", {
      headers,
      data: { filter: { format: ["pdf"], documentType: ["invoice"] }, page: { size: 1 } },
    });
    const [pdf] = (await search.json()).items;
    const detail = await (await api.get(`/track/api/transactions/${pdf.id}`, { headers })).json();
    const file = (detail.files as { id: string; name: string; mediaType: string }[]).find(
      (f) => f.mediaType === "application/pdf",
    )!;
    await signIn(page, `/transactions/${pdf.id}`);
    const frameLoad = page.waitForResponse(
      (r) => r.url().includes(`/files/${file.id}`) && r.url().includes("disposition=inline"),
    );
    await page.getByRole("button", { name: `Preview ${file.name}` }).click();
    expect((await frameLoad).status()).toBe(200);
    await expect(page.getByTitle(`PDF preview of ${file.name}`)).toBeVisible();
    expect(await violations(page)).toEqual([]);
  });
});
