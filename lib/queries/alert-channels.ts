"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { ChannelView, DeliveryView } from "@/lib/alerts/channels/views";
import { BffError, fetchJson, type BffErrorBody } from "./fetch-json";

/** A BFF error answer to a form, with the field it names. */
export class FieldError extends BffError {
  constructor(
    status: number,
    code: string,
    message: string,
    readonly field?: string,
  ) {
    super(status, code, message);
  }
}

/** Sends JSON to the BFF; a non-2xx answer becomes a `FieldError` carrying the server's message and field. */
export async function sendJson<T>(url: string, method: string, body?: unknown): Promise<T> {
  let response: Response;
  try {
    response = await fetch(url, {
      method,
      headers: { accept: "application/json", ...(body === undefined ? {} : { "content-type": "application/json" }) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch {
    throw new FieldError(0, "network", "The server cannot be reached. Check your connection and retry.");
  }
  if (response.status === 204) return undefined as T;
  if (response.ok) return (await response.json()) as T;
  const error = ((await response.json().catch(() => null)) as BffErrorBody | null)?.error;
  throw new FieldError(
    response.status,
    error?.code ?? "error",
    error?.message ?? `The server answered ${response.status}.`,
    error?.field,
  );
}

const CHANNELS_KEY = ["alert-channels"] as const;

/** The signed-in user's notification channels, and whether this server can send e-mail. */
export function useChannelsQuery() {
  return useQuery({
    queryKey: CHANNELS_KEY,
    queryFn: ({ signal }) =>
      fetchJson<{ channels: ChannelView[]; emailAvailable: boolean }>("/api/alerts/channels", signal),
  });
}

export type NewChannelInput = { kind: "webhook" | "email"; name: string; target: string; format?: "json" | "slack" };

/** Creates a channel; a webhook's answer carries its secret, shown once. */
export function useCreateChannel() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: NewChannelInput) =>
      sendJson<{ channel: ChannelView; secret?: string }>("/api/alerts/channels", "POST", input),
    onSuccess: () => client.invalidateQueries({ queryKey: CHANNELS_KEY }),
  });
}

export function useRenameChannel(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (name: string) =>
      sendJson<{ channel: ChannelView }>(`/api/alerts/channels/${encodeURIComponent(id)}`, "PATCH", { name }),
    onSuccess: () => client.invalidateQueries({ queryKey: CHANNELS_KEY }),
  });
}

export function useDeleteChannel() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => sendJson<void>(`/api/alerts/channels/${encodeURIComponent(id)}`, "DELETE"),
    onSuccess: () => client.invalidateQueries({ queryKey: CHANNELS_KEY }),
  });
}

/** Sends a test notification now; the answer is the delivery after its first attempt. */
export function useTestChannel(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () =>
      sendJson<{ delivery: DeliveryView }>(`/api/alerts/channels/${encodeURIComponent(id)}/test`, "POST"),
    onSettled: () => {
      void client.invalidateQueries({ queryKey: CHANNELS_KEY });
      void client.invalidateQueries({ queryKey: ["alert-deliveries"] });
    },
  });
}

/** What a delivery log shows: one channel's deliveries or one rule's. */
export type DeliveriesOf = { channelId: string } | { ruleId: string };

const deliveriesUrl = (of: DeliveriesOf) =>
  "channelId" in of
    ? `/api/alerts/channels/${encodeURIComponent(of.channelId)}/deliveries`
    : `/api/alerts/rules/${encodeURIComponent(of.ruleId)}/deliveries`;

/** A delivery log, refreshed every few seconds while a delivery in it is still pending. */
export function useDeliveriesQuery(of: DeliveriesOf) {
  return useQuery({
    queryKey: ["alert-deliveries", of],
    queryFn: ({ signal }) => fetchJson<{ deliveries: DeliveryView[] }>(deliveriesUrl(of), signal),
    refetchInterval: (query) => (query.state.data?.deliveries.some((d) => d.status === "pending") ? 2_000 : false),
  });
}

const ruleChannelsKey = (ruleId: string) => ["alert-rule-channels", ruleId] as const;
const ruleChannelsUrl = (ruleId: string) => `/api/alerts/rules/${encodeURIComponent(ruleId)}/channels`;

/** The ids of the user's channels a rule notifies. */
export function useRuleChannelsQuery(ruleId: string) {
  return useQuery({
    queryKey: ruleChannelsKey(ruleId),
    queryFn: ({ signal }) => fetchJson<{ channelIds: string[] }>(ruleChannelsUrl(ruleId), signal),
  });
}

export function useSaveRuleChannels(ruleId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (channelIds: string[]) =>
      sendJson<{ channelIds: string[] }>(ruleChannelsUrl(ruleId), "PUT", { channelIds }),
    onSuccess: (data) => client.setQueryData(ruleChannelsKey(ruleId), data),
  });
}
