"use client";

import { WayBack } from "@/components/layout/way-back";

/** What a page that failed to render shows, inside the header: what happened, a retry, and the ways back. */
export default function DashboardError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <WayBack
      title="This page failed to load"
      action={
        <button type="button" className="btn" onClick={reset}>
          Try again
        </button>
      }
    >
      Something went wrong while showing this page{error.digest ? ` (reference ${error.digest})` : ""}. Try again, or go
      back to the overview or the transactions list.
    </WayBack>
  );
}
