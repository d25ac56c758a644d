// NOTE: browser-safe (no zod): the page's controls and chips read the same form the BFF resolves.

/** The URL form of an exclusion: the first value of an enum list parameter starts with it (`status=!delivered,error`). */
export const EXCLUDE_PREFIX = "!";

/** An enum list parameter's values, and whether they are excluded rather than wanted. */
export interface ListChoice {
  exclude: boolean;
  values: string[];
}

/** Reads an enum list parameter: `["!delivered", "error"]` excludes delivered and error. */
export function readListChoice(raw: readonly string[] | null): ListChoice {
  if (!raw?.length) return { exclude: false, values: [] };
  const [first, ...rest] = raw;
  return first.startsWith(EXCLUDE_PREFIX)
    ? { exclude: true, values: [first.slice(EXCLUDE_PREFIX.length), ...rest] }
    : { exclude: false, values: [...raw] };
}

/** Writes an enum list parameter's value; null when nothing is chosen. */
export function writeListChoice({ exclude, values }: ListChoice): string[] | null {
  if (!values.length) return null;
  return exclude ? [`${EXCLUDE_PREFIX}${values[0]}`, ...values.slice(1)] : values;
}
