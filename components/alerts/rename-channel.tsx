"use client";

import { useId, type FormEvent } from "react";
import { useRenameChannel } from "@/lib/queries/alert-channels";
import { buttonClass, inputClass, primaryButtonClass } from "./styles";

/** An inline form that renames a channel; the server's refusal shows under the field. */
export function RenameChannel({ id, name, onDone }: { id: string; name: string; onDone: () => void }) {
  const field = useId();
  const rename = useRenameChannel(id);
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    rename.mutate(String(new FormData(event.currentTarget).get("name") ?? ""), { onSuccess: onDone });
  };
  return (
    <form onSubmit={submit} noValidate className="mt-3 flex flex-wrap items-end gap-2">
      <div className="min-w-56 flex-1">
        <label htmlFor={field} className="text-sm font-medium">
          New name for “{name}”
        </label>
        <input
          id={field}
          name="name"
          defaultValue={name}
          maxLength={80}
          // The field just asked for takes the focus.
          autoFocus
          className={`${inputClass} mt-1`}
          aria-invalid={!!rename.error}
          aria-describedby={rename.error ? `${field}-error` : undefined}
        />
        {rename.error ? (
          <p id={`${field}-error`} className="mt-1 text-sm text-[var(--danger)]">
            {rename.error.message}
          </p>
        ) : null}
      </div>
      <button type="submit" className={primaryButtonClass} disabled={rename.isPending}>
        {rename.isPending ? "Saving…" : "Save name"}
      </button>
      <button type="button" className={buttonClass} onClick={onDone}>
        Cancel
      </button>
    </form>
  );
}
