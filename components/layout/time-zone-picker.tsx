"use client";

import { useId, useMemo } from "react";
import { useHydrated, useTimeZoneChoice } from "@/components/transactions/use-time-zone";
import { browserTimeZone } from "@/lib/queries/keys";

/**
 * The display time zone: "Browser default" or any IANA zone, remembered in a cookie; a link's `tz`
 * shows as chosen. Every time on the page (tables, chips, charts, drill-down) follows it.
 * NOTE: the zone list (and the browser's own zone) only after hydration: the server's runtime may
 * know other zones than the browser's, and does not know the browser's.
 */
export function TimeZonePicker() {
  const choice = useTimeZoneChoice();
  const hydrated = useHydrated();
  const id = useId();
  const zones = useMemo(() => (hydrated ? Intl.supportedValuesOf("timeZone") : []), [hydrated]);
  if (!choice) return null;
  const value = choice.url ?? choice.picked ?? "";
  const options = value && !zones.includes(value) ? [value, ...zones] : zones;
  return (
    // NOTE: the label is beside the select, not around it, so that its name is "Time zone" alone and
    // not also the text of every zone.
    <div className="flex items-center gap-1.5 text-xs">
      <label htmlFor={id} className="sr-only text-[var(--muted)] sm:not-sr-only">
        Time zone
      </label>
      <select
        id={id}
        value={value}
        onChange={(event) => choice.pick(event.target.value || null)}
        className="h-7 max-w-32 rounded-md sm:max-w-44 border border-[var(--border)] bg-[var(--card)] px-1.5 text-xs focus-visible:outline-2 focus-visible:outline-[var(--accent)]"
      >
        <option value="">Browser default{hydrated ? ` (${browserTimeZone()})` : ""}</option>
        {options.map((zone) => (
          <option key={zone} value={zone}>
            {zone.replaceAll("_", " ")}
          </option>
        ))}
      </select>
    </div>
  );
}
