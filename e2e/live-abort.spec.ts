import { cookieHeader, expect, liveStatus, signIn, test } from "./fixtures";

test("a live stream given up while it is being opened leaves no loop or subscriber behind", async ({
  page,
  baseURL,
}) => {
  await signIn(page, "/?range=7d&live=off");
  await expect.poll(() => liveStatus(page)).toEqual({ loops: 0, subscribers: 0 });
  const cookie = await cookieHeader(page);
  // Clients that give up 0–19 ms after asking: some before the BFF has read the session, some after.
  for (let delay = 0; delay < 20; delay++) {
    const controller = new AbortController();
    const asked = fetch(`${baseURL}/api/live?range=today`, {
      headers: { cookie, accept: "text/event-stream" },
      signal: controller.signal,
    }).catch(() => null);
    await new Promise((resolve) => setTimeout(resolve, delay));
    controller.abort();
    await asked;
  }
  await expect.poll(() => liveStatus(page)).toEqual({ loops: 0, subscribers: 0 });
});
