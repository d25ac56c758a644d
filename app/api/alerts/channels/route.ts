import { webhookSecrets } from "@/lib/alerts/channels/channel-secret";
import { channelView, createChannel, listChannels } from "@/lib/alerts/channels/channels-store";
import { fieldError, jsonBody, noStore, ownerOf } from "@/lib/alerts/channels/route-helpers";
import { deliverySettings } from "@/lib/alerts/channels/settings";
import { newWebhookSecret } from "@/lib/alerts/channels/signature";
import { parseNewChannel } from "@/lib/alerts/channels/validation";
import { bffRoute } from "@/lib/bff/route";
import { dashboardDb } from "@/lib/dashboard-store/db";

export const dynamic = "force-dynamic";

/** The signed-in user's channels, and whether e-mail channels can be made on this server. */
export const GET = bffRoute(async ({ session }) => {
  const channels = await listChannels(await dashboardDb(), ownerOf(session));
  return noStore({ channels, emailAvailable: !!deliverySettings.smtpUrl });
});

/** Creates a channel; a webhook's answer carries its signing secret, the only time it is shown. */
export const POST = bffRoute(async ({ request, session }) => {
  const parsed = parseNewChannel(await jsonBody(request), {
    emailAvailable: !!deliverySettings.smtpUrl,
    allowPrivate: deliverySettings.allowPrivateTargets,
  });
  if (!parsed.ok) return fieldError(parsed.field, parsed.message);
  const secret = parsed.value.kind === "webhook" ? newWebhookSecret() : null;
  const row = await createChannel(
    await dashboardDb(),
    ownerOf(session),
    { ...parsed.value, secret: secret === null ? null : webhookSecrets().seal(secret) },
    Date.now(),
  );
  return noStore({ channel: channelView(row), ...(secret ? { secret } : {}) }, 201);
});
