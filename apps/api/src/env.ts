import { z } from 'zod';

const booleanText = z.enum(['true', 'false', '1', '0']).transform((v) => v === 'true' || v === '1');

const envSchema = z.object({
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
});
export type Env = z.infer<typeof envSchema>;

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '::1']);

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
