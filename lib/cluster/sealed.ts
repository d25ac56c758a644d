import crypto from "node:crypto";

/** Encrypts and authenticates small values (AES-256-GCM) with a key derived from a secret for one purpose. */
export function sealer(secret: string, purpose: string) {
  const key = Buffer.from(crypto.hkdfSync("sha256", secret, "", `track-monitor ${purpose}`, 32));
  return {
    seal(value: unknown): string {
      const iv = crypto.randomBytes(12);
      const cipher = crypto.createCipheriv("aes-256-gcm", key, iv);
      const body = Buffer.concat([cipher.update(JSON.stringify(value), "utf8"), cipher.final()]);
      return Buffer.concat([iv, cipher.getAuthTag(), body]).toString("base64url");
    },
    /** The sealed value; throws if it was not sealed with this secret and purpose, or was changed. */
    open<T>(sealed: string): T {
      const bytes = Buffer.from(sealed, "base64url");
      const decipher = crypto.createDecipheriv("aes-256-gcm", key, bytes.subarray(0, 12));
      decipher.setAuthTag(bytes.subarray(12, 28));
      return JSON.parse(Buffer.concat([decipher.update(bytes.subarray(28)), decipher.final()]).toString("utf8")) as T;
    },
  };
}
