export async function register() {
  // NOTE: the store uses native SQLite bindings, so background work only starts in the Node.js runtime.
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { exitOnMalformedConfig } = await import("./lib/config-check");
  exitOnMalformedConfig();
  const { installSignalHandlers, markStarted, onShutdown } = await import("./lib/server/lifecycle");
  // `next start` has installed its own SIGTERM/SIGINT handlers by now; draining goes in front of them.
  installSignalHandlers();
  const { installPeerAddressHeader } = await import("./lib/net/peer-address-hook");
  installPeerAddressHeader();
  const { closeDashboardDb } = await import("./lib/dashboard-store/db");
  const { closeDb } = await import("./lib/track-api/store/db");
  const { closeCoordination } = await import("./lib/cluster");
  // Leases are given up (their work, the simulator's included, stops first) while the pools are open.
  onShutdown("coordination", closeCoordination);
  onShutdown("databases", () => Promise.all([closeDashboardDb(), closeDb()]), "connections");
  const { startEmbedded } = await import("./lib/track-api/boot");
  await startEmbedded();
  const { startAlerts } = await import("./lib/alerts/boot");
  await startAlerts();
  // Alert events become webhook and e-mail deliveries, sent by the holder of their lease.
  const { startAlertDelivery } = await import("./lib/alerts/channels/start");
  startAlertDelivery();
  markStarted();
}
