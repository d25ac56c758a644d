"use client";

import { useId, useRef, useState } from "react";
import { DateTime } from "@/components/ui/date-time";
import type { ChannelView, DeliveryView } from "@/lib/alerts/channels/views";
import { useDeleteChannel, useTestChannel } from "@/lib/queries/alert-channels";
import { DeliveryLog } from "./delivery-log";
import { DeliveryStatus } from "./delivery-status";
import { RenameChannel } from "./rename-channel";
import { buttonClass, cardClass, dangerButtonClass } from "./styles";

/** What a test's first attempt did, in words. */
function testOutcome(d: DeliveryView): string {
  const answer = d.error ?? (d.statusCode ? `answered ${d.statusCode}` : null);
  const why = answer ? `: ${answer}` : "";
  if (d.status === "sent") return `Test sent${d.statusCode ? ` (answered ${d.statusCode})` : ""}.`;
  if (d.status === "failed") return `Test failed${why}.`;
  return `Test not delivered yet${why}. It is retried automatically; the deliveries show how it goes.`;
}

/** One channel: what and where, its last delivery, "Send test", its delivery log and delete (with confirmation). */
export function ChannelItem({ channel }: { channel: ChannelView }) {
  const id = useId();
  const test = useTestChannel(channel.id);
  const remove = useDeleteChannel();
  const [showLog, setShowLog] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [renaming, setRenaming] = useState(false);
  const deleteButton = useRef<HTMLButtonElement>(null);
  const last = channel.lastDelivery;
  const kind = channel.kind === "webhook" ? `Webhook${channel.format === "slack" ? " (Slack)" : ""}` : "E-mail";

  return (
    <li className={`${cardClass} p-4`} data-channel={channel.id} aria-labelledby={`${id}-name`}>
      <div className="flex flex-wrap items-start gap-x-6 gap-y-2">
        <div className="min-w-0 flex-1">
          <h3 id={`${id}-name`} className="font-medium">
            {channel.name}
          </h3>
          <p className="text-sm break-all text-[var(--muted)]">
            {kind} · <span data-testid="channel-target">{channel.target}</span>
          </p>
          <p className="mt-1 text-sm" data-testid="last-delivery">
            {last ? (
              <>
                Last delivery: <DeliveryStatus status={last.status} />{" "}
                {last.statusCode ? <span className="text-[var(--muted)]">({last.statusCode})</span> : null}{" "}
                <span className="text-[var(--muted)]">
                  <DateTime iso={new Date(last.at).toISOString()} mode="absolute" />
                </span>
              </>
            ) : (
              <span className="text-[var(--muted)]">No deliveries yet</span>
            )}
          </p>
        </div>
        <div className="flex flex-wrap gap-2">
          <button type="button" className={buttonClass} disabled={test.isPending} onClick={() => test.mutate()}>
            {test.isPending ? "Sending…" : "Send test"}
          </button>
          <button
            type="button"
            className={buttonClass}
            aria-expanded={showLog}
            aria-controls={`${id}-log`}
            onClick={() => setShowLog((v) => !v)}
          >
            {showLog ? "Hide deliveries" : "Deliveries"}
          </button>
          <button type="button" className={buttonClass} aria-expanded={renaming} onClick={() => setRenaming((v) => !v)}>
            Rename
          </button>
          <button
            ref={deleteButton}
            type="button"
            className={buttonClass}
            aria-expanded={confirming}
            onClick={() => setConfirming(true)}
          >
            Delete
          </button>
        </div>
      </div>
      <p role="status" className="mt-2 text-sm empty:hidden" data-testid="test-result">
        {test.data ? testOutcome(test.data.delivery) : test.error ? `Test not sent: ${test.error.message}` : ""}
      </p>
      {renaming ? <RenameChannel id={channel.id} name={channel.name} onDone={() => setRenaming(false)} /> : null}
      {confirming ? (
        <div
          role="group"
          aria-label={`Delete ${channel.name}?`}
          className="mt-3 flex flex-wrap items-center gap-3 rounded-md border border-[var(--danger)] p-3 text-sm"
        >
          <span>
            Delete “{channel.name}”? Rules stop notifying it and its delivery log goes too.
            {remove.error ? <span className="block text-[var(--danger)]">{remove.error.message}</span> : null}
          </span>
          <button
            type="button"
            className={dangerButtonClass}
            disabled={remove.isPending}
            onClick={() =>
              remove.mutate(channel.id, {
                // The item goes away: the focus goes to the list's heading instead of the page's start.
                onSuccess: () => document.getElementById("channels-heading")?.focus(),
              })
            }
          >
            {remove.isPending ? "Deleting…" : "Yes, delete"}
          </button>
          <button
            type="button"
            className={buttonClass}
            // The choice just asked for takes the focus; the safe answer first.
            autoFocus
            onClick={() => {
              setConfirming(false);
              deleteButton.current?.focus();
            }}
          >
            Cancel
          </button>
        </div>
      ) : null}
      {showLog ? (
        <div id={`${id}-log`} className="mt-3 border-t border-[var(--border)] pt-3">
          <DeliveryLog channelId={channel.id} label={`Deliveries to ${channel.name}`} />
        </div>
      ) : null}
    </li>
  );
}
