// `npm start`: build when the sources changed since the last build, serve, and print where to sign in.
// The server itself migrates the database, seeds the demo data once and starts the simulator.
import { spawn } from "node:child_process";
import path from "node:path";
import { buildIfChanged } from "./build-if-changed.mjs";

const NEXT = path.resolve("node_modules/next/dist/bin/next");
const port = process.env.PORT ?? "3000";
const embedded = !process.env.TRACK_API_URL;

const env = {
  ...process.env,
  NEXT_TELEMETRY_DISABLED: "1",
  TRACK_SIMULATE: process.env.TRACK_SIMULATE ?? (embedded ? "1" : "0"),
};

buildIfChanged({ env });

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
