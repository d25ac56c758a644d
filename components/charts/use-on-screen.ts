"use client";

import { useCallback, useEffect, useState } from "react";

/**
 * Whether an element is on screen (or within `margin` of it), and the ref callback to attach. True
 * until the browser says otherwise, and where IntersectionObserver is missing.
 */
export function useOnScreen<T extends Element>(margin = "200px"): [boolean, (element: T | null) => void] {
  const [element, setElement] = useState<T | null>(null);
  const [onScreen, setOnScreen] = useState(true);
  useEffect(() => {
    if (!element || typeof IntersectionObserver === "undefined") return;
    const observer = new IntersectionObserver(([entry]) => setOnScreen(entry.isIntersecting), { rootMargin: margin });
    observer.observe(element);
    return () => observer.disconnect();
  }, [element, margin]);
  return [onScreen, useCallback((next: T | null) => setElement(next), [])];
}
