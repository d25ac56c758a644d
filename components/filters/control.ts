/** Shared look of the filter bar's controls: one height, one border, one focus ring. */
export const controlClass =
  "h-8 rounded-md border border-[var(--border)] bg-[var(--card)] px-2.5 text-sm text-[var(--foreground)] shadow-xs outline-none transition-colors hover:border-[var(--muted)]/60 focus-visible:border-[var(--accent)] focus-visible:ring-2 focus-visible:ring-[var(--accent)]/30";

/** A control whose value differs from the default gets the accent border, so set filters stand out. */
export const activeClass = "border-[var(--accent)]/60 bg-[var(--accent)]/5";
