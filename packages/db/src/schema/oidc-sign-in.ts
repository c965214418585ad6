import type { Insertable, Selectable } from 'kysely';

/**
 * A sign-in started at the OpenID Connect provider, waiting for the browser to come back. Single
 * use (used_at) and short-lived (expires_at); see migration 2026-12-05T0700-oidc-sign-in.
 */
export interface OidcSignInTable {
  /** The random state sent to the provider and echoed back to the callback. */
  state: string;
  /** SHA-256 (hex) of the random value in the browser's short-lived sign-in cookie. */
  browser_hash: string;
  nonce: string;
  /** The PKCE code verifier; only its S256 challenge went to the provider. */
  code_verifier: string;
  /** A path on this site to show after signing in. */
  return_to: string;
  /** Milliseconds since 1970. */
  created_at: number;
  expires_at: number;
  /** When the callback spent this state; null until then. */
  used_at: number | null;
}

export type OidcSignInRow = Selectable<OidcSignInTable>;
export type NewOidcSignInRow = Insertable<OidcSignInTable>;
