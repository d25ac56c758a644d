import { urlParamForField } from "@/lib/filters/url";
import type { TrackApiError } from "@/lib/track-client/errors";

export interface BrowserError {
  status: number;
  code: string;
  message: string;
  field?: string;
  param?: string;
}

/**
 * A Track API error in the browser's terms: a client error about a request field (`filter.q`) names
 * the URL parameter behind it (`q`), in `param` and in the message, so the page can say which part of
 * its link is wrong; anything else passes on as it is.
 */
export function forBrowser(error: TrackApiError): BrowserError {
  const { status, code, field } = error;
  const param = status >= 400 && status < 500 ? urlParamForField(field) : undefined;
  if (!param) return { status, code, message: error.message, field };
  const detail =
    field && error.message.startsWith(`${field}: `) ? error.message.slice(field.length + 2) : error.message;
  return { status, code, message: `${param}: ${detail}`, field, param };
}
