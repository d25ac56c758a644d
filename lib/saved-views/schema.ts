import { z } from "zod";
import { MAX_VIEW_NAME, MAX_VIEW_QUERY, VIEW_PAGES } from "./pages";

// C0 and C1 control characters (tab and newline included: a name is one line).
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;

const name = z
  .string({ error: (issue) => (issue.input === undefined ? "Enter a name" : "The name must be text") })
  .trim()
  .min(1, "Enter a name")
  .max(MAX_VIEW_NAME, `The name can be at most ${MAX_VIEW_NAME} characters`)
  .refine((value) => !CONTROL.test(value), "The name must not contain control characters");

const flag = (what: string) => z.boolean({ error: `${what} must be true or false` });

/** `POST /api/views`: a new view of a page's URL state, pinned for its owner unless `pinned: false`. */
export const createViewSchema = z.strictObject({
  name,
  page: z.enum(VIEW_PAGES, { error: `page must be one of ${VIEW_PAGES.join(", ")}` }),
  query: z
    .string({ error: "query must be a URL query string" })
    .max(MAX_VIEW_QUERY, `query can be at most ${MAX_VIEW_QUERY} characters`),
  shared: flag("shared").default(false),
  pinned: flag("pinned").default(true),
});
export type CreateViewBody = z.infer<typeof createViewSchema>;

/** `PATCH /api/views/{id}`: rename, share or unshare (the owner), pin or unpin (anyone who sees it). */
export const updateViewSchema = z
  .strictObject({ name: name.optional(), shared: flag("shared").optional(), pinned: flag("pinned").optional() })
  .refine((body) => Object.keys(body).length > 0, "Give at least one of name, shared, pinned");
export type UpdateViewBody = z.infer<typeof updateViewSchema>;

/** A body problem in the BFF's terms: the message, and the field it is about (when there is one). */
export function bodyProblem(error: z.ZodError): { message: string; field?: string } {
  const issue = error.issues[0];
  if (issue.code === "unrecognized_keys")
    return { message: `Unknown field "${issue.keys[0].slice(0, 40)}"`, field: issue.keys[0].slice(0, 40) };
  const field = issue.path.length ? String(issue.path[0]) : undefined;
  return { message: issue.message, field };
}
