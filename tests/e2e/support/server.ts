import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildApp, createDemoAccounts, type AppOptions, type DemoAccount } from '@outcomes/api';
import { createDb, loadPack, migrateToLatest } from '@outcomes/db';
import type { FastifyInstance } from 'fastify';

export const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
export const demoPackDir = join(repoRoot, 'data/programmes/west-cheshire');
const webDistDir = join(repoRoot, 'apps/web/dist');

/** The password of the demonstration accounts in browser tests (what DEMO_PASSWORD sets). */
export const E2E_DEMO_PASSWORD = 'browser tests shared passphrase';

export interface RunningServer {
  baseUrl: string;
  app: FastifyInstance;
  /** One account per role, `<role>@demo.outcomes.local`, all with E2E_DEMO_PASSWORD. */
  demoAccounts: DemoAccount[];
  stop: () => Promise<void>;
}

/**
 * The whole product on a real port: a fresh SQLite file with the demonstration pack and its
 * demonstration accounts (made as `npm start` makes them), the API and the built web app (npm
 * test builds it first). Served over plain http on loopback, so the cookie is not Secure, as in
 * local development. `oidc` adds single sign-on (its redirect URI follows the request's host).
 */
export async function startServer(options: Pick<AppOptions, 'oidc'> = {}): Promise<RunningServer> {
  if (!existsSync(join(webDistDir, 'index.html'))) {
    throw new Error('The web app is not built: run `npm run build` first (npm test does).');
  }
  const dir = mkdtempSync(join(tmpdir(), 'outcomes-e2e-'));
  const db = createDb(join(dir, 'e2e.sqlite'));
  await migrateToLatest(db);
  const { programmeId } = await loadPack(db, demoPackDir);
  const demoAccounts = await createDemoAccounts(db, programmeId, E2E_DEMO_PASSWORD);
  const app = await buildApp({ ...options, db, webDistDir, auth: { cookieSecure: false } });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  if (!address || typeof address === 'string') throw new Error('server did not bind a port');
  return {
    baseUrl: `http://127.0.0.1:${address.port}`,
    app,
    demoAccounts,
    stop: async () => {
      await app.close();
      await db.destroy();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
