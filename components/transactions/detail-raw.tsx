"use client";

import { useState } from "react";
import type { TransactionDetail } from "@/lib/domain/transaction";

/** The transaction as the Track API returned it, folded away by default, with a copy button. */
export function DetailRaw({ detail }: { detail: TransactionDetail }) {
  const json = JSON.stringify(detail, null, 2);
  const [copied, setCopied] = useState(false);
  async function copy() {
    try {
      await navigator.clipboard.writeText(json);
      setCopied(true);
    } catch {
      // Clipboard access can be refused (insecure origin, permissions); the text stays selectable.
    }
  }
  return (
    <details className="group rounded-xl border border-[var(--border)] bg-[var(--card)]">
      <summary className="flex cursor-pointer list-none items-center justify-between gap-2 px-4 py-3 text-sm font-semibold select-none sm:px-5 [&::-webkit-details-marker]:hidden">
        <span>
          <span aria-hidden className="mr-2 inline-block text-[var(--muted)] transition-transform group-open:rotate-90">
            ›
          </span>
          Raw metadata
        </span>
        <span className="text-xs font-normal text-[var(--muted)]">JSON</span>
      </summary>
      <div className="relative border-t border-[var(--border)]">
        <button
          type="button"
          onClick={copy}
          className="absolute top-2 right-2 rounded-md border border-[var(--border)] bg-[var(--card)] px-2 py-0.5 text-xs font-medium"
        >
          {copied ? "Copied" : "Copy"}
        </button>
        <pre tabIndex={0} className="max-h-[28rem] overflow-auto p-4 font-mono text-xs leading-relaxed">
          {json}
        </pre>
      </div>
    </details>
  );
}
