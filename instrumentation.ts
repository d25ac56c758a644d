export async function register() {
  // NOTE: the store uses native SQLite bindings, so background work only starts in the Node.js runtime.
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { exitOnMalformedConfig } = await import("./lib/config-check");
  exitOnMalformedConfig();
  const { installPeerAddressHeader } = await import("./lib/net/peer-address-hook");
  installPeerAddressHeader();
  const { startEmbedded } = await import("./lib/track-api/boot");
  await startEmbedded();
}
