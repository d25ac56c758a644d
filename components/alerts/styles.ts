/** Class names the alert forms and lists share. */
export const buttonClass =
  "inline-flex h-8 items-center gap-1.5 rounded-md border border-[var(--border)] bg-[var(--card)] px-3 text-sm hover:border-[var(--muted)]/60 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-[var(--accent)] disabled:opacity-60";
export const primaryButtonClass =
  "inline-flex h-8 items-center rounded-md bg-[var(--accent)] px-3 text-sm font-medium text-white focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-[var(--accent)] disabled:opacity-60 dark:text-[var(--background)]";
export const dangerButtonClass =
  "inline-flex h-8 items-center rounded-md bg-[var(--danger)] px-3 text-sm font-medium text-white focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-[var(--danger)] disabled:opacity-60 dark:text-[var(--background)]";
export const inputClass =
  "h-9 w-full rounded-md border border-[var(--border)] bg-[var(--background)] px-2.5 text-sm aria-[invalid=true]:border-[var(--danger)] focus-visible:outline-2 focus-visible:outline-[var(--accent)]";
export const cardClass = "rounded-lg border border-[var(--border)] bg-[var(--card)]";
