"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useState, type KeyboardEvent, type MouseEvent } from "react";
import type { TransactionFile } from "@/lib/domain/transaction";
import { useHasRole } from "@/components/layout/session-user";
import { fileQueryOptions, isForbidden, useFileQuery } from "@/lib/queries/files";
import { FilePreview } from "./file-preview";
import { FileRow } from "./file-row";
import { saveBytes } from "./save-bytes";

interface FilesCardProps {
  transactionId: string;
  files: TransactionFile[];
  formatLabel?: string;
  /** False when the Track API has no files endpoint: the card says so instead of listing. */
  offered?: boolean;
}

/**
 * The transaction's files. Without the `blob` role (known from the session, or from a 403 of the
 * BFF) the card is a "no permission" notice with every action disabled, so no file is ever delivered.
 * Against a Track API without a files endpoint the card says so.
 */
export function FilesCard({ transactionId, files, formatLabel, offered = true }: FilesCardProps) {
  const client = useQueryClient();
  const [previewId, setPreviewId] = useState<string | null>(null);
  const [downloading, setDownloading] = useState<string | null>(null);
  const [downloadDenied, setDownloadDenied] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const previewFile = files.find((file) => file.id === previewId) ?? null;
  const preview = useFileQuery(transactionId, previewFile);
  // The session's roles say up front when files cannot be opened; a 403 from the server says it too.
  const denied = !useHasRole("blob") || downloadDenied || isForbidden(preview.error);

  async function download(file: TransactionFile, event: MouseEvent<HTMLAnchorElement>) {
    // Modified clicks (new tab, save link as) go to the BFF address as they are.
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    setProblem(null);
    setDownloading(file.id);
    try {
      saveBytes(await client.fetchQuery(fileQueryOptions(transactionId, file)), file.name);
    } catch (error) {
      if (isForbidden(error)) setDownloadDenied(true);
      else setProblem(`${file.name} could not be downloaded: ${(error as Error).message}`);
    } finally {
      setDownloading(null);
    }
  }

  function closePreview() {
    const id = previewId;
    setPreviewId(null);
    if (id) document.getElementById(`preview-${id}`)?.focus();
  }

  // Escape within the card while a preview is open (in it, or on the button that opened it) closes
  // the preview only; the drill-down's own Escape (back to the list) sees it as handled.
  function onKeyDown(event: KeyboardEvent) {
    if (event.key !== "Escape" || !previewId || event.metaKey || event.ctrlKey || event.altKey || event.shiftKey)
      return;
    event.preventDefault();
    closePreview();
  }

  return (
    <section
      onKeyDown={onKeyDown}
      aria-labelledby="files-heading"
      className="rounded-xl border border-[var(--border)] bg-[var(--card)] p-4 sm:p-5"
    >
      <h2 id="files-heading" className="text-sm font-semibold">
        Files {offered ? <span className="font-normal text-[var(--muted)]">({files.length})</span> : null}
      </h2>
      {!offered ? (
        <p role="note" className="mt-3 text-sm text-[var(--muted)]">
          The Track API this dashboard uses offers no files of transactions.
        </p>
      ) : null}
      {denied ? (
        <p
          role="alert"
          className="mt-3 rounded-lg border border-[var(--danger)]/30 bg-[var(--danger)]/10 px-3 py-2 text-sm text-[var(--danger)]"
        >
          You have no permission to open files. Ask your administrator for the <code>blob</code> role.
        </p>
      ) : null}
      {problem ? (
        <p role="alert" className="mt-3 text-sm text-[var(--danger)]">
          {problem}
        </p>
      ) : null}
      {!offered ? null : files.length === 0 ? (
        <p className="mt-3 text-sm text-[var(--muted)]">This transaction has no files.</p>
      ) : (
        <ul className="mt-1 divide-y divide-[var(--border)]">
          {files.map((file) => (
            <FileRow
              key={file.id}
              transactionId={transactionId}
              file={file}
              formatLabel={formatLabel}
              denied={denied}
              downloading={downloading === file.id}
              previewing={previewId === file.id && !denied}
              onDownload={download}
              onPreview={(f) => setPreviewId((current) => (current === f.id ? null : f.id))}
            />
          ))}
        </ul>
      )}
      {previewFile && !denied ? (
        <FilePreview transactionId={transactionId} file={previewFile} content={preview} onClose={closePreview} />
      ) : null}
    </section>
  );
}
