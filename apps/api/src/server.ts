// Starts the product: migrate, load the demonstration programme into an empty store, serve the
// API and the built web app on one port.
import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';
import {
  countProgrammes,
  createDb,
  databaseLocation,
  loadPack,
  migrateToLatest,
} from '@outcomes/db';
import { buildApp } from './app.js';
import { cookieSecure, readEnv } from './env.js';
import { oidcOptionsFromEnv } from './services/oidc/oidc-options.js';
import {
  createDemoAccounts,
  describeDemoAccounts,
  randomDemoPassword,
} from './services/accounts/demo-accounts.js';

const env = readEnv();
const db = createDb(databaseLocation(env), { poolSize: env.DATABASE_POOL_SIZE });
await migrateToLatest(db);

if (env.DEMO_PACK !== '' && (await countProgrammes(db)) === 0) {
  console.log(`The store is empty: loading the demonstration programme from ${env.DEMO_PACK}`);
  const result = await loadPack(db, env.DEMO_PACK, {
    onProgress: (step, done, total) => console.log(`  ${step} ${done}/${total}`),
  });
  console.log(`Loaded programme ${result.programmeId}.`);
  const password = env.DEMO_PASSWORD ?? randomDemoPassword();
  const accounts = await createDemoAccounts(db, result.programmeId, password);
  for (const line of describeDemoAccounts(accounts, password)) console.log(line);
}

const webDistDir = resolve(fileURLToPath(new URL('../../web/dist', import.meta.url)));
const app = await buildApp({
  db,
  webDistDir,
  logger: { level: env.LOG_LEVEL },
  trustProxy: env.TRUST_PROXY,
  uploads: { prestart: true, perUserQueue: env.UPLOAD_QUEUE_PER_USER },
  auth: {
    cookieSecure: cookieSecure(env),
    sessionIdleMinutes: env.SESSION_IDLE_MINUTES,
    sessionMaxHours: env.SESSION_MAX_HOURS,
    publicOrigin: env.PUBLIC_ORIGIN,
    writeRateLimitPerMinute: env.WRITE_RATE_LIMIT,
  },
  oidc: oidcOptionsFromEnv(env),
  requestContexts: { enabled: env.REQUEST_CONTEXT_CACHE },
});

const shutdown = async (signal: string) => {
  app.log.info(`${signal}: closing`);
  await app.close();
  await db.destroy();
  process.exit(0);
};
process.once('SIGINT', () => void shutdown('SIGINT'));
process.once('SIGTERM', () => void shutdown('SIGTERM'));

await app.listen({ port: env.PORT, host: env.HOST });
const address = app.server.address();
const port = typeof address === 'object' && address ? address.port : env.PORT;
console.log(
  `Outcomes is running at http://${env.HOST === '0.0.0.0' ? 'localhost' : env.HOST}:${port}/`,
);
