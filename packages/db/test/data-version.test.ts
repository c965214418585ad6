// programme.data_version: bumped (by triggers) in the same transaction as every write to the
// programme's figures, whoever writes; left alone by reads and by writes that are not figures.
import type { Kysely } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadPack } from '../src/pack/load-pack.js';
import { getDataStamp } from '../src/queries/get-data-stamp.js';
import { getProgrammeData } from '../src/queries/get-programme-data.js';
import { recordSubmission } from '../src/submissions/record-submission.js';
import type { Database } from '../src/schema/database.js';
import { MINI_PACK, migratedTestDb, removeTempDirs } from './helpers.js';

let db: Kysely<Database>;
beforeEach(async () => {
  db = await migratedTestDb();
  await loadPack(db, MINI_PACK);
});
afterEach(async () => {
  await db.destroy();
  await removeTempDirs();
});

const stamp = () => getDataStamp(db, 'mini');

describe('getDataStamp', () => {
  it('is undefined for a programme that is not in the store', async () => {
    expect(await getDataStamp(db, 'nowhere')).toBeUndefined();
  });

  it('does not change on reads or on writes that are not figures', async () => {
    const before = await stamp();
    await getProgrammeData(db, 'mini', { asOf: '2014-03-31' });
    await db
      .insertInto('audit_log')
      .values({
        programme_id: 'mini',
        at: '2026-01-01T00:00:00Z',
        actor: 'test',
        action: 'x',
        detail: '{}',
      })
      .execute();
    expect(await stamp()).toBe(before);
  });

  it('changes with a submission, in the same transaction', async () => {
    const before = await stamp();
    await db
      .transaction()
      .execute(async (trx) => {
        await recordSubmission(trx, {
          programmeId: 'mini',
          source: 'form',
          actor: { userId: null, label: 'test' },
          partnerId: null,
          rows: [
            { row: 1, metricId: 'da-incidents', periodStart: '2013-07-01', value: 1, note: null },
          ],
        });
        throw new Error('roll back');
      })
      .catch(() => undefined);
    expect(await stamp()).toBe(before);
    await recordSubmission(db, {
      programmeId: 'mini',
      source: 'form',
      actor: { userId: null, label: 'test' },
      partnerId: null,
      rows: [{ row: 1, metricId: 'da-incidents', periodStart: '2013-07-01', value: 1, note: null }],
    });
    expect(await stamp()).not.toBe(before);
  });

  it.each([
    ['a forecast', 'forecast', { value: 1 }],
    ['a cost', 'cost', { forecast_pence: 1 }],
    ['a baseline', 'baseline', { value: 1 }],
    ['a unit cost', 'unit_cost', { value_pence: 1 }],
    ['a deflator', 'deflator', { index_value: 1 }],
    ['a metric', 'metric', { attribution: 0.5 }],
  ] as const)('changes when %s changes', async (_what, table, set) => {
    const before = await stamp();
    // Every row of the programme: enough to prove the trigger fires for the table.
    await db
      .updateTable(table)
      .set(set as never)
      .where('programme_id', '=', 'mini')
      .execute();
    expect(await stamp()).not.toBe(before);
  });

  it("changes when the programme's settings change, and on a replace", async () => {
    const before = await stamp();
    await db
      .updateTable('programme')
      .set({ discount_rate: 0.05 })
      .where('id', '=', 'mini')
      .execute();
    const after = await stamp();
    expect(after).not.toBe(before);
    await loadPack(db, MINI_PACK, { replace: true });
    expect(await stamp()).not.toBe(after);
  });
});
