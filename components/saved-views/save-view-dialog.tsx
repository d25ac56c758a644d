"use client";

import { useId, useState, type FormEvent, type RefObject } from "react";
import { MAX_VIEW_NAME, type ViewPage } from "@/lib/saved-views/pages";
import { useCreateView, ViewRequestError } from "@/lib/queries/saved-views";

/**
 * The "Save view" form in a modal dialog: a name and "Share with my organisation". Enter saves,
 * Escape (or Cancel) closes; a refused name is shown under the field, which gets the focus back.
 */
export function SaveViewDialog({
  dialogRef,
  page,
  onSaved,
}: {
  dialogRef: RefObject<HTMLDialogElement | null>;
  page: ViewPage;
  onSaved: (name: string) => void;
}) {
  const id = useId();
  const create = useCreateView();
  const [nameError, setNameError] = useState<string | null>(null);
  const [formError, setFormError] = useState<string | null>(null);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    setNameError(null);
    setFormError(null);
    try {
      const view = await create.mutateAsync({
        name: String(data.get("name") ?? ""),
        page,
        // The address as it is now: the URL is the view's whole state.
        query: window.location.search,
        shared: data.get("shared") === "on",
      });
      form.reset();
      dialogRef.current?.close();
      onSaved(view.name);
    } catch (error) {
      const message = error instanceof Error ? error.message : "The view could not be saved.";
      if (error instanceof ViewRequestError && error.field === "name") {
        setNameError(message);
        (form.elements.namedItem("name") as HTMLInputElement | null)?.focus();
      } else setFormError(message);
    }
  }

  return (
    <dialog
      ref={dialogRef}
      aria-labelledby={`${id}-title`}
      onClose={(event) => {
        // Closed without saving (Cancel, Escape), the next opening starts afresh.
        event.currentTarget.querySelector("form")?.reset();
        setNameError(null);
        setFormError(null);
      }}
      className="m-auto w-[min(28rem,calc(100vw-2rem))] rounded-lg border border-[var(--border)] bg-[var(--card)] p-0 text-[var(--foreground)] shadow-xl backdrop:bg-black/40"
    >
      <form onSubmit={submit} noValidate className="space-y-4 p-5">
        <h2 id={`${id}-title`} className="text-base font-semibold">
          Save view
        </h2>
        <div className="space-y-1">
          <label htmlFor={`${id}-name`} className="block text-sm font-medium">
            Name
          </label>
          <input
            id={`${id}-name`}
            name="name"
            autoComplete="off"
            maxLength={MAX_VIEW_NAME * 2}
            aria-invalid={nameError ? true : undefined}
            aria-describedby={nameError ? `${id}-name-error` : undefined}
            className="input w-full"
          />
          {nameError ? (
            <p id={`${id}-name-error`} className="text-sm text-[var(--danger)]">
              {nameError}
            </p>
          ) : null}
        </div>
        <label className="flex items-center gap-2 text-sm">
          <input type="checkbox" name="shared" className="size-4 accent-[var(--accent)]" />
          Share with my organisation
        </label>
        {formError ? (
          <p role="alert" className="text-sm text-[var(--danger)]">
            {formError}
          </p>
        ) : null}
        <div className="flex justify-end gap-2">
          <button type="button" className="btn" onClick={() => dialogRef.current?.close()}>
            Cancel
          </button>
          <button type="submit" className="btn btn-primary" disabled={create.isPending}>
            {create.isPending ? "Saving…" : "Save"}
          </button>
        </div>
      </form>
    </dialog>
  );
}
