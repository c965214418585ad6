// Business case versions (issue #17): a load records version 1, a replace records the next
// version without putting it in force, an admin's decision puts a version in force from a date,
// and an as-of read replays exactly what was in force and known then. Returned figures and their
// revisions are never touched by any of it.
import type { Kysely } from 'kysely';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  decideVersionInForce,
  InForceDecisionError,
} from '../src/business-case/decide-in-force.js';
import {
  listBusinessCaseVersions,
  listInForceDecisions,
} from '../src/business-case/list-versions.js';
import { versionInForce } from '../src/business-case/version-in-force.js';
import { loadPack } from '../src/pack/load-pack.js';
import { getDataStamp } from '../src/queries/get-data-stamp.js';
import { getProgrammeData } from '../src/queries/get-programme-data.js';
import type { Database } from '../src/schema/database.js';
import { recordSubmission } from '../src/submissions/record-submission.js';
import {
  checksum,
  copyMiniPack,
  editFile,
  MINI_PACK,
  migratedTestDb,
  removeTempDirs,
  replaceOnce,
} from './helpers.js';

let db: Kysely<Database>;
beforeEach(async () => {
  db = await migratedTestDb();
  await loadPack(db, MINI_PACK);
});
afterEach(async () => {
  await db.destroy();
});
afterAll(removeTempDirs);

const admin = { userId: null, label: 'admin@example.org' };

/** The mini pack with a refreshed forecast, cost and unit cost: what "2015 refresh" holds. */
async function refreshedPack(): Promise<string> {
  const dir = await copyMiniPack();
  await editFile(
    dir,
    'forecasts.csv',
    replaceOnce('da-incidents,2013-04-01,285', 'da-incidents,2013-04-01,280'),
  );
  await editFile(
    dir,
    'costs.csv',
    replaceOnce('police,2013-14,transition,50000,', 'police,2013-14,transition,55000,'),
  );
  await editFile(dir, 'unit_costs.csv', replaceOnce('event,13160,', 'event,14000,'));
  return dir;
}

const forecastOf = async (asOf?: string) =>
  (await getProgrammeData(db, 'mini', asOf === undefined ? {} : { asOf }))?.metrics
    .find((m) => m.id === 'da-incidents')
    ?.forecasts.at(0)?.value;

/** Every returned figure and its revisions, and the submissions that brought them. */
const returns = async () => ({
  revisions: await db
    .selectFrom('actual_revision')
    .selectAll()
    .orderBy('submission_id')
    .orderBy('metric_id')
    .orderBy('period_start')
    .orderBy('revision')
    .execute(),
  submissions: await db.selectFrom('submission').selectAll().orderBy('id').execute(),
});

