"use client";

import { useMemo } from "react";
import type { UseQueryResult } from "@tanstack/react-query";
import type { TransactionFile } from "@/lib/domain/transaction";
import { fileUrl, type FileContent } from "@/lib/queries/files";
import { previewKind, readableText } from "./file-text";

interface FilePreviewProps {
  transactionId: string;
  file: TransactionFile;
  content: UseQueryResult<FileContent>;
  onClose: () => void;
}

/** The in-page preview of one file: PDF in a frame, XML and EDIFACT as readable text. */
export function FilePreview({ transactionId, file, content, onClose }: FilePreviewProps) {
  return (
    <section
      aria-label={`Preview of ${file.name}`}
      className="mt-3 overflow-hidden rounded-lg border border-[var(--border)]"
    >
      <header className="flex items-center justify-between gap-2 border-b border-[var(--border)] bg-[var(--foreground)]/[0.03] px-3 py-2 text-sm">
        <span className="truncate font-medium" title={file.name}>
          {file.name}
        </span>
        <button
          type="button"
          onClick={onClose}
          className="rounded px-2 py-0.5 font-medium hover:underline focus-visible:outline-2 focus-visible:outline-[var(--accent)]"
          aria-label="Close preview"
        >
          Close
        </button>
      </header>
      <PreviewBody transactionId={transactionId} file={file} content={content} />
    </section>
  );
}

function PreviewBody({ transactionId, file, content }: Omit<FilePreviewProps, "onClose">) {
  const kind = previewKind(file.mediaType);
  const data = content.data;
  const text = useMemo(
    () => (data && kind !== "pdf" ? readableText(data.bytes, data.contentType, file.mediaType) : ""),
    [data, kind, file.mediaType],
  );
  if (content.isPending)
    return <p className="animate-pulse px-3 py-8 text-center text-sm text-[var(--muted)]">Loading preview…</p>;
  if (content.isError) {
    return (
      <div className="flex flex-col items-center gap-2 px-3 py-8 text-center text-sm">
        <p className="text-[var(--danger)]">The file could not be loaded: {content.error.message}</p>
        <button
          type="button"
          onClick={() => content.refetch()}
          className="rounded-md border border-[var(--border)] px-3 py-1 font-medium"
        >
          Retry
        </button>
      </div>
    );
  }
  // NOTE: the frame loads the BFF address only after the fetch above proved the person may open files.
  if (kind === "pdf")
    return (
      <iframe
        src={fileUrl(transactionId, file.id, "inline")}
        title={`PDF preview of ${file.name}`}
        className="h-[70vh] w-full bg-white"
      />
    );
  return (
    <pre
      tabIndex={0}
      className="max-h-[32rem] overflow-auto p-3 font-mono text-xs leading-relaxed"
      data-testid="file-preview-text"
    >
      {text}
    </pre>
  );
}
