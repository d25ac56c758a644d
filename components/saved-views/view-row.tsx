"use client";

import Link from "next/link";
import { useRef, useState } from "react";
import { useUpdateView } from "@/lib/queries/saved-views";
import { VIEW_PAGE_LABEL, type SavedView } from "@/lib/saved-views/pages";
import { DeleteViewDialog } from "./delete-view-dialog";
import { RenameForm } from "./rename-form";

const small = "btn px-2 py-1 text-xs";

/** The view's name after an action's visible word, for screen readers ("Rename Errors today"). */
const Named = ({ view }: { view: SavedView }) => <span className="sr-only"> {view.name}</span>;

/** One saved view: open it; pin or unpin it; the owner also renames, shares and deletes it. */
export function ViewRow({ view, onDeleted }: { view: SavedView; onDeleted: () => void }) {
  const update = useUpdateView();
  const [renaming, setRenaming] = useState(false);
  const renameButton = useRef<HTMLButtonElement>(null);
  const deleteButton = useRef<HTMLButtonElement>(null);
  const dialog = useRef<HTMLDialogElement>(null);

  const doneRenaming = () => {
    setRenaming(false);
    // After the form is gone, the focus goes back to the button that opened it.
    requestAnimationFrame(() => renameButton.current?.focus());
  };

  return (
    <tr className="border-t border-[var(--border)] align-top" data-view-id={view.id}>
      <td className="px-3 py-2.5">
        {renaming ? (
          <RenameForm view={view} onDone={doneRenaming} />
        ) : (
          <>
            <Link href={view.href} className="font-medium text-[var(--accent)] hover:underline">
              {view.name}
            </Link>
            <p className="mt-0.5 max-w-md truncate font-mono text-xs text-[var(--muted)]" title={view.query}>
              {view.query ? decodeURIComponent(view.query.replace(/\+/g, " ")) : "No filters"}
            </p>
          </>
        )}
        {update.error ? (
          <p role="alert" className="mt-1 text-sm text-[var(--danger)]">
            {update.error.message}
          </p>
        ) : null}
      </td>
      <td className="px-3 py-2.5 text-sm">{VIEW_PAGE_LABEL[view.page]}</td>
      <td className="px-3 py-2.5 text-sm">
        {view.mine ? (
          <label className="inline-flex items-center gap-2">
            <input
              type="checkbox"
              checked={view.shared}
              disabled={update.isPending}
              onChange={(event) => update.mutate({ id: view.id, shared: event.target.checked })}
              className="size-4 accent-[var(--accent)]"
            />
            <span>
              Shared<span className="sr-only"> with my organisation: {view.name}</span>
            </span>
          </label>
        ) : (
          <span className="text-[var(--muted)]">Shared by {view.ownerName}</span>
        )}
      </td>
      <td className="px-3 py-2.5">
        <div className="flex flex-wrap justify-end gap-1.5">
          <button
            type="button"
            className={small}
            disabled={update.isPending}
            onClick={() => update.mutate({ id: view.id, pinned: !view.pinned })}
          >
            {view.pinned ? "Unpin" : "Pin"}
            <Named view={view} />
          </button>
          {view.mine ? (
            <>
              <button ref={renameButton} type="button" className={small} onClick={() => setRenaming(true)}>
                Rename
                <Named view={view} />
              </button>
              <button
                ref={deleteButton}
                type="button"
                className={small}
                onClick={() => {
                  dialog.current?.showModal();
                  dialog.current?.querySelector<HTMLButtonElement>("[data-cancel]")?.focus();
                }}
              >
                Delete
                <Named view={view} />
              </button>
              <DeleteViewDialog dialogRef={dialog} view={view} onDeleted={onDeleted} />
            </>
          ) : null}
        </div>
      </td>
    </tr>
  );
}
