"use client";

import Link from "next/link";
import { useRouter, useSearchParams } from "next/navigation";
import { useCallback, useEffect, type MouseEvent } from "react";

interface NavigationEntryLike {
  url: string | null;
  index: number;
}
interface NavigationLike {
  currentEntry: NavigationEntryLike | null;
  entries(): NavigationEntryLike[];
}

/** Encodes a query value as nuqs does (commas, colons and slashes stay readable), so the list URL reads as the list wrote it. */
const encodeValue = (value: string) =>
  value
    .replace(/%/g, "%25")
    .replace(/\+/g, "%2B")
    .replace(/ /g, "+")
    .replace(/[#&"'`<>]/g, encodeURIComponent)
    .replace(/[\x00-\x1F]/g, encodeURIComponent);

/** Same path and the same parameters, in any order and encoding. */
function sameView(a: URL, b: URL): boolean {
  const params = (url: URL) =>
    [...url.searchParams]
      .map(([k, v]) => `${k}=${v}`)
      .sort()
      .join("&");
  return a.origin === b.origin && a.pathname === b.pathname && params(a) === params(b);
}

/** Whether the history entry before this one is `href` (Navigation API; false where it is missing). */
function previousEntryIs(href: string): boolean {
  const navigation = (window as { navigation?: NavigationLike }).navigation;
  const current = navigation?.currentEntry;
  if (!navigation || !current) return false;
  const previous = navigation.entries()[current.index - 1];
  return !!previous?.url && sameView(new URL(previous.url), new URL(href, window.location.href));
}

/**
 * The list this drill-down was opened from: `/transactions` with the same search string. Going back
 * uses the browser history when the previous entry is that list, so its scroll position is restored.
 */
export function useBackToList() {
  const router = useRouter();
  // Every parameter passes through, view-only ones (columns, density) included.
  const search = [...useSearchParams()]
    .map(([key, value]) => `${encodeURIComponent(key)}=${encodeValue(value)}`)
    .join("&");
  const href = `/transactions${search ? `?${search}` : ""}`;
  const goBack = useCallback(() => {
    if (previousEntryIs(href)) router.back();
    else router.push(href);
  }, [href, router]);
  return { href, goBack };
}

/** Escape anywhere outside a form field (or a part of the page that handles it) goes back to the list. */
export function useEscapeBack(goBack: () => void) {
  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      if (
        event.key !== "Escape" ||
        event.defaultPrevented ||
        event.metaKey ||
        event.ctrlKey ||
        event.altKey ||
        event.shiftKey
      )
        return;
      const target = event.target instanceof Element ? event.target : null;
      if (target?.closest("input, textarea, select, [contenteditable=''], [contenteditable='true'], dialog[open]"))
        return;
      event.preventDefault();
      goBack();
    }
    window.addEventListener("keydown", onKeyDown);
    return () => window.removeEventListener("keydown", onKeyDown);
  }, [goBack]);
}

/** "← Back to list": a real link to the list, which steps back in history when that restores the list. */
export function BackLink({ href, goBack }: { href: string; goBack: () => void }) {
  function onClick(event: MouseEvent<HTMLAnchorElement>) {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    goBack();
  }
  return (
    <Link
      href={href}
      onClick={onClick}
      className="inline-flex items-center gap-1 rounded text-sm text-[var(--muted)] hover:text-[var(--foreground)] focus-visible:outline-2 focus-visible:outline-[var(--accent)]"
    >
      <span aria-hidden>←</span> Back to list{" "}
      <kbd className="ml-1 hidden rounded border border-[var(--border)] px-1 font-sans text-[10px] sm:inline">Esc</kbd>
    </Link>
  );
}
