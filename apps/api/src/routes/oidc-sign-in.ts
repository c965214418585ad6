// Single sign-on with the installation's OpenID Connect provider (authorisation code with PKCE),
// alongside local accounts. /start sends the browser to the provider, keeping the state, nonce
// and PKCE verifier in the store, bound to this browser by a short-lived cookie; /callback checks
// everything (see completeOidcSignIn) and starts the same session a password sign-in does.
import { errorResponseSchema, signInMethodsSchema } from '@outcomes/contract';
import { countRateLimitHit, insertOidcSignIn } from '@outcomes/db';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { randomNonce, randomPKCECodeVerifier, randomState } from 'openid-client';
import { z } from 'zod';
import { ApiError } from '../lib/api-error.js';
import type { AuthOptions } from '../lib/auth-options.js';
import { newSecret, sha256Hex } from '../services/accounts/secrets.js';
import { signInBrowser } from '../services/accounts/sign-in-browser.js';
import { completeOidcSignIn } from '../services/oidc/complete-sign-in.js';
import { DEFAULT_STATE_TTL_MS, type OidcOptions } from '../services/oidc/oidc-options.js';
import { auditRefusal, OidcRefusal, refusalLocation } from '../services/oidc/refuse-sign-in.js';
import { RelyingParty } from '../services/oidc/relying-party.js';

const START_PATH = '/api/auth/oidc/start';
const CALLBACK_PATH = '/api/auth/oidc/callback';
/** Sign-ins one address may start per minute: each writes a row until it expires. */
const STARTS_PER_MINUTE = 30;

/** The cookie binding a started sign-in to its browser; `__Host-` when Secure, as the session's. */
function bindingCookieName(options: Pick<AuthOptions, 'cookieSecure'>): string {
  return options.cookieSecure ? '__Host-outcomes_sso' : 'outcomes_sso';
}

/** The origin the provider sends the browser back to: PUBLIC_ORIGIN, else this request's. */
function originOf(request: FastifyRequest, auth: AuthOptions): string {
  return auth.publicOrigin ?? `${request.protocol}://${request.host}`;
}

/** A path on this site only (not `//elsewhere`, not a URL): where to land after signing in. */
const returnToSchema = z
  .string()
  .max(500)
  .regex(/^\/(?![/\\])[^\s]*$/, 'must be a path on this site, starting with one /')
  .optional();

export const oidcSignInRoutes: FastifyPluginAsyncZod<{ oidc: OidcOptions | undefined }> = async (
  app,
  { oidc },
) => {
  const auth = app.authOptions;
  const rp = oidc ? new RelyingParty(oidc) : undefined;
  const clock = oidc?.clock ?? Date.now;
  const ttlMs = oidc?.stateTtlMs ?? DEFAULT_STATE_TTL_MS;

  app.get(
    '/api/sign-in-methods',
    {
      config: { public: true },
      schema: {
        tags: ['accounts'],
        summary: 'How one may sign in here: password always, and single sign-on when configured',
        response: { 200: signInMethodsSchema },
      },
    },
    async () => ({
      password: true as const,
      oidc: oidc ? { displayName: oidc.displayName, startPath: START_PATH } : null,
    }),
  );

  if (!oidc || !rp) return;

  const clearBinding = (reply: FastifyReply) =>
    reply.clearCookie(bindingCookieName(auth), {
      path: '/',
      httpOnly: true,
      sameSite: 'lax',
      secure: auth.cookieSecure,
    });

  app.get(
    START_PATH,
    {
      config: { public: true },
      schema: {
        tags: ['accounts'],
        summary: 'Start single sign-on: redirects the browser to the identity provider',
        querystring: z.object({ returnTo: returnToSchema }),
        response: {
          302: z.null(),
          303: z.null(),
          400: errorResponseSchema,
          429: errorResponseSchema,
        },
      },
    },
    async (request, reply) => {
      const now = clock();
      const { hits } = await countRateLimitHit(app.db, `oidc-start:${request.ip}`, now, 60_000);
      if (hits > STARTS_PER_MINUTE) {
        reply.header('retry-after', '60');
        throw new ApiError(429, 'too_many_requests', 'Too many sign-ins started. Wait a minute.');
      }
      const state = randomState();
      const nonce = randomNonce();
      const codeVerifier = randomPKCECodeVerifier();
      const browserSecret = newSecret();
      let location: URL;
      try {
        location = await rp.authorizationUrl({
          redirectUri: `${originOf(request, auth)}${CALLBACK_PATH}`,
          state,
          nonce,
          codeVerifier,
        });
      } catch (error) {
        request.log.error({ err: error }, 'single sign-on: the provider could not be reached');
        const refusal = new OidcRefusal('sso-unavailable', {}, String(error).slice(0, 300));
        await auditRefusal(app.db, refusal, request.ip);
        return reply.redirect(refusalLocation(refusal.code), 303);
      }
      await insertOidcSignIn(app.db, {
        state,
        browser_hash: sha256Hex(browserSecret),
        nonce,
        code_verifier: codeVerifier,
        return_to: request.query.returnTo ?? '/',
        created_at: now,
        expires_at: now + ttlMs,
        used_at: null,
      });
      // Lax, not Strict: the provider's redirect back is a navigation from another site.
      reply.setCookie(bindingCookieName(auth), browserSecret, {
        path: '/',
        httpOnly: true,
        sameSite: 'lax',
        secure: auth.cookieSecure,
        maxAge: Math.ceil(ttlMs / 1000),
      });
      return reply.redirect(location.href, 302);
    },
  );

  app.get(
    CALLBACK_PATH,
    {
      config: { public: true },
      schema: {
        tags: ['accounts'],
        summary:
          'Where the identity provider returns the browser: signs in, or back to the sign-in page saying why not',
        // The provider's parameters (code, state, iss, error...) are read by openid-client.
        querystring: z.record(z.string(), z.unknown()),
        response: { 303: z.null() },
      },
    },
    async (request, reply) => {
      const url = new URL(request.url, originOf(request, auth));
      try {
        const done = await completeOidcSignIn(
          app.db,
          rp,
          oidc,
          { url, browserSecret: request.cookies[bindingCookieName(auth)] },
          clock(),
        );
        try {
          await signInBrowser(app.db, auth, request, reply, done.userId, 'oidc', 'disabled');
        } catch (error) {
          // Disabled between the check and the session: refused like any disabled account.
          if (!(error instanceof ApiError)) throw error;
          throw new OidcRefusal('sso-account-disabled', { userId: done.userId }, error.message);
        }
        clearBinding(reply);
        return reply.redirect(done.returnTo, 303);
      } catch (error) {
        if (!(error instanceof OidcRefusal)) throw error;
        request.log.warn({ reason: error.code, cause: error.underlying }, 'single sign-on refused');
        await auditRefusal(app.db, error, request.ip);
        if (error.code !== 'sso-other-browser') clearBinding(reply);
        return reply.redirect(refusalLocation(error.code), 303);
      }
    },
  );
};