describe('business case versions', () => {
  it('records the pack as version 1, "original business case", in force by default', async () => {
    expect(await listBusinessCaseVersions(db, 'mini')).toEqual([
      {
        version: 1,
        name: 'original business case',
        note: null,
        createdBy: 'system',
        createdAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/) as string,
      },
    ]);
    expect(await listInForceDecisions(db, 'mini')).toEqual([]);
    expect(await versionInForce(db, 'mini')).toEqual({
      version: 1,
      name: 'original business case',
    });
    const v1 = await db
      .selectFrom('business_case_forecast')
      .select('value')
      .where('version', '=', 1)
      .execute();
    expect(v1).toHaveLength(11);
  });

  it('makes a replace version 2, leaves version 1 in force, and records no version when nothing changed', async () => {
    const result = await loadPack(db, await refreshedPack(), {
      replace: true,
      versionName: '2015 refresh',
      versionNote: 'Mid-programme refresh',
    });
    expect(result.businessCaseVersion).toBe(2);
    expect(
      (await listBusinessCaseVersions(db, 'mini')).map((v) => [v.version, v.name, v.note]),
    ).toEqual([
      [1, 'original business case', null],
      [2, '2015 refresh', 'Mid-programme refresh'],
    ]);
    // Version 1's rows are exactly as loaded; the live rows are the refresh.
    const v1 = await db
      .selectFrom('business_case_unit_cost')
      .select('value_pence')
      .where('version', '=', 1)
      .where('unit_cost_id', '=', 'da-incident')
      .executeTakeFirstOrThrow();
    const v2 = await db
      .selectFrom('business_case_unit_cost')
      .select('value_pence')
      .where('version', '=', 2)
      .where('unit_cost_id', '=', 'da-incident')
      .executeTakeFirstOrThrow();
    expect([Number(v1.value_pence), Number(v2.value_pence)]).toEqual([1_316_000, 1_400_000]);
    expect(await forecastOf()).toBe(285);

    const again = await loadPack(db, await refreshedPack(), { replace: true });
    expect(again.businessCaseVersion).toBeNull();
    expect(await listBusinessCaseVersions(db, 'mini')).toHaveLength(2);
  });

  it('judges against a version only from its date, and replays earlier dates byte for byte', async () => {
    // A return made before the refresh: its figures and revisions must survive everything below.
    await recordSubmission(db, {
      programmeId: 'mini',
      source: 'form',
      actor: admin,
      partnerId: 'police',
      rows: [
        { row: 1, metricId: 'da-incidents', periodStart: '2013-07-01', value: 262, note: null },
      ],
      at: '2015-01-10T09:00:00.000Z',
    });
    const before = await getProgrammeData(db, 'mini', { asOf: '2015-03-31' });
    const beforeJson = JSON.stringify(before);
    const returnsBefore = await returns();

    await loadPack(db, await refreshedPack(), {
      replace: true,
      keepReturnedFigures: true,
      versionName: '2015 refresh',
    });
    const stamp = await getDataStamp(db, 'mini');
    await decideVersionInForce(db, {
      programmeId: 'mini',
      version: 2,
      effectiveFrom: '2015-04-01',
      reason: 'Board approved the refresh on 20 March 2015',
      actor: admin,
      at: '2015-03-25T12:00:00.000Z',
    });
    expect(await getDataStamp(db, 'mini')).not.toBe(stamp);

    // Before the date: exactly what the board saw. From it: the refresh, and it says so.
    expect(JSON.stringify(await getProgrammeData(db, 'mini', { asOf: '2015-03-31' }))).toBe(
      beforeJson,
    );
    const after = await getProgrammeData(db, 'mini', { asOf: '2015-04-01' });
    expect(after?.businessCase).toEqual({ version: 2, name: '2015 refresh' });
    expect(after?.metrics.find((m) => m.id === 'da-incidents')?.forecasts[0]?.value).toBe(280);
    expect(after?.unitCosts.find((u) => u.id === 'da-incident')?.valuePence).toBe(1_400_000);
    const cost = after?.costs.find(
      (c) => c.strandId === 'domestic-abuse' && c.partnerId === 'police',
    );
    // The version's forecast with the actual cost known now.
    expect(cost).toMatchObject({ forecastPence: 5_500_000, actualPence: 4_825_075 });
    expect(await returns()).toEqual(returnsBefore);
  });

  it('does not let a later (back-dated) decision change how an earlier day replays', async () => {
    await loadPack(db, await refreshedPack(), { replace: true });
    await decideVersionInForce(db, {
      programmeId: 'mini',
      version: 2,
      effectiveFrom: '2015-04-01',
      reason: 'Recorded late',
      actor: admin,
      at: '2015-06-01T12:00:00.000Z',
    });
    // As known on 2015-05-01 the refresh was not yet in force; as known on 2015-06-01 it was.
    expect(await forecastOf('2015-05-01')).toBe(285);
    expect(await forecastOf('2015-06-01')).toBe(280);
    expect(await forecastOf()).toBe(280);
  });

  it('refuses a decision dated on or before the latest, an unknown version or no reason, writing nothing', async () => {
    await loadPack(db, await refreshedPack(), { replace: true });
    await decideVersionInForce(db, {
      programmeId: 'mini',
      version: 2,
      effectiveFrom: '2015-04-01',
      reason: 'Refresh',
      actor: admin,
    });
    const before = await checksum(db);
    const attempt = (input: { version: number; effectiveFrom: string; reason: string }) =>
      decideVersionInForce(db, { programmeId: 'mini', actor: admin, ...input });
    await expect(
      attempt({ version: 1, effectiveFrom: '2015-04-01', reason: 'Back' }),
    ).rejects.toThrow(/must be after 2015-04-01, when version 2 came into force/);
    await expect(attempt({ version: 3, effectiveFrom: '2016-04-01', reason: 'x' })).rejects.toThrow(
      /has no business case version 3/,
    );
    await expect(attempt({ version: 1, effectiveFrom: '2016-02-30', reason: 'x' })).rejects.toThrow(
      /not a real date/,
    );
    await expect(
      attempt({ version: 1, effectiveFrom: '2016-04-01', reason: '  ' }),
    ).rejects.toBeInstanceOf(InForceDecisionError);
    expect(await checksum(db)).toBe(before);
    const audit = await db
      .selectFrom('audit_log')
      .select(['action', 'entity_id'])
      .where('action', '=', 'business-case-in-force')
      .execute();
    expect(audit).toEqual([{ action: 'business-case-in-force', entity_id: '2' }]);
  });
});
