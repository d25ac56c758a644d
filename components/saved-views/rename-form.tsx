"use client";

import { useEffect, useId, useRef, useState, type FormEvent } from "react";
import { useUpdateView, ViewRequestError } from "@/lib/queries/saved-views";
import { MAX_VIEW_NAME, type SavedView } from "@/lib/saved-views/pages";

/** A view's name as a field in place: Enter saves, Escape or Cancel gives up; a refused name is shown under it. */
export function RenameForm({ view, onDone }: { view: SavedView; onDone: () => void }) {
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const update = useUpdateView();
  const [error, setError] = useState<string | null>(null);
  useEffect(() => input.current?.select(), []);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setError(null);
    try {
      await update.mutateAsync({ id: view.id, name: input.current?.value ?? "" });
      onDone();
    } catch (e) {
      setError(e instanceof ViewRequestError || e instanceof Error ? e.message : "The view could not be renamed.");
      input.current?.focus();
    }
  }

  return (
    <form
      onSubmit={submit}
      noValidate
      onKeyDown={(event) => {
        if (event.key !== "Escape") return;
        event.preventDefault();
        onDone();
      }}
      className="space-y-1"
    >
      <div className="flex flex-wrap items-center gap-2">
        <label htmlFor={`${id}-name`} className="sr-only">
          New name for {view.name}
        </label>
        <input
          ref={input}
          id={`${id}-name`}
          defaultValue={view.name}
          autoComplete="off"
          maxLength={MAX_VIEW_NAME * 2}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
          className="input min-w-0 flex-1 py-1"
        />
        <button type="submit" className="btn btn-primary py-1" disabled={update.isPending}>
          Save
        </button>
        <button type="button" className="btn py-1" onClick={onDone}>
          Cancel
        </button>
      </div>
      {error ? (
        <p id={`${id}-error`} className="text-sm text-[var(--danger)]">
          {error}
        </p>
      ) : null}
    </form>
  );
}
