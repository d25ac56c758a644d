import type { MouseEvent } from "react";
import type { TransactionFile } from "@/lib/domain/transaction";
import { fileUrl } from "@/lib/queries/files";
import { formatBytes, mediaTypeLabel, previewKind } from "./file-text";

const button = "btn px-2.5 py-1.5";

interface FileRowProps {
  transactionId: string;
  file: TransactionFile;
  /** The transaction's format, shown for its data file ("Finvoice 3"). */
  formatLabel?: string;
  /** Without the blob role the actions are shown disabled and link nowhere. */
  denied: boolean;
  downloading: boolean;
  previewing: boolean;
  onDownload: (file: TransactionFile, event: MouseEvent<HTMLAnchorElement>) => void;
  onPreview: (file: TransactionFile) => void;
}

/** "PEPPOL BIS 3 (XML)": the document format with the file's type, or one of them when they say the same. */
export function fileTypeText(type: string, formatLabel?: string): string {
  if (!formatLabel || formatLabel.toLowerCase() === type.toLowerCase()) return type;
  return `${formatLabel} (${type})`;
}

/** One file: name, kind, type and size, with Download and Preview. */
export function FileRow({
  transactionId,
  file,
  formatLabel,
  denied,
  downloading,
  previewing,
  onDownload,
  onPreview,
}: FileRowProps) {
  const type = mediaTypeLabel(file.mediaType);
  const canPreview = previewKind(file.mediaType) !== null;
  return (
    <li className="flex flex-col gap-2 py-3 sm:flex-row sm:items-center sm:justify-between" data-file-id={file.id}>
      <div className="min-w-0">
        <p className="truncate font-medium" title={file.name}>
          {file.name}
        </p>
        <p className="text-sm text-[var(--muted)]">
          {file.kind === "document" ? "Document" : "Attachment"} ·{" "}
          {fileTypeText(type, file.kind === "document" ? formatLabel : undefined)} · {formatBytes(file.size)}
        </p>
      </div>
      <div className="flex shrink-0 gap-2">
        {canPreview ? (
          <button
            type="button"
            id={`preview-${file.id}`}
            className={`${button} ${previewing ? "bg-[var(--background)]" : ""}`}
            aria-pressed={previewing}
            aria-label={`Preview ${file.name}`}
            disabled={denied}
            onClick={() => onPreview(file)}
          >
            {previewing ? "Hide preview" : "Preview"}
          </button>
        ) : null}
        {denied ? (
          <button type="button" className={button} disabled aria-label={`Download ${file.name}`}>
            Download
          </button>
        ) : (
          <a
            className={button}
            href={fileUrl(transactionId, file.id, "attachment")}
            download={file.name}
            aria-label={`Download ${file.name}`}
            aria-busy={downloading}
            onClick={(event) => onDownload(file, event)}
          >
            {downloading ? "Downloading…" : "Download"}
          </a>
        )}
      </div>
    </li>
  );
}
