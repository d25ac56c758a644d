// `npm run cluster`: two production instances on PostgreSQL behind HAProxy on one port (CLUSTER_PORT,
// default 3000), as several instances run in production. The instances migrate and seed the
// database themselves; this script only creates it when it is missing.
import { DEFAULT_DATABASE_URL, startCluster } from "./cluster-lib.mjs";

const port = Number(process.env.CLUSTER_PORT ?? 3000);
const databaseUrl = process.env.DATABASE_URL ?? DEFAULT_DATABASE_URL;

let cluster;
let stopping = false;
for (const signal of ["SIGINT", "SIGTERM"])
  process.on(signal, async () => {
    if (stopping) return;
    stopping = true;
    console.log(`\n${signal}: draining the instances…`);
    await cluster?.stop();
    process.exit(0);
  });

try {
  cluster = await startCluster({ port, databaseUrl });
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
const { url, instances } = cluster;
console.log(`\nTrack Monitor is running at ${url} (HAProxy in front of ${instances.map((i) => i.url).join(" and ")})`);
console.log("Embedded Track API: demo sign-in demo@acme.test / demo (client demo-client / demo-secret)");
console.log(`Readiness of each instance: ${url}/api/ready (answered by the one HAProxy picks)`);
// An instance that exits by itself (a crash) is reported; HAProxy keeps serving from the others.
for (const instance of instances)
  void instance.exited().then(({ code, signal }) => {
    if (!stopping) console.error(`${instance.id} exited (${signal ?? code}); the others keep serving`);
  });
