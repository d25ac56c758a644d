/** Words for the sign-in failure codes the BFF's authorize step reports. */
export function signInMessage(code: string): string {
  const [reason, detail] = code.split(":");
  switch (reason) {
    case "invalid_credentials":
    case "CredentialsSignin":
      return "Wrong user name or password.";
    case "locked":
      return "This account is locked. Ask your Business Network administrator to unlock it.";
    case "throttled":
      return `Too many failed attempts. Try again in ${waitText(detail, 60)}.`;
    case "busy":
      return `Too many people are signing in right now. Try again in ${waitText(detail, 5)}.`;
    case "unreachable":
      return "The sign-in service cannot be reached right now. Try again in a moment.";
    case "misconfigured":
      return "This application is not allowed to sign in to the Track API. Contact your administrator.";
    default:
      return "Sign-in failed. Try again.";
  }
}

/** "5 seconds", "1 minute", "2 minutes": the Retry-After of the failure, rounded up. */
function waitText(seconds: string | undefined, fallback: number): string {
  const value = Math.max(1, Math.ceil(Number(seconds) || fallback));
  if (value < 60) return `${value} second${value === 1 ? "" : "s"}`;
  const minutes = Math.ceil(value / 60);
  return `${minutes} minute${minutes === 1 ? "" : "s"}`;
}
