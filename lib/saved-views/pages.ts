// NOTE: browser code too (the dialog, the /views page): no validator and no database here.

/** The pages a view can be saved from, by the id a saved view records. */
export const VIEW_PAGES = ["list", "overview"] as const;
export type ViewPage = (typeof VIEW_PAGES)[number];

/** Where each page lives. */
export const VIEW_PAGE_PATH: Record<ViewPage, string> = { list: "/transactions", overview: "/" };
export const VIEW_PAGE_LABEL: Record<ViewPage, string> = { list: "Transactions", overview: "Overview" };

/** A view's name: 1–80 characters once trimmed. */
export const MAX_VIEW_NAME = 80;
/** The longest query string a view keeps (the filters' own limits keep real ones far shorter). */
export const MAX_VIEW_QUERY = 4000;
/** How many views one person may own. */
export const MAX_VIEWS_PER_OWNER = 100;

/** The address a saved view opens: the page with its saved query string. */
export const savedViewHref = (page: ViewPage, query: string) => `${VIEW_PAGE_PATH[page]}${query ? `?${query}` : ""}`;

/** A saved view as the BFF gives it to the browser. */
export interface SavedView {
  id: string;
  name: string;
  page: ViewPage;
  /** Canonical query string, without "?". */
  query: string;
  /** `/transactions?…` or `/?…`: exactly what the view opens. */
  href: string;
  shared: boolean;
  /** Pinned to the header by the person asking. */
  pinned: boolean;
  /** Owned by the person asking (who alone may rename, share or delete it). */
  mine: boolean;
  ownerName: string;
  createdAt: string;
  updatedAt: string;
}
