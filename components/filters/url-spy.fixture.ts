import { waitFor } from "@testing-library/react";
import type { UrlUpdateEvent } from "nuqs/adapters/testing";
import { expect, vi } from "vitest";

/** Records the URL updates of a test's render; `last()` waits for the (rate-limited) next one. */
export function urlSpy() {
  const onUrlUpdate = vi.fn<(event: UrlUpdateEvent) => void>();
  return {
    onUrlUpdate,
    async last(): Promise<UrlUpdateEvent> {
      const before = onUrlUpdate.mock.calls.length;
      await waitFor(() => expect(onUrlUpdate.mock.calls.length).toBeGreaterThan(before));
      return onUrlUpdate.mock.calls.at(-1)![0];
    },
  };
}
