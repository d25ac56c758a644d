import path from "node:path";
import { afterEach, expect, it, vi } from "vitest";
import { authSecretFile } from "./secret";

afterEach(() => {
  vi.unstubAllEnvs();
});

it.each([
  ["/var/lib/track", "/var/lib/track/auth-secret"],
  ["data/e2e", path.join(process.cwd(), "data/e2e/auth-secret")],
])("keeps the generated secret in TRACK_DATA_DIR %s", (dir, file) => {
  vi.stubEnv("TRACK_DATA_DIR", dir);
  expect(authSecretFile()).toBe(file);
});
