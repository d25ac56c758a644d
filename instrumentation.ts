export async function register() {
  // NOTE: the store uses native SQLite bindings, so background work only starts in the Node.js runtime.
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { config } = await import("./lib/config");
  // Read once here so a malformed TRUST_PROXY_HOPS or PUBLIC_URL stops the start instead of failing sign-ins.
  void config.trustProxyHops;
  void config.publicUrl;
  const { installPeerAddressHeader } = await import("./lib/net/peer-address-hook");
  installPeerAddressHeader();
  const { startEmbedded } = await import("./lib/track-api/boot");
  await startEmbedded();
}
