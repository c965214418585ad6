// A real OpenID Connect provider in this process (the oidc-provider package, on a loopback port),
// for the single sign-on tests: discovery, keys, authorisation with PKCE, tokens and UserInfo are
// all its own. Its development login form takes an account id (any password); the accounts and
// their email claims are the test's. Its signing key is the test's too, so a test can forge a
// token the provider's key really signed (a wrong audience) or one it did not (a bad signature).
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, type JWK } from 'jose';
import Provider, { type KoaContextWithOIDC } from 'oidc-provider';

export const TEST_CLIENT_ID = 'outcomes-test';
export const TEST_CLIENT_SECRET = 'outcomes test client secret, long enough';

export interface TestAccountClaims {
  email?: string;
  email_verified?: boolean;
}

export interface TestProvider {
  issuer: string;
  /** The private key the provider signs ID tokens with (RS256), and its kid. */
  signingKey: Awaited<ReturnType<typeof generateKeyPair>>['privateKey'];
  kid: string;
  /** Accounts by the id typed into the login form; tests may add more. */
  accounts: Map<string, TestAccountClaims>;
  /** Registers the client with this redirect URI (call once the app's origin is known). */
  registerClient: (redirectUri: string) => void;
  stop: () => Promise<void>;
}

/** Gives every signed-in account the scopes it asks for, so no consent page is shown. */
async function autoGrant(ctx: KoaContextWithOIDC) {
  const { session, client, provider } = ctx.oidc;
  if (!session?.accountId || !client) return undefined;
  const existing = session.grantIdFor(client.clientId);
  if (existing) return provider.Grant.find(existing);
  const grant = new provider.Grant({ clientId: client.clientId, accountId: session.accountId });
  grant.addOIDCScope('openid email');
  await grant.save();
  return grant;
}

export async function startTestProvider(): Promise<TestProvider> {
  const { privateKey } = await generateKeyPair('RS256', { extractable: true });
  const kid = 'test-signing-key';
  const jwk: JWK = { ...(await exportJWK(privateKey)), kid, alg: 'RS256', use: 'sig' };
  const accounts = new Map<string, TestAccountClaims>();

  // The port first (the issuer names it), the provider once the redirect URI is known.
  let handler: ((req: IncomingMessage, res: ServerResponse) => void) | undefined;
  const server = createServer((req, res) => {
    if (handler) handler(req, res);
    else res.writeHead(503).end('provider not ready');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    issuer,
    signingKey: privateKey,
    kid,
    accounts,
    registerClient(redirectUri) {
      const provider = new Provider(issuer, {
        clients: [
          {
            client_id: TEST_CLIENT_ID,
            client_secret: TEST_CLIENT_SECRET,
            redirect_uris: [redirectUri],
            grant_types: ['authorization_code'],
            response_types: ['code'],
            token_endpoint_auth_method: 'client_secret_post',
          },
        ],
        jwks: { keys: [jwk] },
        cookies: { keys: ['oidc test provider cookie key'] },
        claims: { openid: ['sub'], email: ['email', 'email_verified'] },
        scopes: ['openid', 'email'],
        pkce: { required: () => true },
        features: { devInteractions: { enabled: true } },
        loadExistingGrant: autoGrant,
        async findAccount(_ctx, id) {
          const claims = accounts.get(id);
          if (!claims) return undefined;
          return { accountId: id, claims: async () => ({ sub: id, ...claims }) };
        },
      });
      handler = provider.callback();
    },
    stop: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

/** A minimal cookie jar for driving the provider's pages with fetch. */
class CookieJar {
  private readonly cookies = new Map<string, string>();
  take(response: Response) {
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(';');
      const at = pair!.indexOf('=');
      this.cookies.set(pair!.slice(0, at), pair!.slice(at + 1));
    }
  }
  header(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }
}

/**
 * Signs `accountId` in at the provider, as a browser would (following its redirects and posting
 * its login form), starting from the authorisation URL; returns the URL the provider sends the
 * browser back to (the app's callback with code and state).
 */
export async function signInAtProvider(
  authorizationUrl: string,
  accountId: string,
  callbackPrefix: string,
): Promise<URL> {
  const jar = new CookieJar();
  let url = authorizationUrl;
  let body: URLSearchParams | undefined;
  for (let hop = 0; hop < 12; hop += 1) {
    if (url.startsWith(callbackPrefix)) return new URL(url);
    const response = await fetch(url, {
      method: body ? 'POST' : 'GET',
      redirect: 'manual',
      headers: { cookie: jar.header() },
      ...(body ? { body } : {}),
    });
    jar.take(response);
    body = undefined;
    const location = response.headers.get('location');
    if (location) {
      url = new URL(location, url).href;
      continue;
    }
    const html = await response.text();
    if (response.status !== 200) throw new Error(`provider answered ${response.status}: ${html}`);
    // An interaction page: the login form, or a consent form.
    body = html.includes('name="login"')
      ? new URLSearchParams({ prompt: 'login', login: accountId, password: 'any' })
      : new URLSearchParams({ prompt: 'consent' });
  }
  throw new Error('the provider did not send the browser back');
}
