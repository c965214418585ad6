// How a person may sign in to this installation: always with a local account's password, and
// with the installation's OpenID Connect provider when one is configured (single sign-on).
import { z } from 'zod';

export const signInMethodsSchema = z.object({
  /** Local accounts (email and password) always work. */
  password: z.literal(true),
  /** Single sign-on, when configured: the button's wording and where it starts. */
  oidc: z
    .object({
      /** e.g. "Cheshire West and Chester Council": the button reads "Sign in with <displayName>". */
      displayName: z.string(),
      /** Navigate the browser here (a plain link: the provider's page is on another site). */
      startPath: z.string(),
    })
    .nullable(),
});
export type SignInMethods = z.infer<typeof signInMethodsSchema>;

/**
 * Why a single sign-on was refused. The callback sends the browser back to the sign-in page with
 * `?sign-in-error=<code>`; the page shows the message. Every refusal is also audited.
 */
export const oidcRefusalMessages = {
  'sso-state-missing':
    'The single sign-on was not started here, or took longer than 10 minutes. Start again.',
  'sso-state-used': 'That single sign-on link has already been used. Start again.',
  'sso-other-browser':
    'The single sign-on finished in a different browser from the one that started it. Start again in one browser.',
  'sso-provider-error': 'The identity provider did not sign you in. Try again.',
  'sso-invalid-token':
    'The identity provider’s answer could not be trusted (its signature, audience or expiry was wrong), so you were not signed in.',
  'sso-email-unverified':
    'Your identity provider has not verified your email address, so it cannot be matched to an account.',
  'sso-domain-not-allowed':
    'Your email address is not in a domain allowed to use single sign-on here. Sign in with a password, or ask your administrator.',
  'sso-unknown-account':
    'There is no account for your email address. Ask your programme’s administrator to add you.',
  'sso-account-disabled': 'Your account is disabled. Ask your programme’s administrator.',
  'sso-unavailable': 'Single sign-on is not available at the moment. Try again later.',
} as const;
export type OidcRefusalCode = keyof typeof oidcRefusalMessages;

export function isOidcRefusalCode(value: string): value is OidcRefusalCode {
  return Object.hasOwn(oidcRefusalMessages, value);
}
