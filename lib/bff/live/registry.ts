import "server-only";
import crypto from "node:crypto";
import { coordination } from "@/lib/cluster";
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

/** How many poll loops this instance runs and how many viewers it serves (for tests and diagnostics). */
export function liveStatus(): { loops: number; subscribers: number } {
  let loops = 0;
  let subscribers = 0;
  for (const view of views.values()) {
    if (view.polling) loops += 1;
    subscribers += view.subscribers.size;
  }
  return { loops, subscribers };
}
