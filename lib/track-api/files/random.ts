import { createHash } from "node:crypto";

/** A deterministic pseudo-random stream; the same seed always yields the same sequence. */
export interface Random {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [min, max], both inclusive. */
  int(min: number, max: number): number;
  pick<T>(items: readonly T[]): T;
  /** `count` distinct items in a seeded order (fewer if `items` is shorter). */
  sample<T>(items: readonly T[], count: number): T[];
  /** A string of `length` decimal digits. */
  digits(length: number): string;
}

/** Seeds an sfc32 generator from sha256(seed): tiny, fast and good enough for generating documents. */
export function seededRandom(seed: string): Random {
  const hash = createHash("sha256").update(seed).digest();
  let a = hash.readUInt32LE(0);
  let b = hash.readUInt32LE(4);
  let c = hash.readUInt32LE(8);
  let d = hash.readUInt32LE(12);
  const next = () => {
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return (t >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  return {
    next,
    int,
    pick: (items) => items[int(0, items.length - 1)],
    sample: (items, count) => {
      const pool = [...items];
      for (let i = pool.length - 1; i > 0; i--) {
        const j = int(0, i);
        [pool[i], pool[j]] = [pool[j], pool[i]];
      }
      return pool.slice(0, Math.max(0, count));
    },
    digits: (length) => Array.from({ length }, () => String(int(0, 9))).join(""),
  };
}
