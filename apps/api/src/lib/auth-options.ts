/** How sign-in, sessions and write limits behave; buildApp takes overrides (tests shorten them). */
export interface AuthOptions {
  /** Mark the session cookie Secure (HTTPS only). Off only for local development over http. */
  cookieSecure: boolean;
  /** A session ends after this long without a request. */
  sessionIdleMinutes: number;
  /** A session ends this long after sign-in, however active. */
  sessionMaxHours: number;
  /**
   * The origin the web app is served from (e.g. https://outcomes.example.gov.uk), checked against
   * the Origin header of cookie-authenticated writes; default: the request's own Host.
   */
  publicOrigin: string | undefined;
  /** Writes (POST, PUT, PATCH, DELETE) allowed per user (or address) per minute. */
  writeRateLimitPerMinute: number;
  /** Failed sign-ins allowed per account, and per client address, within the window. */
  loginMaxFailuresPerAccount: number;
  loginMaxFailuresPerAddress: number;
  loginWindowMinutes: number;
}

export const defaultAuthOptions: AuthOptions = {
  cookieSecure: true,
  sessionIdleMinutes: 30,
  sessionMaxHours: 12,
  publicOrigin: undefined,
  writeRateLimitPerMinute: 60,
  loginMaxFailuresPerAccount: 5,
  loginMaxFailuresPerAddress: 20,
  loginWindowMinutes: 15,
};

/** The session cookie's name; `__Host-` makes browsers insist on Secure, Path=/ and no Domain. */
export function sessionCookieName(options: Pick<AuthOptions, 'cookieSecure'>): string {
  return options.cookieSecure ? '__Host-outcomes_session' : 'outcomes_session';
}
