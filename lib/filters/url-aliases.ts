/**
 * Former names of URL parameters, each with the current name it is read as: `former: "current"`.
 * Links are pasted into tickets and wikis (DESIGN §5), so when a parameter is renamed its old name is
 * added here and stays for good; a former name is never given to another parameter.
 */
export const URL_ALIASES: Readonly<Record<string, string>> = {};

const formerIn = (aliases: Readonly<Record<string, string>>, name: string) => Object.hasOwn(aliases, name);

/**
 * `params` with every former name written as its current one, in place; where the link has both,
 * the current name's value wins. Null when no name is a former one (the common case, no copy made).
 */
export function withCurrentNames(
  params: URLSearchParams,
  aliases: Readonly<Record<string, string>> = URL_ALIASES,
): URLSearchParams | null {
  if (![...params.keys()].some((name) => formerIn(aliases, name))) return null;
  const current = new URLSearchParams();
  for (const [name, value] of params) {
    if (!formerIn(aliases, name)) current.append(name, value);
    else if (!params.has(aliases[name])) current.append(aliases[name], value);
  }
  return current;
}

/**
 * The address of the same page with current parameter names, for a redirect; null when the page's
 * search params hold no former name.
 */
export function currentNamesHref(
  path: string,
  searchParams: Record<string, string | string[] | undefined>,
  aliases: Readonly<Record<string, string>> = URL_ALIASES,
): string | null {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(searchParams))
    for (const v of [value ?? []].flat()) params.append(name, v);
  const current = withCurrentNames(params, aliases);
  if (!current) return null;
  return current.size ? `${path}?${current}` : path;
}
