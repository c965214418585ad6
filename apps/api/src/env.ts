import { z } from 'zod';

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '::1']);
/** Loopback as URL.hostname spells it (IPv6 in brackets). */
const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

const booleanText = z.enum(['true', 'false', '1', '0']).transform((v) => v === 'true' || v === '1');

const envFields = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('127.0.0.1'),
  /** The SQLite file, used when DATABASE_URL is not set. */
  DATABASE_PATH: z.string().default('var/outcomes.sqlite'),
  /** A PostgreSQL URL (postgres://user:password@host:5432/db); when set, used instead of SQLite. */
  DATABASE_URL: z
    .string()
    .regex(/^(postgres(ql)?:\/\/.+)?$/i, 'must be a postgres:// or postgresql:// URL')
    .optional(),
  /** PostgreSQL: connections each server process keeps at most. */
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(100).default(10),
  /**
   * Keep request contexts in memory: exact through the change marker on SQLite and LISTEN/NOTIFY
   * on PostgreSQL (README "Performance"). Set false on every server when notifications cannot
   * reach them (PgBouncer in transaction mode).
   */
  REQUEST_CONTEXT_CACHE: booleanText.default(true),
  /** The pack loaded when the database holds no programme; empty string disables it. */
  DEMO_PACK: z.string().default('data/programmes/west-cheshire'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  NODE_ENV: z.string().default('development'),
  /** Password of the demonstration accounts made with the demonstration pack; random if unset. */
  DEMO_PASSWORD: z.string().optional(),
  /** Mark the session cookie Secure; default on unless serving loopback only outside production. */
  COOKIE_SECURE: booleanText.optional(),
  SESSION_IDLE_MINUTES: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 60)
    .default(30),
  SESSION_MAX_HOURS: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 30)
    .default(12),
  /** The web app's origin, e.g. https://outcomes.example.gov.uk; default: each request's Host. */
  PUBLIC_ORIGIN: z.url().optional(),
  /** Behind a reverse proxy: trust its X-Forwarded-For, so limits see the client's address. */
  TRUST_PROXY: booleanText.default(false),
  WRITE_RATE_LIMIT: z.coerce.number().int().min(1).max(100_000).default(60),
  /** Uploads one user may have waiting behind the one being read; past it 429. */
  UPLOAD_QUEUE_PER_USER: z.coerce.number().int().min(0).max(100).default(2),
  // Single sign-on with OpenID Connect (see README "Single sign-on"): all four of the issuer,
  // client id, secret and allowed domains, and PUBLIC_ORIGIN, or none of them.
  /** The provider's issuer URL; its /.well-known/openid-configuration is read on first use. */
  OIDC_ISSUER: z.url().optional(),
  OIDC_CLIENT_ID: z.string().min(1).optional(),
  OIDC_CLIENT_SECRET: z.string().min(1).optional(),
  /** Comma-separated email domains whose verified addresses may sign in, e.g. nhs.net,cheshire.gov.uk */
  OIDC_ALLOWED_DOMAINS: z
    .string()
    .optional()
    .transform((v) =>
      v === undefined
        ? undefined
        : v
            .split(',')
            .map((d) => d.trim().toLowerCase().replace(/^@/, ''))
            .filter((d) => d !== ''),
    ),
  /** The button reads "Sign in with <OIDC_DISPLAY_NAME>". */
  OIDC_DISPLAY_NAME: z.string().min(1).max(100).default('your organisation'),
});
/** Whether an issuer URL may be used: https, or plain http on loopback (local testing only). */
export function acceptableIssuer(issuer: string): boolean {
  const url = new URL(issuer);
  return (
    url.protocol === 'https:' || (url.protocol === 'http:' && LOOPBACK_HOSTS.has(url.hostname))
  );
}

const OIDC_SETTINGS = ['OIDC_ISSUER', 'OIDC_CLIENT_ID', 'OIDC_CLIENT_SECRET'] as const;

const envSchema = envFields.superRefine((env, ctx) => {
  const given = OIDC_SETTINGS.filter((k) => env[k] !== undefined);
  const domains = env.OIDC_ALLOWED_DOMAINS;
  if (given.length === 0 && domains === undefined) return;
  for (const key of OIDC_SETTINGS) {
    if (env[key] === undefined) {
      ctx.addIssue({ code: 'custom', path: [key], message: 'needed for single sign-on' });
    }
  }
  if (domains === undefined || domains.length === 0) {
    ctx.addIssue({
      code: 'custom',
      path: ['OIDC_ALLOWED_DOMAINS'],
      message: 'needed for single sign-on: the email domains allowed, comma-separated',
    });
  }
  if (env.PUBLIC_ORIGIN === undefined) {
    ctx.addIssue({
      code: 'custom',
      path: ['PUBLIC_ORIGIN'],
      message: 'needed for single sign-on: the provider sends the browser back to it',
    });
  }
  if (env.OIDC_ISSUER !== undefined && !acceptableIssuer(env.OIDC_ISSUER)) {
    ctx.addIssue({
      code: 'custom',
      path: ['OIDC_ISSUER'],
      message: 'must be an https:// URL (plain http only on localhost)',
    });
  }
});
export type Env = z.infer<typeof envSchema>;

/**
 * Whether the session cookie is Secure: COOKIE_SECURE when set; otherwise only local development
 * (serving loopback only, NODE_ENV not production) goes without, as browsers will not send a
 * Secure cookie over plain http.
 */
export function cookieSecure(env: Env): boolean {
  return env.COOKIE_SECURE ?? (env.NODE_ENV === 'production' || !LOOPBACK.has(env.HOST));
}

/** Reads and checks the environment once at boot, so a typo fails fast with a clear message. */
export function readEnv(source: NodeJS.ProcessEnv = process.env): Env {
  const parsed = envSchema.safeParse(source);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid environment:\n${lines.join('\n')}`);
  }
  return parsed.data;
}
