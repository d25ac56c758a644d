import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { NuqsTestingAdapter } from "nuqs/adapters/testing";
import type { ReactElement } from "react";
import { renderToString } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { BucketToggle } from "./bucket-toggle";
import { LiveIndicator } from "./live-indicator";

const serverHtml = (ui: ReactElement, searchParams: string) =>
  renderToString(
    <QueryClientProvider client={new QueryClient()}>
      <NuqsTestingAdapter searchParams={searchParams}>{ui}</NuqsTestingAdapter>
    </QueryClientProvider>,
  );

// The server's clock and zone are not the viewer's: what depends on them is left out of its HTML, so
// the browser's first render (which hydrates it) cannot say anything else.
describe("the overview's time-dependent controls in the server's HTML", () => {
  it("has no bucket toggle, even for a range that offers one", () => {
    expect(serverHtml(<BucketToggle />, "?range=7d")).toBe("");
  });

  it("has an empty live indicator, whatever the range", () => {
    for (const search of ["?range=today", "?range=month&live=off", "?from=2026-01-01&to=2026-01-02"])
      expect(serverHtml(<LiveIndicator status="connecting" updatedAt={0} />, search)).toBe('<div class="h-5"></div>');
  });
});
