"use client";

import { useEffect } from "react";

/**
 * Marks the document once React has hydrated it (`<html data-hydrated>`): until then a control of the
 * server's HTML (which holds the first data) does not act on what it is given. The end-to-end tests
 * wait for it before they use a freshly loaded page.
 */
export function HydrationMark() {
  useEffect(() => {
    document.documentElement.dataset.hydrated = "";
  }, []);
  return null;
}
