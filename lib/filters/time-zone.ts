import { parseAsString } from "nuqs/server";
import type { UrlProblem } from "./url-codec";

// NOTE: browser code too (the picker, the pages' hooks): Intl only, no validator library.

/** The URL parameter that carries the display time zone in a shared link (`tz=Asia/Tokyo`). */
export const TZ_PARAM = "tz";
/** Cookie with the browser's own IANA zone, written by the page so the server can render in it. */
export const BROWSER_TZ_COOKIE = "tm_tz";
/** Cookie with the zone the viewer picked; absent means "Browser default". */
export const PICKED_TZ_COOKIE = "tm_tz_pick";

/** The `tz` parameter's parser: read as written, so a bad value can be named (`timeZoneProblem`). */
export const timeZoneParsers = { tz: parseAsString };

const known = new Map<string, boolean>();

/** Whether `value` is an IANA time zone this runtime knows (`Europe/Helsinki`, `UTC`). */
export function isTimeZone(value: string | null | undefined): value is string {
  if (!value || value.length > 64) return false;
  let ok = known.get(value);
  if (ok === undefined) {
    try {
      new Intl.DateTimeFormat("en", { timeZone: value });
      ok = true;
    } catch {
      ok = false;
    }
    if (known.size < 1000) known.set(value, ok);
  }
  return ok;
}

/** What a `tz` that is no time zone is told, named by its parameter. */
export const BAD_TIME_ZONE: UrlProblem = {
  param: TZ_PARAM,
  message: `${TZ_PARAM} must be an IANA time zone such as Europe/Helsinki`,
};

/** The problem of a page's `tz` value; null when it is absent (or empty) or a zone. */
export function timeZoneProblem(value: string | null | undefined): UrlProblem | null {
  return !value || isTimeZone(value) ? null : BAD_TIME_ZONE;
}

/** Where the display zone can come from, strongest first. */
export interface ZoneSources {
  /** The link's `tz` parameter. */
  url?: string | null;
  /** The zone the viewer picked (cookie `tm_tz_pick`). */
  picked?: string | null;
  /** The browser's own zone (read in the browser, or its cookie `tm_tz` on the server). */
  browser?: string | null;
}

/**
 * The zone times are shown in: a link's `tz` wins over the viewer's pick, which wins over the
 * browser's zone; invalid values are skipped. Null when none is known (the server on a first visit).
 */
export function displayTimeZone({ url, picked, browser }: ZoneSources): string | null {
  for (const zone of [url, picked, browser]) if (isTimeZone(zone)) return zone;
  return null;
}

/** A cookie's value as the page writes it (`encodeURIComponent`), or null when it does not decode. */
export function readZoneCookie(value: string | undefined): string | null {
  if (!value) return null;
  try {
    const zone = decodeURIComponent(value);
    return isTimeZone(zone) ? zone : null;
  } catch {
    return null;
  }
}
