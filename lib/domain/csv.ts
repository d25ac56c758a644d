import type { Transaction } from "@/lib/domain/transaction";

/** A CSV column: its header and how a row gives its value. */
export type CsvColumn<T> = [header: string, value: (row: T) => string | number | boolean | null | undefined];

/** The columns of a CSV export (the Track API's export endpoint and the BFF's download), in order. */
export const CSV_COLUMNS: CsvColumn<Transaction>[] = [
  ["Transaction ID", (t) => t.id],
  ["Document type", (t) => t.documentType],
  ["Document number", (t) => t.documentNumber],
  ["Status", (t) => t.status],
  ["Status reason", (t) => t.statusReason],
  ["Error type", (t) => t.errorType],
  ["Business status", (t) => t.businessStatus],
  ["Overdue", (t) => t.overdue],
  ["Direction", (t) => t.direction],
  ["Sender ID", (t) => t.sender?.id],
  ["Sender", (t) => t.sender?.name],
  ["Receiver ID", (t) => t.receiver?.id],
  ["Receiver", (t) => t.receiver?.name],
  ["Business partner ID", (t) => t.businessPartner?.id],
  ["Business partner", (t) => t.businessPartner?.name],
  ["In channel", (t) => t.inChannel],
  ["Out channel", (t) => t.outChannel],
  ["Format", (t) => t.format],
  ["Service profile", (t) => t.serviceProfile],
  ["Amount", (t) => t.amount],
  ["Currency", (t) => t.currency],
  ["Received at", (t) => t.receivedAt],
  ["Updated at", (t) => t.updatedAt],
  ["Delivered at", (t) => t.deliveredAt],
  ["SLA due at", (t) => t.slaDueAt],
];

/** Text that needs quoting or starts like a spreadsheet formula (one test for the common case). */
const NEEDS_CARE = /^[=+\-@\t\r]|[",\r\n]/;

/** One CSV field (RFC 4180), with spreadsheet formula injection neutralised for text. */
export function csvField(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return "";
  if (typeof value !== "string") return String(value);
  if (!NEEDS_CARE.test(value)) return value;
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** The header line of a CSV of `columns`. */
export const csvHeaderOf = <T>(columns: CsvColumn<T>[]) => columns.map(([h]) => csvField(h)).join(",") + "\r\n";

/** CSV lines for a chunk of rows. */
export const csvRowsOf = <T>(columns: CsvColumn<T>[], items: T[]) =>
  items.map((row) => columns.map(([, value]) => csvField(value(row))).join(",") + "\r\n").join("");

export const csvHeader = () => csvHeaderOf(CSV_COLUMNS);

/** CSV lines for a page of transactions. */
export const csvRows = (items: Transaction[]) => csvRowsOf(CSV_COLUMNS, items);

/**
 * A document as a byte stream: `head` first, then each chunk's text (or its UTF-8 bytes, passed as
 * they are) as the chunks come. Chunks are pulled only as fast as the reader takes them; cancelling
 * stops the source.
 */
export function textStream<C>(
  chunks: AsyncIterator<C>,
  head: string,
  lines: (chunk: C) => string | Uint8Array,
): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  let started = false;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (!started) {
        started = true;
        if (head) return controller.enqueue(encoder.encode(head));
      }
      const next = await chunks.next();
      if (next.done) controller.close();
      else {
        const text = lines(next.value);
        controller.enqueue(typeof text === "string" ? encoder.encode(text) : text);
      }
    },
    async cancel() {
      await chunks.return?.();
    },
  });
}

/** A CSV document of transactions as a byte stream: `prefix` and the header line, then the rows. */
export const csvStream = (chunks: AsyncIterator<Transaction[]>, prefix = ""): ReadableStream<Uint8Array> =>
  textStream(chunks, prefix + csvHeader(), csvRows);
