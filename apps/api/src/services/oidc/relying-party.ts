// This installation as an OpenID Connect relying party, with openid-client: discovery on first
// use (a provider that is down at boot does not stop the service), the authorisation URL with
// PKCE (S256) and a nonce, and the code exchange with every check the library makes (issuer,
// audience, nonce, expiry, PKCE) plus the ID token's signature against the provider's keys.
import * as client from 'openid-client';
import { acceptableIssuer } from '../../env.js';
import type { OidcOptions } from './oidc-options.js';

export interface OidcIdentity {
  subject: string;
  /** As the provider gave it (not yet lower-cased); undefined when it gave none. */
  email: string | undefined;
  /** True only when the provider says `email_verified: true`. */
  emailVerified: boolean;
}

export class RelyingParty {
  private configuration: Promise<client.Configuration> | undefined;

  constructor(private readonly options: OidcOptions) {}

  /** The discovered configuration; a failed discovery is forgotten, so the next sign-in retries. */
  private configure(): Promise<client.Configuration> {
    this.configuration ??= this.discover().catch((error: unknown) => {
      this.configuration = undefined;
      throw error;
    });
    return this.configuration;
  }

  private async discover(): Promise<client.Configuration> {
    const { issuer, clientId, clientSecret } = this.options;
    const insecure = new URL(issuer).protocol === 'http:';
    // The environment check allows plain http on loopback only (a provider on this machine).
    if (insecure && !acceptableIssuer(issuer)) throw new Error(`Refusing http issuer ${issuer}`);
    const config = await client.discovery(
      new URL(issuer),
      clientId,
      { client_secret: clientSecret, id_token_signed_response_alg: 'RS256' },
      client.ClientSecretPost(clientSecret),
      {
        execute: insecure ? [client.allowInsecureRequests] : [],
        ...(this.options.fetch ? { [client.customFetch]: this.options.fetch } : {}),
      },
    );
    // The code is exchanged over TLS straight with the provider, which the specification allows
    // to stand in for checking the ID token's signature; checking it anyway means a tampered or
    // forged token is refused however it arrived.
    client.enableNonRepudiationChecks(config);
    return config;
  }

  /** Where to send the browser to sign in. */
  async authorizationUrl(input: {
    redirectUri: string;
    state: string;
    nonce: string;
    codeVerifier: string;
  }): Promise<URL> {
    const config = await this.configure();
    return client.buildAuthorizationUrl(config, {
      redirect_uri: input.redirectUri,
      scope: 'openid email',
      response_type: 'code',
      state: input.state,
      nonce: input.nonce,
      code_challenge: await client.calculatePKCECodeChallenge(input.codeVerifier),
      code_challenge_method: 'S256',
    });
  }

  /**
   * Exchanges the code in `callbackUrl` (the callback's full URL, as registered plus its query)
   * for tokens and returns who signed in. Throws openid-client's errors on any failed check.
   */
  async identify(
    callbackUrl: URL,
    checks: { state: string; nonce: string; codeVerifier: string },
  ): Promise<OidcIdentity> {
    const config = await this.configure();
    const tokens = await client.authorizationCodeGrant(config, callbackUrl, {
      expectedState: checks.state,
      expectedNonce: checks.nonce,
      pkceCodeVerifier: checks.codeVerifier,
      idTokenExpected: true,
    });
    const claims = tokens.claims();
    if (!claims) throw new Error('The provider returned no ID token.');
    let email = claims['email'];
    let verified = claims['email_verified'];
    // Providers that keep the ID token small (oidc-provider by default) give email at UserInfo;
    // the library checks that answer is about the same subject.
    if (typeof email !== 'string' || verified === undefined) {
      const info = await client.fetchUserInfo(config, tokens.access_token, claims.sub);
      email = info.email;
      verified = info.email_verified;
    }
    return {
      subject: claims.sub,
      email: typeof email === 'string' ? email : undefined,
      emailVerified: verified === true,
    };
  }
}
