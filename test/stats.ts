import { cleanup } from "@testing-library/react";
import { afterEach, beforeEach, vi } from "vitest";
import { sampleStats } from "@/components/charts/stats.fixture";

/**
 * For the charts' tests: every `fetch` of each test answers the sample stats (override one answer with
 * `mockImplementationOnce`); after each test the DOM is cleaned up and the globals restored.
 */
export function serveStats() {
  const fetchMock = vi.fn<typeof fetch>();
  beforeEach(() => {
    vi.stubGlobal("fetch", fetchMock);
    fetchMock.mockImplementation(async () => Response.json(sampleStats()));
  });
  afterEach(() => {
    cleanup();
    fetchMock.mockReset();
    vi.unstubAllGlobals();
  });
  return fetchMock;
}

/** A link's query as an object, to compare with the filter it should carry. */
export const linkQuery = (href: string | null) => Object.fromEntries(new URL(href ?? "", "http://x").searchParams);
