import { forbiddenAddressReason } from "./address-rules";

export const CHANNEL_KINDS = ["webhook", "email"] as const;
export const WEBHOOK_FORMATS = ["json", "slack"] as const;
export const NAME_MAX = 80;

/** A refused form field: which one, and what a person should change. */
export interface FieldProblem {
  field: string;
  message: string;
}

export type NewChannel =
  | { kind: "webhook"; name: string; target: string; format: (typeof WEBHOOK_FORMATS)[number] }
  | { kind: "email"; name: string; target: string; format: null };

type Parsed<T> = { ok: true; value: T } | ({ ok: false } & FieldProblem);
const problem = (field: string, message: string) => ({ ok: false as const, field, message });

/** A channel's name: 1 to 80 characters once trimmed. */
export function parseName(value: unknown): Parsed<string> {
  const name = typeof value === "string" ? value.trim() : "";
  if (!name || name.length > NAME_MAX) return problem("name", `name must be 1 to ${NAME_MAX} characters`);
  return { ok: true, value: name };
}

/**
 * A webhook URL: absolute http(s), no user name or password in it, at most 2,000 characters, and
 * (unless private targets are allowed) not an IP literal of a loopback, private, link-local or
 * metadata address. A host name is checked again on every send, on the address it resolves to.
 */
export function parseWebhookUrl(value: unknown, allowPrivate: boolean): Parsed<string> {
  const text = typeof value === "string" ? value.trim() : "";
  let url: URL | undefined;
  try {
    url = new URL(text);
  } catch {}
  if (!url || !/^https?:$/.test(url.protocol) || !url.hostname || text.length > 2000)
    return problem("target", "target must be an http:// or https:// URL, e.g. https://hooks.example.com/track");
  if (url.username || url.password)
    return problem("target", "target must not carry a user name or password; the signature authenticates the sender");
  const host = url.hostname.replace(/^\[|\]$/g, "");
  const reason = /^[\d.]+$|:/.test(host) ? forbiddenAddressReason(host) : null;
  if (reason && !allowPrivate)
    return problem("target", `target points at a ${reason} address; webhooks go to public addresses only`);
  return { ok: true, value: url.href };
}

/** One plain e-mail address (no display name, no line breaks), at most 254 characters. */
export function parseEmailAddress(value: unknown): Parsed<string> {
  const text = typeof value === "string" ? value.trim() : "";
  if (text.length > 254 || !/^[^\s@<>()",;:\\[\]]+@[^\s@<>()",;:\\[\]]+\.[^\s@<>()",;:\\[\].]+$/.test(text))
    return problem("target", "target must be an e-mail address, e.g. ops@example.com");
  return { ok: true, value: text };
}

/**
 * The body of "create a channel": `{kind, name, target, format?}`. E-mail channels are refused when
 * the server has no SMTP server configured.
 */
export function parseNewChannel(
  body: unknown,
  options: { emailAvailable: boolean; allowPrivate: boolean },
): Parsed<NewChannel> {
  if (!body || typeof body !== "object" || Array.isArray(body))
    return problem("body", "The request body must be a JSON object");
  const input = body as Record<string, unknown>;
  if (!CHANNEL_KINDS.includes(input.kind as never)) return problem("kind", "kind must be webhook or email");
  const name = parseName(input.name);
  if (!name.ok) return name;
  if (input.kind === "email") {
    if (!options.emailAvailable)
      return problem("kind", "kind email is not available: the server has no SMTP server configured (SMTP_URL)");
    const target = parseEmailAddress(input.target);
    if (!target.ok) return target;
    return { ok: true, value: { kind: "email", name: name.value, target: target.value, format: null } };
  }
  const format = input.format ?? "json";
  if (!WEBHOOK_FORMATS.includes(format as never)) return problem("format", "format must be json or slack");
  const target = parseWebhookUrl(input.target, options.allowPrivate);
  if (!target.ok) return target;
  return {
    ok: true,
    value: { kind: "webhook", name: name.value, target: target.value, format: format as "json" | "slack" },
  };
}

/** The body of "link channels to a rule": `{channelIds: string[]}` (at most 50). */
export function parseChannelIds(body: unknown): Parsed<string[]> {
  const ids = (body as { channelIds?: unknown } | null)?.channelIds;
  if (!Array.isArray(ids) || ids.length > 50 || !ids.every((id) => typeof id === "string" && id.length <= 100))
    return problem("channelIds", "channelIds must be a list of at most 50 channel ids");
  return { ok: true, value: ids as string[] };
}
