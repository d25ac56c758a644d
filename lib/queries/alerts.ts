"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { AlertEpisode, AlertRule, AppNotification } from "@/lib/alerts/types";
import { fetchJson, type BffErrorBody } from "./fetch-json";

/** A failed write of the BFF, naming the form field it is about (`params.threshold`, `query`…). */
export class FieldError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly field?: string,
  ) {
    super(message);
    this.name = "FieldError";
  }
}

/** Sends JSON to the BFF; a non-2xx answer becomes a FieldError with the server's message. */
export async function sendJson<T>(url: string, method: "POST" | "PATCH" | "DELETE", body?: unknown): Promise<T> {
  let response: Response;
  try {
    response = await fetch(url, {
      method,
      headers: { "content-type": "application/json", accept: "application/json" },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch {
    throw new FieldError(0, "The server cannot be reached. Check your connection and retry.");
  }
  if (response.status === 204) return undefined as T;
  if (response.ok) return (await response.json()) as T;
  const error = ((await response.json().catch(() => null)) as BffErrorBody | null)?.error;
  throw new FieldError(response.status, error?.message ?? `The server answered ${response.status}.`, error?.field);
}

export function useAlertRulesQuery() {
  return useQuery({
    queryKey: ["alerts"],
    queryFn: ({ signal }) => fetchJson<{ rules: AlertRule[] }>("/api/alerts", signal).then((r) => r.rules),
    refetchInterval: 30_000,
  });
}

export function useAlertRuleQuery(id: string) {
  return useQuery({
    queryKey: ["alerts", id],
    queryFn: ({ signal }) =>
      fetchJson<{ rule: AlertRule; episodes: AlertEpisode[] }>(`/api/alerts/${encodeURIComponent(id)}`, signal),
    refetchInterval: 15_000,
    retry: (count, error) => (error as { status?: number }).status !== 404 && count < 2,
  });
}

/** Edits or mutes a rule (`{mute: minutes | null}`); every alert query is read again after. */
export function useUpdateRule(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (change: Record<string, unknown>) =>
      sendJson<{ rule: AlertRule }>(`/api/alerts/${encodeURIComponent(id)}`, "PATCH", change),
    onSettled: () => client.invalidateQueries({ queryKey: ["alerts"] }),
  });
}

export function useNotificationsQuery() {
  return useQuery({
    queryKey: ["notifications"],
    queryFn: ({ signal }) => fetchJson<{ items: AppNotification[]; unread: number }>("/api/notifications", signal),
  });
}

/** Marks notifications read (`{ids}` or `{all: true}`). */
export function useMarkRead() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (change: { ids: string[] } | { all: true }) =>
      sendJson<{ unread: number }>("/api/notifications", "PATCH", change),
    onSettled: () => client.invalidateQueries({ queryKey: ["notifications"] }),
  });
}
