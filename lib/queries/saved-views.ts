"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { SavedView, ViewPage } from "@/lib/saved-views/pages";
import { BffError, fetchJson, type BffErrorBody } from "./fetch-json";

const KEY = ["saved-views"];

/** A refusal of the views' BFF, naming the body field it is about (`name`, `query`) when there is one. */
export class ViewRequestError extends BffError {
  constructor(
    status: number,
    code: string,
    message: string,
    readonly field?: string,
  ) {
    super(status, code, message);
    this.name = "ViewRequestError";
  }
}

async function send<T>(method: "POST" | "PATCH" | "DELETE", url: string, body?: object): Promise<T | null> {
  let response: Response;
  try {
    response = await fetch(url, {
      method,
      headers: { accept: "application/json", ...(body ? { "content-type": "application/json" } : {}) },
      body: body ? JSON.stringify(body) : undefined,
    });
  } catch {
    throw new ViewRequestError(0, "network", "The server cannot be reached. Check your connection and retry.");
  }
  if (response.status === 204) return null;
  if (response.ok) return (await response.json()) as T;
  const error = ((await response.json().catch(() => null)) as BffErrorBody | null)?.error;
  throw new ViewRequestError(
    response.status,
    error?.code ?? "error",
    error?.message ?? `The server answered ${response.status}.`,
    error?.field,
  );
}

/** The person's saved views and the ones shared with them, each with their own pin. */
export function useSavedViews() {
  return useQuery({
    queryKey: KEY,
    queryFn: ({ signal }) => fetchJson<{ views: SavedView[] }>("/api/views", signal).then((r) => r.views),
    staleTime: 60_000,
  });
}

export interface NewView {
  name: string;
  page: ViewPage;
  query: string;
  shared: boolean;
}

/** Saves the view of a page's URL state; the list of views (and the header's pins) then refetches. */
export function useCreateView() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (view: NewView) => send<{ view: SavedView }>("POST", "/api/views", view).then((r) => r!.view),
    onSettled: () => client.invalidateQueries({ queryKey: KEY }),
  });
}

/** Renames, shares or pins a view. */
export function useUpdateView() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, ...patch }: { id: string; name?: string; shared?: boolean; pinned?: boolean }) =>
      send<{ view: SavedView }>("PATCH", `/api/views/${encodeURIComponent(id)}`, patch).then((r) => r!.view),
    onSuccess: (view) =>
      client.setQueryData<SavedView[]>(KEY, (views) => views?.map((v) => (v.id === view.id ? view : v))),
    onSettled: () => client.invalidateQueries({ queryKey: KEY }),
  });
}

/** Deletes a view. */
export function useDeleteView() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => send<null>("DELETE", `/api/views/${encodeURIComponent(id)}`),
    onSettled: () => client.invalidateQueries({ queryKey: KEY }),
  });
}
