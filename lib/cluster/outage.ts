/**
 * One log line when a shared component stops answering and one when it answers again, however many
 * calls fail in between: instances keep working on their own meanwhile, and the log says so once.
 */
export function outageLog(component: string, fallback: string) {
  let down = false;
  return {
    failed(error: unknown): void {
      if (down) return;
      down = true;
      const reason = error instanceof Error ? error.message : String(error);
      console.error(`[cluster] ${component} unavailable (${reason}); ${fallback}`);
    },
    recovered(): void {
      if (!down) return;
      down = false;
      console.log(`[cluster] ${component} available again`);
    },
    get down(): boolean {
      return down;
    },
  };
}
