/** Words for the sign-in failure codes the BFF's authorize step reports. */
export function signInMessage(code: string): string {
  const [reason, detail] = code.split(":");
  switch (reason) {
    case "invalid_credentials":
    case "CredentialsSignin":
      return "Wrong user name or password.";
    case "locked":
      return "This account is locked. Ask your Business Network administrator to unlock it.";
    case "throttled": {
      const minutes = Math.max(1, Math.ceil(Number(detail ?? 60) / 60));
      return `Too many failed attempts. Try again in ${minutes} minute${minutes === 1 ? "" : "s"}.`;
    }
    case "unreachable":
      return "The sign-in service cannot be reached right now. Try again in a moment.";
    case "misconfigured":
      return "This application is not allowed to sign in to the Track API. Contact your administrator.";
    default:
      return "Sign-in failed. Try again.";
  }
}
