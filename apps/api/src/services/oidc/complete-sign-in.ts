// The callback's checks, in order: the state is one this service issued, unspent and unexpired;
// it comes back to the browser that started it; the provider's tokens pass every check; the
// email is verified, in an allowed domain and belongs to an enabled account here. Any failure is
// an OidcRefusal naming which.
import { findOidcSignIn, findUserByEmail, spendOidcSignIn, type Db } from '@outcomes/db';
import { safeEqual, sha256Hex } from '../accounts/secrets.js';
import type { OidcOptions } from './oidc-options.js';
import { classifyExchangeError, OidcRefusal } from './refuse-sign-in.js';
import type { RelyingParty } from './relying-party.js';

export interface OidcCallback {
  /** The callback's full URL as the provider sent the browser to it. */
  url: URL;
  /** The value of the browser's sign-in cookie, if it sent one. */
  browserSecret: string | undefined;
}

export interface CompletedOidcSignIn {
  userId: number;
  returnTo: string;
}

export async function completeOidcSignIn(
  db: Db,
  rp: RelyingParty,
  options: OidcOptions,
  callback: OidcCallback,
  now: number,
): Promise<CompletedOidcSignIn> {
  const state = callback.url.searchParams.get('state');
  if (!state) throw new OidcRefusal('sso-state-missing');
  const started = await findOidcSignIn(db, state);
  if (!started) throw new OidcRefusal('sso-state-missing');
  if (started.used_at !== null) throw new OidcRefusal('sso-state-used');
  if (started.expires_at <= now) throw new OidcRefusal('sso-state-missing', {}, 'expired');
  const secret = callback.browserSecret;
  if (secret === undefined || !safeEqual(sha256Hex(secret), started.browser_hash)) {
    // Not spent: the browser that started may still finish.
    throw new OidcRefusal('sso-other-browser');
  }
  // One atomic step: of two callbacks racing with this state, one goes on.
  if (!(await spendOidcSignIn(db, state, now))) throw new OidcRefusal('sso-state-used');

  let identity;
  try {
    identity = await rp.identify(callback.url, {
      state,
      nonce: started.nonce,
      codeVerifier: started.code_verifier,
    });
  } catch (error) {
    throw classifyExchangeError(error);
  }

  const email = identity.email?.trim().toLowerCase();
  if (!email) throw new OidcRefusal('sso-email-unverified', {}, 'no email claim');
  if (!identity.emailVerified) throw new OidcRefusal('sso-email-unverified', { email });
  const domain = email.slice(email.lastIndexOf('@') + 1);
  if (!email.includes('@') || !options.allowedDomains.includes(domain)) {
    throw new OidcRefusal('sso-domain-not-allowed', { email });
  }
  const user = await findUserByEmail(db, email);
  if (!user) throw new OidcRefusal('sso-unknown-account', { email });
  if (user.disabled_at !== null) {
    throw new OidcRefusal('sso-account-disabled', { email, userId: user.id });
  }
  return { userId: user.id, returnTo: started.return_to };
}
