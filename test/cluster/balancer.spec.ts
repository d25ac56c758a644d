import { expect, test } from "./fixtures";

test("every instance is ready on its own address and names itself", async ({ cluster }) => {
  for (const instance of cluster.instances) {
    const response = await fetch(`${instance.url}/api/ready`);
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(response.headers.get("x-track-instance")).toBe(instance.id);
    expect(await response.json()).toMatchObject({ status: "ready" });
  }
});

test("requests through the balancer alternate between the instances (no stickiness)", async ({ cluster }) => {
  await cluster.haproxy.waitUntil({ app1: "UP", app2: "UP" });
  const served: string[] = [];
  for (let i = 0; i < 6; i++) {
    const response = await fetch(`${cluster.url}/api/ready`);
    expect(response.status).toBe(200);
    // The instance's own name and HAProxy's name for the server that answered agree.
    expect(response.headers.get("x-track-instance")).toBe(response.headers.get("x-track-server"));
    served.push(response.headers.get("x-track-instance")!);
  }
  expect(new Set(served)).toEqual(new Set(["app1", "app2"]));
  expect(await cluster.haproxy.states()).toEqual({ app1: "UP", app2: "UP" });
  for (let i = 1; i < served.length; i++) expect(served[i]).not.toBe(served[i - 1]);
});

test("an instance that crashes is taken out without failing requests, and serves again once restarted", async ({
  cluster,
}) => {
  const [staying, crashing] = cluster.instances;
  crashing.kill("SIGKILL");
  await crashing.exited();
  // Until the health check notices, a request sent to the dead instance is retried on the other one.
  for (let i = 0; i < 6; i++) {
    const response = await fetch(`${cluster.url}/api/ready`);
    expect(response.status).toBe(200);
    expect(response.headers.get("x-track-instance")).toBe(staying.id);
  }
  await cluster.haproxy.waitUntil({ [crashing.id]: "DOWN" }, 5_000);
  await crashing.start();
  await cluster.haproxy.waitUntil({ [crashing.id]: "UP", [staying.id]: "UP" }, 10_000);
  const served: (string | null)[] = [];
  for (let i = 0; i < 20; i++) served.push((await fetch(`${cluster.url}/api/ready`)).headers.get("x-track-instance"));
  expect(new Set(served)).toEqual(new Set([staying.id, crashing.id]));
});
