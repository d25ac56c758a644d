export const PURPOSE: string;
export function sealValue(secret: string, purpose: string, value: unknown): string;
