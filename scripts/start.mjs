// `npm start`: build when the sources changed since the last build, serve, and print where to sign in.
// The server itself migrates the database, seeds the demo data once and starts the simulator.
import { execFileSync, spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

const NEXT = path.resolve("node_modules/next/dist/bin/next");
const SOURCES = [
  "app",
  "components",
  "lib",
  "instrumentation.ts",
  "next.config.ts",
  "package-lock.json",
  "postcss.config.mjs",
];
const port = process.env.PORT ?? "3000";
const embedded = !process.env.TRACK_API_URL;

function newestMtime(entry) {
  if (!fs.existsSync(entry)) return 0;
  const stat = fs.statSync(entry);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...fs.readdirSync(entry).map((name) => newestMtime(path.join(entry, name))));
}

const env = {
  ...process.env,
  NEXT_TELEMETRY_DISABLED: "1",
  TRACK_SIMULATE: process.env.TRACK_SIMULATE ?? (embedded ? "1" : "0"),
};

const buildId = ".next/BUILD_ID";
if (!fs.existsSync(buildId) || Math.max(...SOURCES.map(newestMtime)) > fs.statSync(buildId).mtimeMs) {
  console.log("Building Track Monitor…");
  execFileSync(process.execPath, [NEXT, "build"], { stdio: "inherit", env });
}

const server = spawn(process.execPath, [NEXT, "start", "-p", port], { stdio: "inherit", env });
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));

const url = `http://localhost:${port}`;
const started = Date.now();
while (Date.now() - started < 300_000) {
  const ok = await fetch(embedded ? `${url}/track/api/health` : url).then(
    (r) => r.ok,
    () => false,
  );
  if (ok) {
    console.log(`\nTrack Monitor is running at ${url}`);
    if (embedded) {
      console.log("Embedded Track API: demo sign-in demo@acme.test / demo (client demo-client / demo-secret)");
      console.log(`API reference: ${url}/track/api/docs`);
    }
    break;
  }
  await new Promise((resolve) => setTimeout(resolve, 500));
}
