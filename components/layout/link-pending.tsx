"use client";

import { useLinkStatus } from "next/link";

/**
 * A dot inside a link that shows while the page it leads to loads. The list and the overview render
 * with their first data (lib/bff/first-paint.ts), so a click on their links waits for the server.
 */
export function LinkPending() {
  const { pending } = useLinkStatus();
  return (
    <span
      aria-hidden
      data-link-pending={pending ? "" : undefined}
      className={`ml-1 inline-block h-1.5 w-1.5 rounded-full bg-current align-middle ${pending ? "animate-pulse" : "invisible"}`}
    />
  );
}
