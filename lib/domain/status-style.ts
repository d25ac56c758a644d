import type { Status } from "./enums";

/**
 * One colour and label per status, used by the list's badges and every chart. The colours are CSS
 * variables defined once in app/globals.css (light and dark).
 */
export const STATUS_STYLE: Record<Status, { label: string; color: string }> = {
  received: { label: "Received", color: "var(--status-received)" },
  processing: { label: "Processing", color: "var(--status-processing)" },
  sending: { label: "Sending", color: "var(--status-sending)" },
  delivered: { label: "Delivered", color: "var(--status-delivered)" },
  error: { label: "Error", color: "var(--status-error)" },
  rejected: { label: "Rejected", color: "var(--status-rejected)" },
};

const each = <T>(pick: (style: { label: string; color: string }) => T) =>
  Object.fromEntries(Object.entries(STATUS_STYLE).map(([status, style]) => [status, pick(style)])) as Record<Status, T>;
export const STATUS_LABEL = each((style) => style.label);
export const STATUS_COLOR = each((style) => style.color);

/**
 * Text in a status's colour on its own light tint (badges): the colour taken 30% toward the page's
 * text colour, which keeps every status at 4.5:1 or more in light and dark (the pure colours reach
 * only 3.4–4.2:1 on white).
 */
export const inkOf = (color: string) => `color-mix(in srgb, ${color} 70%, var(--foreground))`;
