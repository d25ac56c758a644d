"use client";

import { useEffect, useRef, useState } from "react";
import type { ViewPage } from "@/lib/saved-views/pages";
import { SaveViewDialog } from "./save-view-dialog";

/** "Save view": names this page's URL state (filters, range, columns…) as a saved view. */
export function SaveViewButton({ page }: { page: ViewPage }) {
  const button = useRef<HTMLButtonElement>(null);
  const dialog = useRef<HTMLDialogElement>(null);
  const [message, setMessage] = useState("");
  useEffect(() => {
    if (!message) return;
    const timer = setTimeout(() => setMessage(""), 4000);
    return () => clearTimeout(timer);
  }, [message]);

  useEffect(() => {
    const current = dialog.current;
    // Closed by Save, Cancel or Escape: the focus goes back to the button that opened it.
    const back = () => button.current?.focus();
    current?.addEventListener("close", back);
    return () => current?.removeEventListener("close", back);
  }, []);

  return (
    <>
      <button
        ref={button}
        type="button"
        aria-haspopup="dialog"
        onClick={() => {
          dialog.current?.showModal();
          dialog.current?.querySelector<HTMLInputElement>("input[name=name]")?.focus();
        }}
        className="inline-flex h-8 items-center gap-1.5 rounded-md border border-[var(--border)] bg-[var(--card)] px-3 text-sm hover:border-[var(--muted)]/60 focus-visible:outline-2 focus-visible:outline-[var(--accent)]"
      >
        <svg aria-hidden viewBox="0 0 16 16" className="size-3.5" fill="none" stroke="currentColor" strokeWidth="1.6">
          <path d="M4 2.5h8v11l-4-3-4 3z" strokeLinejoin="round" />
        </svg>
        Save view
      </button>
      <span role="status" aria-live="polite" className="sr-only">
        {message}
      </span>
      <SaveViewDialog dialogRef={dialog} page={page} onSaved={(name) => setMessage(`Saved view "${name}"`)} />
    </>
  );
}
