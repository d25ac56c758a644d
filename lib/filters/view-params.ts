import { parseAsString } from "nuqs/server";
import type { UrlProblem } from "./url-codec";

// NOTE: browser code: no validator here (see url-codec.ts).

/** A UI-only URL parameter (never sent to the BFF): one of `values`, or with `list` a comma-separated set of them. */
export interface ViewParam {
  values: readonly string[];
  list?: boolean;
}

/** Parsers that read view parameters as written, so a value the view's own parsers would drop can be reported. */
export function rawViewParsers<P extends Record<string, ViewParam>>(params: P) {
  return Object.fromEntries(Object.keys(params).map((name) => [name, parseAsString])) as {
    [K in keyof P]: typeof parseAsString;
  };
}

/**
 * The first view parameter whose value is not one it allows, in the words a filter's problem uses
 * (`density: unknown value "huge"; expected one of comfortable, compact`); null when all are fine.
 * An empty value counts as none.
 */
export function viewProblem(
  raw: Partial<Record<string, string | null>>,
  params: Record<string, ViewParam>,
): UrlProblem | null {
  for (const [param, { values, list }] of Object.entries(params)) {
    const value = raw[param];
    if (!value) continue;
    const unknown = (list ? value.split(",").filter(Boolean) : [value]).find((item) => !values.includes(item));
    if (unknown !== undefined)
      return {
        param,
        message: `${param}: unknown value "${unknown.slice(0, 40)}"; expected one of ${values.join(", ")}`,
      };
  }
  return null;
}
