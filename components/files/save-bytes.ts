import type { FileContent } from "@/lib/queries/files";

/** Hands fetched bytes to the browser's download manager under `name`. */
export function saveBytes({ bytes, contentType }: FileContent, name: string): void {
  const url = URL.createObjectURL(new Blob([bytes], { type: contentType || "application/octet-stream" }));
  const link = document.createElement("a");
  link.href = url;
  link.download = name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // NOTE: revoking in the same task can cancel the download in some browsers.
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}
