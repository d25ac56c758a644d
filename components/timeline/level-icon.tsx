import type { EventLevel } from "@/lib/domain/enums";
import { EVENT_LEVEL_LABEL } from "./event-labels";

/** Text colour per level; warnings use amber, errors the app's danger colour. */
export const LEVEL_TEXT: Record<EventLevel, string> = {
  INFO: "text-[var(--muted)]",
  WARNING: "text-amber-600 dark:text-amber-400",
  ERROR: "text-[var(--danger)]",
};

/** The timeline marker of an event: a dot for info, a triangle for warnings, a circled mark for errors. */
export function LevelIcon({ level }: { level: EventLevel }) {
  const label = EVENT_LEVEL_LABEL[level];
  if (level === "INFO") {
    return (
      <span role="img" aria-label={label} className="flex size-5 items-center justify-center">
        <span className="size-2.5 rounded-full border-2 border-[var(--muted)] bg-[var(--card)]" />
      </span>
    );
  }
  return (
    <svg
      role="img"
      aria-label={label}
      viewBox="0 0 20 20"
      className={`size-5 bg-[var(--card)] ${LEVEL_TEXT[level]}`}
      fill="currentColor"
    >
      {level === "WARNING" ? (
        <path
          fillRule="evenodd"
          d="M8.49 2.87a1.75 1.75 0 0 1 3.02 0l6.25 10.9A1.75 1.75 0 0 1 16.25 16.4H3.75a1.75 1.75 0 0 1-1.51-2.63l6.25-10.9ZM10 6.5a.9.9 0 0 0-.9.9v3.2a.9.9 0 1 0 1.8 0V7.4a.9.9 0 0 0-.9-.9Zm0 7.9a1 1 0 1 0 0-2 1 1 0 0 0 0 2Z"
          clipRule="evenodd"
        />
      ) : (
        <path
          fillRule="evenodd"
          d="M10 18a8 8 0 1 0 0-16 8 8 0 0 0 0 16Zm0-12a.9.9 0 0 1 .9.9v3.6a.9.9 0 1 1-1.8 0V6.9A.9.9 0 0 1 10 6Zm0 8.5a1 1 0 1 0 0-2 1 1 0 0 0 0 2Z"
          clipRule="evenodd"
        />
      )}
    </svg>
  );
}
