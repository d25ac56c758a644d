import type { NextConfig } from "next";
import { contentSecurityPolicy } from "./lib/http/csp";

const securityHeaders = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "X-Frame-Options", value: "SAMEORIGIN" },
];

const nextConfig: NextConfig = {
  poweredByHeader: false,
  serverExternalPackages: ["better-sqlite3", "pg"],
  async headers() {
    // Pages get their CSP, with a per-request nonce, from proxy.ts; JSON, files and the API reference
    // get this one, which allows no inline script at all.
    const noInlineScripts = [{ key: "Content-Security-Policy", value: contentSecurityPolicy() }];
    return [
      { source: "/:path*", headers: securityHeaders },
      ...["/api/:path*", "/auth/:path*", "/track/:path*"].map((source) => ({ source, headers: noInlineScripts })),
    ];
  },
  async rewrites() {
    // NOTE: folders starting with "." are not routable in the App Router, so the OIDC discovery
    // document is served from a plain folder and exposed at its standard address here.
    return [{ source: "/auth/.well-known/openid-configuration", destination: "/auth/openid-configuration" }];
  },
};

export default nextConfig;
