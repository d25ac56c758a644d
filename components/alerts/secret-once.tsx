"use client";

import { useEffect, useRef, useState } from "react";
import { buttonClass, primaryButtonClass } from "./styles";

/** A new webhook's signing secret, shown this once with a copy button, until the person dismisses it. */
export function SecretOnce({ name, secret, onDone }: { name: string; secret: string; onDone: () => void }) {
  const [copied, setCopied] = useState("");
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(secret);
      setCopied("Secret copied");
    } catch {
      setCopied("Could not copy; select the secret and copy it by hand");
    }
  };
  return (
    <section
      aria-labelledby="secret-once-heading"
      className="rounded-lg border border-[var(--status-sending)] bg-[var(--card)] p-4"
      data-testid="secret-once"
    >
      <h3 id="secret-once-heading" ref={heading} tabIndex={-1} className="font-semibold outline-none">
        Webhook “{name}” created
      </h3>
      <p className="mt-1 text-sm">
        This is its signing secret. <strong>Copy it now: you will not see it again.</strong> Your receiver checks the{" "}
        <code className="font-mono">X-Track-Signature</code> header with it.
      </p>
      <div className="mt-3 flex flex-wrap items-center gap-2">
        <code
          data-testid="webhook-secret"
          className="rounded-md border border-[var(--border)] bg-[var(--background)] px-2.5 py-1.5 font-mono text-sm break-all select-all"
        >
          {secret}
        </code>
        <button type="button" className={buttonClass} onClick={() => void copy()}>
          {copied === "Secret copied" ? "Copied" : "Copy secret"}
        </button>
      </div>
      <span role="status" aria-live="polite" className="sr-only">
        {copied}
      </span>
      <button type="button" className={`${primaryButtonClass} mt-3`} onClick={onDone}>
        I have copied it
      </button>
    </section>
  );
}
