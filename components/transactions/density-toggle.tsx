"use client";

import { DENSITIES, type Density } from "@/lib/filters/list-params";
import { useListView } from "./use-list-view";

const LABEL: Record<Density, string> = { comfortable: "Comfortable", compact: "Compact" };

/** Row density, kept in the URL as `density=compact` (comfortable is the default and left out). */
export function DensityToggle() {
  const [{ density }, setView] = useListView();
  return (
    <div
      role="group"
      aria-label="Row density"
      className="inline-flex h-8 rounded-md border border-[var(--border)] bg-[var(--card)] p-0.5 text-xs"
    >
      {DENSITIES.map((value) => (
        <button
          key={value}
          type="button"
          aria-pressed={density === value}
          onClick={() => void setView({ density: value })}
          className={`rounded px-2 focus-visible:outline-2 focus-visible:outline-[var(--accent)] ${density === value ? "bg-[var(--foreground)]/10 font-medium" : "text-[var(--muted)] hover:text-[var(--foreground)]"}`}
        >
          {LABEL[value]}
        </button>
      ))}
    </div>
  );
}
