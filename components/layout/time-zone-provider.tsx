"use client";

import { useQueryStates } from "nuqs";
import { useCallback, useEffect, useMemo, useState, type ReactNode } from "react";
import { TimeZoneContext } from "@/components/transactions/use-time-zone";
import { BROWSER_TZ_COOKIE, isTimeZone, PICKED_TZ_COOKIE, timeZoneParsers } from "@/lib/filters/time-zone";
import { browserTimeZone } from "@/lib/queries/keys";

const YEAR_S = 365 * 24 * 3600;

function writeCookie(name: string, value: string | null) {
  document.cookie = value
    ? `${name}=${encodeURIComponent(value)}; path=/; max-age=${YEAR_S}; samesite=lax`
    : `${name}=; path=/; max-age=0; samesite=lax`;
}

/**
 * Holds the display time zone's sources: the URL's `tz`, the viewer's pick (cookie `tm_tz_pick`) and
 * the browser's zone, which it keeps in the cookie `tm_tz` so the server can render times in it.
 */
export function TimeZoneProvider({
  picked: pickedCookie,
  browser: browserCookie,
  children,
}: {
  picked: string | null;
  browser: string | null;
  children: ReactNode;
}) {
  const [picked, setPicked] = useState(pickedCookie);
  const [{ tz }, setUrl] = useQueryStates(timeZoneParsers);
  useEffect(() => {
    const zone = browserTimeZone();
    if (zone !== browserCookie) writeCookie(BROWSER_TZ_COOKIE, zone);
  }, [browserCookie]);
  const pick = useCallback(
    (zone: string | null) => {
      writeCookie(PICKED_TZ_COOKIE, zone);
      setPicked(zone);
      // A choice made here replaces the link's zone.
      void setUrl({ tz: null });
    },
    [setUrl],
  );
  const url = isTimeZone(tz) ? tz : null;
  const value = useMemo(() => ({ url, picked, browserCookie, pick }), [url, picked, browserCookie, pick]);
  return <TimeZoneContext.Provider value={value}>{children}</TimeZoneContext.Provider>;
}
