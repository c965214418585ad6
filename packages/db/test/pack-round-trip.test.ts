// The in-memory entry to pack validation, the pack writer (its inverse), the stored programme
// read back as a pack, the change preview, and a replace that keeps returned figures.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Kysely } from 'kysely';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { diffPacks } from '../src/pack/diff-packs.js';
import { loadPack } from '../src/pack/load-pack.js';
import type { Pack } from '../src/pack/pack.js';
import { readPack } from '../src/pack/read-pack.js';
import { readPackFiles, type PackFileContent } from '../src/pack/read-pack-files.js';
import { readStoredPack } from '../src/pack/read-stored-pack.js';
import { checkReturnedFiguresKept } from '../src/pack/returned-figures-rule.js';
import { savePack } from '../src/pack/save-pack.js';
import { packToFiles } from '../src/pack/write-pack-files.js';
import { listActualRevisions } from '../src/submissions/list-actual-revisions.js';
import { recordSubmission } from '../src/submissions/record-submission.js';
import type { Database } from '../src/schema/database.js';
import { MINI_PACK, migratedTestDb, removeTempDirs } from './helpers.js';

const DEMO_PACK = join(
  dirname(fileURLToPath(import.meta.url)),
  '../../../data/programmes/west-cheshire',
);

async function packAt(dir: string): Promise<Pack> {
  const result = await readPack(dir);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.pack;
}

function inMemory(pack: Pack): Map<string, PackFileContent> {
  return new Map([...packToFiles(pack)].map(([file, text]) => [file, { text }]));
}

let db: Kysely<Database>;
beforeEach(async () => {
  db = await migratedTestDb();
});
afterEach(async () => {
  await db.destroy();
});
afterAll(removeTempDirs);

describe('readPackFiles and the pack writer', () => {
  it.each([
    ['the mini pack', MINI_PACK],
    ['the demonstration pack', DEMO_PACK],
  ])('writing %s and reading it back in memory gives the same pack', async (_name, dir) => {
    const pack = await packAt(dir);
    const again = readPackFiles(inMemory(pack));
    expect(again.ok ? again.pack : again.errors).toEqual(pack);
  });

  it('reports the same errors, naming file, line and column, for files given in memory', () => {
    const result = readPackFiles(
      new Map<string, PackFileContent>([
        ['programme.json', { value: { id: 'Bad Id' } }],
        [
          'partners.csv',
          {
            records: [
              { line: 1, fields: ['id', 'name', 'kind'] },
              { line: 4, fields: ['p', 'P', 'wizard'] },
            ],
          },
        ],
      ]),
    );
    expect(result.ok).toBe(false);
    const errors = result.ok ? [] : result.errors;
    expect(errors).toContainEqual(
      expect.objectContaining({ file: 'programme.json', column: 'id', line: null }),
    );
    expect(errors).toContainEqual(
      expect.objectContaining({ file: 'partners.csv', line: 4, column: 'kind' }),
    );
    // A missing required file is reported as the folder loader reports it.
    expect(errors).toContainEqual({
      file: 'metrics.csv',
      line: null,
      column: null,
      message: expect.stringMatching(/^the file is missing/) as string,
    });
  });
});

describe('readStoredPack and diffPacks', () => {
  it('reads a loaded pack back unchanged, so comparing them shows no change', async () => {
    const pack = await packAt(MINI_PACK);
    await loadPack(db, MINI_PACK);
    const stored = await readStoredPack(db, 'mini');
    expect(stored).not.toBeNull();
    const changes = diffPacks(stored, pack);
    expect(changes.totalChanges).toBe(0);
    expect(changes.isNew).toBe(false);
    expect(await readStoredPack(db, 'nowhere')).toBeNull();
  });

  it('lists added, changed and removed records by their keys', async () => {
    const before = await packAt(MINI_PACK);
    const after: Pack = structuredClone(before);
    after.partners[0] = { ...after.partners[0]!, name: 'Renamed' };
    after.outcomes.pop();
    after.deflators.push({ financialYear: '2030-31', index: 120 });
    const changes = diffPacks(before, after);
    const kind = (k: string) => changes.kinds.find((c) => c.kind === k);
    expect(kind('partners')).toMatchObject({
      changed: [before.partners[0]!.id],
      added: [],
      removed: [],
    });
    expect(kind('outcomes')?.removed).toEqual([before.outcomes.at(-1)!.id]);
    expect(kind('deflators')?.added).toEqual(['2030-31']);
    expect(changes.totalChanges).toBe(3);
    // A new programme: everything is added.
    expect(diffPacks(null, before).totalChanges).toBe(
      1 +
        before.partners.length +
        before.outcomes.length +
        before.strands.length +
        before.unitCosts.length +
        before.metrics.length +
        before.baselines.length +
        before.forecasts.length +
        before.actuals.length +
        before.costs.length +
        before.deflators.length,
    );
  });
});

