// Sets the technical user the alert evaluator signs in as for one tenant (remote mode; embedded
// demo tenants get theirs automatically):
//   npm run alerts:credentials -- <tenant> <username>        (password from ALERTS_PASSWORD or stdin)
// The password is sealed (AES-256-GCM) with the key derived from AUTH_SECRET, as lib/cluster/sealed.ts
// seals it, into the dashboard's table in DATABASE_URL. The server must have started once on that
// database (it creates the table); a running evaluator reads the new user at its next sign-in.
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";

export const PURPOSE = "alert technical users";

/** Seals a value exactly as lib/cluster/sealed.ts does. */
export function sealValue(secret, purpose, value) {
  const key = Buffer.from(crypto.hkdfSync("sha256", secret, "", `track-monitor ${purpose}`, 32));
  const iv = crypto.randomBytes(12);
  const cipher = crypto.createCipheriv("aes-256-gcm", key, iv);
  const body = Buffer.concat([cipher.update(JSON.stringify(value), "utf8"), cipher.final()]);
  return Buffer.concat([iv, cipher.getAuthTag(), body]).toString("base64url");
}

/** AUTH_SECRET (or NEXTAUTH_SECRET), else the one an embedded server generated into its data directory. */
function authSecret(env) {
  const secret = env.AUTH_SECRET ?? env.NEXTAUTH_SECRET;
  if (secret) return secret;
  const file = path.resolve(env.TRACK_DATA_DIR ?? "data", "auth-secret");
  if (fs.existsSync(file)) return fs.readFileSync(file, "utf8").trim();
  throw new Error("AUTH_SECRET is not set (the server's own AUTH_SECRET is needed to seal the password)");
}

async function readPassword(env) {
  if (env.ALERTS_PASSWORD) return env.ALERTS_PASSWORD;
  if (process.stdin.isTTY) process.stderr.write("Password (then Enter, Ctrl-D): ");
  const chunks = [];
  for await (const chunk of process.stdin) chunks.push(chunk);
  return Buffer.concat(chunks)
    .toString("utf8")
    .replace(/\r?\n$/, "");
}

/** Writes the row into DATABASE_URL's dashboard_technical_users (SQLite or PostgreSQL). */
async function store(url, row) {
  if (/^postgres(ql)?:\/\//.test(url)) {
    const { default: pg } = await import("pg");
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      await client.query(
        `insert into dashboard_technical_users (tenant, username, password, updated_at) values ($1, $2, $3, $4)
         on conflict (tenant) do update set username = excluded.username, password = excluded.password, updated_at = excluded.updated_at`,
        [row.tenant, row.username, row.password, row.updated_at],
      );
    } finally {
      await client.end();
    }
    return;
  }
  const { default: SQLite } = await import("better-sqlite3");
  const db = new SQLite(url.replace(/^file:/, ""), { fileMustExist: true });
  try {
    db.pragma("busy_timeout = 5000");
    db.prepare(
      `insert into dashboard_technical_users (tenant, username, password, updated_at) values (?, ?, ?, ?)
       on conflict (tenant) do update set username = excluded.username, password = excluded.password, updated_at = excluded.updated_at`,
    ).run(row.tenant, row.username, row.password, row.updated_at);
  } finally {
    db.close();
  }
}

async function main() {
  const [tenant, username] = process.argv.slice(2);
  if (!tenant || !username) {
    console.error(
      "usage: npm run alerts:credentials -- <tenant> <username>   (password from ALERTS_PASSWORD or stdin)",
    );
    process.exit(2);
  }
  const password = await readPassword(process.env);
  if (!password) {
    console.error("no password given (ALERTS_PASSWORD or stdin)");
    process.exit(2);
  }
  const sealed = sealValue(authSecret(process.env), PURPOSE, password);
  await store(process.env.DATABASE_URL ?? "file:./data/track.db", {
    tenant,
    username,
    password: sealed,
    updated_at: Date.now(),
  });
  console.log(`alert evaluator: tenant ${tenant} signs in as ${username}`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href)
  main().catch((error) => {
    console.error(`alerts:credentials failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });
