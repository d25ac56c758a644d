import "server-only";
import crypto from "node:crypto";
import { coordination } from "@/lib/cluster";
import { loadSearch, serializeSearch } from "@/lib/filters/url";
import { LiveView, type LiveSubscriber, type LoopSettings } from "./live-view";

const shared = globalThis as unknown as { __liveViews?: Map<string, LiveView> };
const views = (shared.__liveViews ??= new Map());

/**
 * Subscribes to the live view `key` (tenant + view) of `tenant`, opening it for its first viewer on
 * this instance. The view's poll loop runs once in the cluster, on whichever instance holds its lease.
 */
export function subscribeLive(
  key: string,
  tenant: string,
  subscriber: LiveSubscriber,
  settings: () => LoopSettings,
): () => void {
  let view = views.get(key);
  if (!view) {
    const id = crypto.createHash("sha256").update(key).digest("base64url").slice(0, 22);
    const created: LiveView = new LiveView(id, tenant, settings, coordination(), () => {
      if (views.get(key) === created) views.delete(key);
    });
    views.set(key, created);
    view = created;
  }
  return view.subscribe(subscriber);
}

/** The key of a tenant's live view: its search (cursor aside) and the zone its day ranges are in. */
export function liveViewKey(tenant: string, params: URLSearchParams, timeZone: string): string {
  const search = new URLSearchParams(params);
  search.delete("cursor");
  return `${tenant}|${serializeSearch(loadSearch(search))}|${timeZone}`;
}

/**
 * How many poll loops this instance runs and how many viewers it serves, in all or for the view
 * `key` only (for tests and diagnostics).
 */
export function liveStatus(key?: string): { loops: number; subscribers: number } {
  let loops = 0;
  let subscribers = 0;
  for (const [viewKey, view] of views) {
    if (key !== undefined && viewKey !== key) continue;
    if (view.polling) loops += 1;
    subscribers += view.subscribers.size;
  }
  return { loops, subscribers };
}
