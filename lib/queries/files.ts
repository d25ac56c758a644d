"use client";

import { queryOptions, useQuery } from "@tanstack/react-query";
import type { TransactionFile } from "@/lib/domain/transaction";
import { BffError, type BffErrorBody } from "./fetch-json";

/** The BFF address of a transaction's file; `inline` asks the browser to show rather than save it. */
export function fileUrl(
  transactionId: string,
  fileId: string,
  disposition: "inline" | "attachment" = "attachment",
): string {
  return `/api/transactions/${encodeURIComponent(transactionId)}/files/${encodeURIComponent(fileId)}?disposition=${disposition}`;
}

/** A file's bytes with the media type (and charset, when named) the server sent. */
export interface FileContent {
  bytes: ArrayBuffer;
  contentType: string;
}

/** GETs a file from the BFF; a non-2xx answer (403 without the blob role) becomes a `BffError`. */
export async function fetchFile(url: string, signal?: AbortSignal): Promise<FileContent> {
  let response: Response;
  try {
    response = await fetch(url, { signal });
  } catch (error) {
    if ((error as Error).name === "AbortError") throw error;
    throw new BffError(0, "network", "The server cannot be reached. Check your connection and retry.");
  }
  if (!response.ok) {
    const body = (await response.json().catch(() => null)) as BffErrorBody | null;
    throw new BffError(
      response.status,
      body?.error.code ?? "error",
      body?.error.message ?? `The server answered ${response.status}.`,
    );
  }
  return { bytes: await response.arrayBuffer(), contentType: response.headers.get("content-type") ?? "" };
}

/** Query options for one file's content; files do not change, so a fetched file is reused for preview and download. */
export function fileQueryOptions(transactionId: string, file: Pick<TransactionFile, "id">) {
  return queryOptions({
    queryKey: ["transaction-file", transactionId, file.id],
    queryFn: ({ signal }) => fetchFile(fileUrl(transactionId, file.id), signal),
    staleTime: Infinity,
    gcTime: 60_000,
  });
}

/** The content of the file being previewed; idle while `file` is null. */
export function useFileQuery(transactionId: string, file: Pick<TransactionFile, "id"> | null) {
  return useQuery({ ...fileQueryOptions(transactionId, file ?? { id: "" }), enabled: file !== null });
}

/** True for the BFF's answer to a person without the `blob` role. */
export const isForbidden = (error: unknown): boolean => error instanceof BffError && error.status === 403;
