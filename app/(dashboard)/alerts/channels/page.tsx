import type { Metadata } from "next";
import { ChannelsView } from "./client";

export const metadata: Metadata = { title: "Notification channels" };

/** `/alerts/channels`: the signed-in user's webhooks and e-mail addresses that alert rules notify. */
export default function ChannelsPage() {
  return <ChannelsView />;
}
