export async function register() {
  // NOTE: the store uses native SQLite bindings, so background work only starts in the Node.js runtime.
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { startEmbedded } = await import("./lib/track-api/boot");
  await startEmbedded();
}
