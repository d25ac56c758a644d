export const SOURCES: string[];
export function buildIsCurrent(): boolean;
export function buildIfChanged(options?: { env?: NodeJS.ProcessEnv; log?: (line: string) => void }): {
  built: boolean;
  seconds: number;
};
