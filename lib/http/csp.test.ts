import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, newNonce } from "./csp";

const directive = (policy: string, name: string) => policy.split("; ").find((d) => d.startsWith(`${name} `));

describe("contentSecurityPolicy", () => {
  it("allows a page's scripts by nonce, never inline ones in general", () => {
    const policy = contentSecurityPolicy({ nonce: "abc123" });
    expect(directive(policy, "script-src")).toBe("script-src 'self' 'nonce-abc123'");
    expect(policy).not.toMatch(/script-src[^;]*'unsafe-inline'/);
  });

  it("allows no inline script at all without a nonce", () => {
    expect(directive(contentSecurityPolicy(), "script-src")).toBe("script-src 'self'");
  });

  it("adds eval only in development", () => {
    expect(directive(contentSecurityPolicy({ nonce: "n", dev: true }), "script-src")).toBe(
      "script-src 'self' 'nonce-n' 'unsafe-eval'",
    );
  });

  it("keeps the framing and form rules", () => {
    const policy = contentSecurityPolicy({ nonce: "n" });
    for (const rule of [
      "default-src 'self'",
      "frame-ancestors 'self'",
      "base-uri 'self'",
      "form-action 'self'",
      "object-src 'self' blob:",
    ])
      expect(policy).toContain(rule);
  });
});

describe("newNonce", () => {
  it("is fresh each time and carries 128 bits", () => {
    const a = newNonce();
    expect(a).not.toBe(newNonce());
    expect(Buffer.from(a, "base64")).toHaveLength(16);
  });
});
