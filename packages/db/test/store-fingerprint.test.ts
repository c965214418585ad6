// The store fingerprint (one query) that the fuzz run compares after every case: unchanged by
// reads and by a rolled-back write, changed by an insert, an update of figures and a delete.
import { sql, type Kysely } from 'kysely';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { loadPack } from '../src/pack/load-pack.js';
import { getProgrammeData } from '../src/queries/get-programme-data.js';
import type { Database } from '../src/schema/database.js';
import { prepareStoreFingerprint } from '../src/testing/index.js';
import { MINI_PACK, migratedTestDb, removeTempDirs } from './helpers.js';

let db: Kysely<Database>;
let fingerprint: () => Promise<string>;
beforeEach(async () => {
  db = await migratedTestDb();
  await loadPack(db, MINI_PACK);
  fingerprint = await prepareStoreFingerprint(db, { exclude: ['session'] });
});
afterEach(async () => {
  await db.destroy();
  await removeTempDirs();
});

const auditRow = {
  programme_id: 'mini',
  at: '2026-01-01T00:00:00Z',
  actor: 'test',
  action: 'x',
  detail: '{}',
};

it('is the same after reads and after a write that was rolled back', async () => {
  const before = await fingerprint();
  expect(before).toContain('programme.data_version');
  await getProgrammeData(db, 'mini', { asOf: '2014-03-31' });
  await db
    .transaction()
    .execute(async (trx) => {
      await trx.insertInto('audit_log').values(auditRow).execute();
      throw new Error('roll back');
    })
    .catch(() => undefined);
  expect(await fingerprint()).toBe(before);
});

it('changes with an insert, with an update of figures and with a delete', async () => {
  const start = await fingerprint();
  await db.insertInto('audit_log').values(auditRow).execute();
  const inserted = await fingerprint();
  expect(inserted).not.toBe(start);

  // An update in place keeps counts and row ids: the data_version trigger is what shows it.
  await sql`update unit_cost set name = name || ' (renamed)' where programme_id = 'mini'`.execute(
    db,
  );
  const updated = await fingerprint();
  expect(updated).not.toBe(inserted);

  // The audit log is append-only: a bearer row goes instead (its count falls).
  const bearer = await db.selectFrom('unit_cost_bearer').selectAll().executeTakeFirstOrThrow();
  await db
    .deleteFrom('unit_cost_bearer')
    .where('unit_cost_id', '=', bearer.unit_cost_id)
    .where('partner_id', '=', bearer.partner_id)
    .execute();
  expect(await fingerprint()).not.toBe(updated);
});
