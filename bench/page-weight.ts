import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";
import { fetchOk, type CookieJar } from "./http";

export interface PageWeight {
  route: string;
  files: number;
  rawKb: number;
  gzipKb: number;
  /** The three biggest files, gzipped. */
  largest: { file: string; gzipKb: number }[];
}

/**
 * First-load JS of a route: every script the signed-in page's HTML loads (script tags, except
 * `nomodule` ones, and script preloads), read from the build in `.next/static` and gzipped (level 9),
 * as a browser on a cold cache would fetch it.
 */
export async function benchPageWeight(
  base: string,
  session: CookieJar,
  routes = ["/", "/transactions"],
): Promise<PageWeight[]> {
  const out: PageWeight[] = [];
  for (const route of routes) {
    const html = await fetchOk(`${base}${route}`, { headers: { cookie: session.header }, redirect: "manual" });
    const urls = new Set<string>();
    // `nomodule` scripts (Next's legacy polyfills) are skipped by every browser that runs modules,
    // which is every browser Next.js supports: they are never fetched, so they are not counted.
    for (const m of html.matchAll(/<script[^>]*\ssrc="([^"]+)"[^>]*>/g))
      if (!/\snomodule\b/i.test(m[0])) urls.add(m[1]);
    for (const m of html.matchAll(/<link[^>]*>/g)) {
      const tag = m[0];
      const href = tag.match(/href="([^"]+)"/)?.[1];
      if (
        href &&
        /rel="(modulepreload|preload)"/.test(tag) &&
        (/as="script"/.test(tag) || /rel="modulepreload"/.test(tag))
      )
        urls.add(href);
    }
    let raw = 0;
    let gzip = 0;
    let files = 0;
    const sizes: { file: string; gzipKb: number }[] = [];
    for (const url of urls) {
      const pathname = new URL(url, base).pathname;
      if (!pathname.startsWith("/_next/")) continue;
      const file = path.join(".next", decodeURIComponent(pathname.slice("/_next/".length)));
      const bytes = fs.readFileSync(file);
      const gzipped = zlib.gzipSync(bytes, { level: 9 }).length;
      raw += bytes.length;
      gzip += gzipped;
      files++;
      sizes.push({ file: path.basename(file), gzipKb: gzipped / 1024 });
    }
    if (files === 0) throw new Error(`page weight: no scripts found in ${route} (was it a sign-in redirect?)`);
    const largest = sizes.sort((a, b) => b.gzipKb - a.gzipKb).slice(0, 3);
    out.push({ route, files, rawKb: raw / 1024, gzipKb: gzip / 1024, largest });
  }
  return out;
}
