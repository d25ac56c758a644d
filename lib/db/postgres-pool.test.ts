import net from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { isDatabaseUnavailable } from "./unavailable";
import { openPool } from "./postgres-pool";

const servers: net.Server[] = [];
afterEach(async () => {
  delete process.env.DATABASE_CONNECT_TIMEOUT_MS;
  for (const server of servers.splice(0)) await new Promise((resolve) => server.close(resolve));
});

describe("the PostgreSQL pool", () => {
  it("gives up on a server that takes the connection but never answers, as an unavailable database", async () => {
    const sockets: net.Socket[] = [];
    const silent = net.createServer((socket) => void sockets.push(socket));
    servers.push(silent);
    await new Promise<void>((resolve) => silent.listen(0, "127.0.0.1", resolve));
    const { port } = silent.address() as net.AddressInfo;
    process.env.DATABASE_CONNECT_TIMEOUT_MS = "300";
    const pool = openPool(`postgres://postgres@127.0.0.1:${port}/none`);
    const started = Date.now();
    const error = await pool.query("select 1").catch((e: unknown) => e);
    expect(Date.now() - started).toBeLessThan(3_000);
    expect(isDatabaseUnavailable(error)).toBe(true);
    sockets.forEach((s) => s.destroy());
    await pool.end();
  });
});
