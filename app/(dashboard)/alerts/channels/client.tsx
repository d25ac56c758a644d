"use client";

import { ChannelItem } from "@/components/alerts/channel-item";
import { CreateChannelForm } from "@/components/alerts/create-channel-form";
import { buttonClass, cardClass } from "@/components/alerts/styles";
import { useChannelsQuery } from "@/lib/queries/alert-channels";

/** The user's channels with their last delivery, and the form that adds one. */
export function ChannelsView() {
  const { data, isPending, isError, error, refetch } = useChannelsQuery();
  return (
    <div className="mx-auto w-full max-w-4xl space-y-6">
      <div>
        <h1 className="text-xl font-semibold tracking-tight">Notification channels</h1>
        <p className="mt-1 text-sm text-[var(--muted)]">
          Webhooks and e-mail addresses your alert rules notify, besides the bell in the app. Each webhook request is
          signed with the webhook&apos;s secret; failed deliveries are retried with growing pauses.
        </p>
      </div>
      <section aria-labelledby="channels-heading" className="space-y-3">
        <h2 id="channels-heading" tabIndex={-1} className="font-semibold outline-none">
          Your channels
        </h2>
        {isPending ? (
          <div role="status" aria-label="Loading channels" className="space-y-3">
            {[0, 1].map((i) => (
              <div key={i} className={`${cardClass} h-20 animate-pulse`} />
            ))}
          </div>
        ) : isError ? (
          <div role="alert" className={`${cardClass} flex flex-wrap items-center gap-3 p-4 text-sm`}>
            <span>Your channels could not be loaded: {error.message}</span>
            <button type="button" className={buttonClass} onClick={() => void refetch()}>
              Retry
            </button>
          </div>
        ) : data.channels.length === 0 ? (
          <p className={`${cardClass} p-4 text-sm text-[var(--muted)]`}>
            No channels yet. Add a webhook or an e-mail address below, then pick it in a rule.
          </p>
        ) : (
          <ul className="space-y-3">
            {data.channels.map((channel) => (
              <ChannelItem key={channel.id} channel={channel} />
            ))}
          </ul>
        )}
      </section>
      {data ? <CreateChannelForm emailAvailable={data.emailAvailable} /> : null}
    </div>
  );
}
