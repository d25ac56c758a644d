"use client";

import { useId, useState, type RefObject } from "react";
import { useDeleteView } from "@/lib/queries/saved-views";
import type { SavedView } from "@/lib/saved-views/pages";

/** Asks before a view is deleted (for everyone it is shared with); Escape or Cancel keeps it. */
export function DeleteViewDialog({
  dialogRef,
  view,
  onDeleted,
}: {
  dialogRef: RefObject<HTMLDialogElement | null>;
  view: SavedView;
  onDeleted: () => void;
}) {
  const id = useId();
  const remove = useDeleteView();
  const [error, setError] = useState<string | null>(null);

  async function confirm() {
    setError(null);
    try {
      await remove.mutateAsync(view.id);
      dialogRef.current?.close();
      onDeleted();
    } catch (e) {
      setError(e instanceof Error ? e.message : "The view could not be deleted.");
    }
  }

  return (
    <dialog
      ref={dialogRef}
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-text`}
      onClose={() => setError(null)}
      className="m-auto w-[min(26rem,calc(100vw-2rem))] rounded-lg border border-[var(--border)] bg-[var(--card)] p-5 text-[var(--foreground)] shadow-xl backdrop:bg-black/40"
    >
      <h2 id={`${id}-title`} className="text-base font-semibold">
        Delete “{view.name}”?
      </h2>
      <p id={`${id}-text`} className="mt-2 text-sm text-[var(--muted)]">
        {view.shared
          ? "It goes away for everyone in your organisation, and from their headers."
          : "It goes away from this list and from your header."}
      </p>
      {error ? (
        <p role="alert" className="mt-2 text-sm text-[var(--danger)]">
          {error}
        </p>
      ) : null}
      <div className="mt-4 flex justify-end gap-2">
        <button type="button" className="btn" data-cancel onClick={() => dialogRef.current?.close()}>
          Cancel
        </button>
        <button
          type="button"
          className="btn border-transparent bg-[var(--danger)] text-white hover:bg-[var(--danger)]/90 dark:text-[var(--background)]"
          disabled={remove.isPending}
          onClick={() => void confirm()}
        >
          Delete view
        </button>
      </div>
    </dialog>
  );
}