describe('a replace that keeps returned figures', () => {
  const actor = { userId: null, label: 'test' };

  it('keeps every returned figure and its revisions while the framework changes', async () => {
    await loadPack(db, MINI_PACK);
    await recordSubmission(db, {
      programmeId: 'mini',
      source: 'form',
      actor,
      partnerId: null,
      rows: [
        { row: 1, metricId: 'da-incidents', periodStart: '2013-07-01', value: 270, note: 'Fix' },
      ],
      at: '2026-02-01T09:00:00.000Z',
    });
    const stored = (await readStoredPack(db, 'mini'))!;
    const refreshed: Pack = structuredClone(stored);
    refreshed.strands[0] = { ...refreshed.strands[0]!, name: 'Refreshed strand' };
    refreshed.forecasts = refreshed.forecasts.map((f) => ({ ...f, value: f.value + 1 }));
    expect(checkReturnedFiguresKept(stored, refreshed, [])).toEqual([]);

    const revisionsBefore = await listActualRevisions(db, 'mini', 'da-incidents', '2013-07-01');
    const result = await savePack(db, refreshed, { replace: true, keepReturnedFigures: true });
    expect(result.counts).toMatchObject({ submission: 0, actual_revision: 0 });
    const after = (await readStoredPack(db, 'mini'))!;
    expect(after.strands[0]?.name).toBe('Refreshed strand');
    expect(after.actuals).toEqual(stored.actuals);
    expect(await listActualRevisions(db, 'mini', 'da-incidents', '2013-07-01')).toEqual(
      revisionsBefore,
    );
    // Without the option a replace is still refused, as the command line does.
    await expect(savePack(db, refreshed, { replace: true })).rejects.toThrow(/submission/);
  });

  it('refuses changed, added or missing figures and the removal of a metric with returns', async () => {
    await loadPack(db, MINI_PACK);
    const stored = (await readStoredPack(db, 'mini'))!;
    const withReturns = stored.actuals[0]!.metricId;
    const edited: Pack = structuredClone(stored);
    edited.actuals[0] = { ...edited.actuals[0]!, value: edited.actuals[0]!.value + 1 };
    edited.actuals[1] = { ...edited.actuals[1]!, note: 'changed' };
    edited.actuals.push({ metricId: withReturns, periodStart: '2099-04-01', value: 1, note: null });
    const dropped = edited.actuals.splice(2, 1)[0]!;
    edited.metrics = edited.metrics.filter((m) => m.id !== withReturns);
    const errors = checkReturnedFiguresKept(stored, edited, [2, 3, 4, 5, 6, 7, 8]);
    expect(errors).toEqual([
      expect.objectContaining({
        file: 'actuals.csv',
        line: 2,
        column: 'value',
        message: expect.stringMatching(/differs from the figure in force/) as string,
      }),
      expect.objectContaining({ file: 'actuals.csv', line: 3, column: 'note' }),
      expect.objectContaining({
        file: 'actuals.csv',
        line: edited.actuals.length + 1,
        message: expect.stringMatching(/no figure in force/) as string,
      }),
      expect.objectContaining({
        file: 'actuals.csv',
        line: null,
        message: expect.stringContaining(
          `"${dropped.metricId}" and period ${dropped.periodStart}`,
        ) as string,
      }),
      expect.objectContaining({
        file: 'metrics.csv',
        column: 'id',
        message: expect.stringContaining(
          `"${withReturns}" has returned figures: retire it instead of removing it`,
        ) as string,
      }),
    ]);
  });
});
