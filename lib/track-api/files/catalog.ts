import type { Transaction, TransactionFile } from "@/lib/domain/transaction";
import { attachmentKind, renderAttachment } from "./attachments";
import { documentRenderer } from "./formats";
import { buildModel, type DocumentModel } from "./model";

/** Upper bound on generated attachments, so a bad count cannot make a listing render without end. */
const MAX_ATTACHMENTS = 100;

interface FileEntry {
  file: Omit<TransactionFile, "size">;
  render: () => Buffer;
}

/** A file-system and header safe name stem (document numbers may contain `/` or spaces). */
function fileStem(model: DocumentModel): string {
  return (
    model.number
      .replace(/[^\w.-]+/g, "_")
      .replace(/^[._]+/, "")
      .slice(0, 100) || "document"
  );
}

function entries(tx: Transaction, attachments: number): FileEntry[] {
  const model = buildModel(tx);
  const renderer = documentRenderer(tx.format);
  const stem = fileStem(model);
  const count = Number.isFinite(attachments) ? Math.min(MAX_ATTACHMENTS, Math.max(0, Math.floor(attachments))) : 0;
  const document: FileEntry = {
    file: { id: "document", name: `${stem}.${renderer.extension}`, mediaType: renderer.mediaType, kind: "document" },
    render: () => renderer.render(model),
  };
  const attached = Array.from({ length: count }, (_, i): FileEntry => ({
    file: {
      id: `attachment-${i + 1}`,
      name: `${stem}-${attachmentKind(model.type, i + 1).slug}.pdf`,
      mediaType: "application/pdf",
      kind: "attachment",
    },
    render: () => renderAttachment(model, i + 1),
  }));
  return [document, ...attached];
}

/** The data file (`document`) and `attachments` PDF attachments (`attachment-1`…) of a transaction, with exact sizes. */
export function listFiles(tx: Transaction, attachments: number): TransactionFile[] {
  return entries(tx, attachments).map(({ file, render }) => ({ ...file, size: render().length }));
}

/** One file of a transaction with its content, generated on demand; null for an id the transaction does not have. */
export function renderFile(
  tx: Transaction,
  attachments: number,
  fileId: string,
): { file: TransactionFile; content: Buffer } | null {
  const entry = entries(tx, attachments).find(({ file }) => file.id === fileId);
  if (!entry) return null;
  const content = entry.render();
  return { file: { ...entry.file, size: content.length }, content };
}
