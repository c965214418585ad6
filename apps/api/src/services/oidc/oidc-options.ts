import type { CustomFetch } from 'openid-client';
import type { Env } from '../../env.js';

/** Single sign-on with the installation's OpenID Connect provider (README "Single sign-on"). */
export interface OidcOptions {
  /** The provider's issuer URL; discovery reads its /.well-known/openid-configuration. */
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** Lower-case email domains whose verified addresses may sign in (exact match, no subdomains). */
  allowedDomains: string[];
  /** The button reads "Sign in with <displayName>". */
  displayName: string;
  /** How long a started sign-in may take before its state expires; default 10 minutes. */
  stateTtlMs?: number;
  /** Milliseconds since 1970; tests move it to expire a state. */
  clock?: () => number;
  /** The fetch the client calls the provider with; tests use it to tamper with answers. */
  fetch?: CustomFetch;
}

export const DEFAULT_STATE_TTL_MS = 10 * 60_000;

/** The options from the checked environment; undefined when single sign-on is not configured. */
export function oidcOptionsFromEnv(env: Env): OidcOptions | undefined {
  if (
    env.OIDC_ISSUER === undefined ||
    env.OIDC_CLIENT_ID === undefined ||
    env.OIDC_CLIENT_SECRET === undefined ||
    env.OIDC_ALLOWED_DOMAINS === undefined
  ) {
    return undefined;
  }
  return {
    issuer: env.OIDC_ISSUER,
    clientId: env.OIDC_CLIENT_ID,
    clientSecret: env.OIDC_CLIENT_SECRET,
    allowedDomains: env.OIDC_ALLOWED_DOMAINS,
    displayName: env.OIDC_DISPLAY_NAME,
  };
}
