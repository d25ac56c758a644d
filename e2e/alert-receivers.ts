import http from "node:http";
import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";
import { test } from "./fixtures";

/** A loopback webhook receiver: answers the queued statuses in turn (then 200) and records each request. */
export async function webhookReceiver(statuses: number[] = []) {
  const requests: { headers: http.IncomingHttpHeaders; body: string }[] = [];
  let arrived: () => void = () => undefined;
  const server = http.createServer((req, res) => {
    let body = "";
    req.setEncoding("utf8");
    req.on("data", (chunk: string) => (body += chunk));
    req.on("end", () => {
      requests.push({ headers: req.headers, body });
      res.writeHead(statuses.shift() ?? 200).end();
      arrived();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks/track`,
    requests,
    /** Resolves once `count` requests have arrived. */
    received: (count: number) =>
      new Promise<void>((resolve) => {
        arrived = () => requests.length >= count && resolve();
        arrived();
      }),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/**
 * Starts, for the spec that calls it, the loopback SMTP server the test server's SMTP_URL names (its
 * port + 40, scripts/e2e-server.mjs); the mails it receives.
 */
export function loopbackSmtp(): { to: string[]; raw: string }[] {
  const mails: { to: string[]; raw: string }[] = [];
  let smtp: SMTPServer;
  test.beforeAll(async ({}, info) => {
    const port = Number(new URL(info.project.use.baseURL!).port) + 40;
    smtp = new SMTPServer({
      authOptional: true,
      disabledCommands: ["STARTTLS"],
      logger: false,
      onData(stream, session, callback) {
        let raw = "";
        stream.setEncoding("utf8");
        stream.on("data", (chunk: string) => (raw += chunk));
        stream.on("end", () => {
          mails.push({ to: session.envelope.rcptTo.map((r) => r.address), raw });
          callback();
        });
      },
    });
    await new Promise<void>((resolve, reject) => {
      smtp.once("error", reject);
      smtp.listen(port, "127.0.0.1", () => resolve());
    });
  });
  test.afterAll(() => new Promise<void>((resolve) => smtp.close(() => resolve())));
  return mails;
}
