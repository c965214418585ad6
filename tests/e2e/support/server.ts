import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildApp } from '@outcomes/api';
import { createDb, loadPack, migrateToLatest } from '@outcomes/db';
import type { FastifyInstance } from 'fastify';

export const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
export const demoPackDir = join(repoRoot, 'data/programmes/west-cheshire');
const webDistDir = join(repoRoot, 'apps/web/dist');

export interface RunningServer {
  baseUrl: string;
  app: FastifyInstance;
  stop: () => Promise<void>;
}

/**
 * The whole product on a real port: a fresh SQLite file with the demonstration pack, the API and
 * the built web app (npm test builds it first).
 */
export async function startServer(): Promise<RunningServer> {
  if (!existsSync(join(webDistDir, 'index.html'))) {
    throw new Error('The web app is not built: run `npm run build` first (npm test does).');
  }
  const dir = mkdtempSync(join(tmpdir(), 'outcomes-e2e-'));
  const db = createDb(join(dir, 'e2e.sqlite'));
  await migrateToLatest(db);
  await loadPack(db, demoPackDir);
  const app = await buildApp({ db, webDistDir });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  if (!address || typeof address === 'string') throw new Error('server did not bind a port');
  return {
    baseUrl: `http://127.0.0.1:${address.port}`,
    app,
    stop: async () => {
      await app.close();
      await db.destroy();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
