import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createDb, loadPack, migrateToLatest, type Db } from '@outcomes/db';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../src/app.js';

export const tinyPackDir = fileURLToPath(new URL('./fixtures/tiny', import.meta.url));
export const demoPackDir = fileURLToPath(
  new URL('../../../data/programmes/west-cheshire', import.meta.url),
);

export interface TestApp {
  app: FastifyInstance;
  db: Db;
  close: () => Promise<void>;
}

/** A fresh migrated SQLite file per test file, with the given packs loaded, and the app on it. */
export async function startTestApp(packDirs: string[]): Promise<TestApp> {
  const dir = mkdtempSync(join(tmpdir(), 'outcomes-api-'));
  const db = createDb(join(dir, 'test.sqlite'));
  await migrateToLatest(db);
  for (const packDir of packDirs) await loadPack(db, packDir);
  const app = await buildApp({ db });
  await app.ready();
  return {
    app,
    db,
    close: async () => {
      await app.close();
      await db.destroy();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export async function getJson<T = any>(
  app: FastifyInstance,
  url: string,
): Promise<{ status: number; body: T }> {
  const res = await app.inject({ method: 'GET', url });
  return { status: res.statusCode, body: res.json() as T };
}
