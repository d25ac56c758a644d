import { loadSearch, serializeSearch, toSearchRequest, type SearchParamsState } from "@/lib/filters/url";
import { ALERT_TYPE_INFO, ALERT_TYPES, DIRECTIONS, NUMBER_PARAMS, type AlertParams, type AlertType } from "./types";

export const MAX_NAME_LENGTH = 120;

/** A rule as a person asks for it (the form's fields). */
export interface RuleInput {
  name: string;
  type: AlertType;
  /** The list's query string the rule watches. */
  query: string;
  params: AlertParams;
  timeZone: string;
}

export type Checked<T> = { ok: true; value: T } | { ok: false; field: string; message: string };

const fail = (field: string, message: string) => ({ ok: false as const, field, message });

/**
 * A list query string as a rule's filter: read with the list's own URL parsers (former parameter
 * names included) and checked with the filter schema; the received-date range, sort and page are
 * dropped, since the rule's type sets the window. The problem names `query` and the URL parameter.
 */
export function ruleQuery(raw: string): Checked<string> {
  const state: SearchParamsState = { ...loadSearch(raw.startsWith("?") ? raw : `?${raw}`) };
  state.range = null;
  state.from = null;
  state.to = null;
  state.sort = null;
  state.cursor = null;
  const checked = toSearchRequest(state);
  if (!checked.ok) return fail("query", `filter: ${checked.problem.message}`);
  return { ok: true, value: serializeSearch(state).replace(/^\?/, "") };
}

function validTimeZone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat("en", { timeZone: tz });
    return tz.length <= 64;
  } catch {
    return false;
  }
}

/**
 * Checks a rule's fields (a partial one when editing, over `base`) for an owner with `roles`; the
 * first problem names its field (`name`, `type`, `query`, `params.threshold`…).
 */
export function checkRule(body: unknown, roles: readonly string[], base?: RuleInput): Checked<RuleInput> {
  if (typeof body !== "object" || body === null || Array.isArray(body)) return fail("body", "send a JSON object");
  const input = body as Record<string, unknown>;
  const name = input.name ?? base?.name;
  if (typeof name !== "string" || !name.trim()) return fail("name", "name: give the rule a name");
  if (name.trim().length > MAX_NAME_LENGTH) return fail("name", `name: at most ${MAX_NAME_LENGTH} characters`);
  const type = input.type ?? base?.type;
  if (typeof type !== "string" || !(ALERT_TYPES as readonly string[]).includes(type))
    return fail("type", `type: unknown type; expected one of ${ALERT_TYPES.join(", ")}`);
  const info = ALERT_TYPE_INFO[type as AlertType];
  if (info.needsReport && !roles.includes("report"))
    return fail("type", `type: ${info.label} reads weeks of history, which needs the report role`);
  const timeZone = input.timeZone ?? base?.timeZone ?? "UTC";
  if (typeof timeZone !== "string" || !validTimeZone(timeZone))
    return fail("timeZone", "timeZone: an IANA time zone such as Europe/Helsinki");
  const rawQuery = input.query ?? base?.query ?? "";
  if (typeof rawQuery !== "string" || rawQuery.length > 4000) return fail("query", "filter: a list query string");
  const query = ruleQuery(rawQuery);
  if (!query.ok) return query;
  const rawParams = input.params ?? base?.params ?? {};
  if (typeof rawParams !== "object" || rawParams === null) return fail("params", "params: an object");
  const given = rawParams as Record<string, unknown>;
  const params: AlertParams = {};
  for (const key of info.numbers) {
    const { label, min, max, integer } = NUMBER_PARAMS[key];
    const value = given[key] ?? base?.params[key];
    const field = `params.${key}`;
    if (typeof value !== "number" || !Number.isFinite(value)) return fail(field, `${label}: a number is needed`);
    if (value < min || value > max) return fail(field, `${label}: out of range (${min}–${max})`);
    if (integer && !Number.isInteger(value)) return fail(field, `${label}: a whole number`);
    params[key] = value;
  }
  if (info.direction) {
    const direction = given.direction ?? base?.params.direction ?? "above";
    if (!(DIRECTIONS as readonly string[]).includes(String(direction)))
      return fail("params.direction", `Direction: one of ${DIRECTIONS.join(", ")}`);
    params.direction = direction as AlertParams["direction"];
  }
  return { ok: true, value: { name: name.trim(), type: type as AlertType, query: query.value, params, timeZone } };
}
