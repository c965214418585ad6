// Commentary revisions and SPC rebases: append-only, audited in the same transaction, and kept
// when the programme's pack is replaced.
import type { Kysely } from 'kysely';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadPack } from '../src/pack/load-pack.js';
import { listCommentary } from '../src/queries/list-commentary.js';
import { listSpcRebases } from '../src/queries/list-spc-rebases.js';
import { CommentaryConflictError, recordCommentary } from '../src/queries/record-commentary.js';
import { recordSpcRebase, SpcRebaseStateError } from '../src/queries/record-spc-rebase.js';
import { standingSpcRebases } from '../src/queries/standing-spc-rebases.js';
import type { Database } from '../src/schema/database.js';
import { MINI_PACK, migratedTestDb, removeTempDirs } from './helpers.js';

let db: Kysely<Database>;
beforeEach(async () => {
  db = await migratedTestDb();
  await loadPack(db, MINI_PACK);
  // The audit log's actor is a real account (a foreign key).
  await db
    .insertInto('app_user')
    .values({
      id: 7,
      email: 'sam@example.org',
      name: 'Sam Sponsor',
      password_hash: 'not-a-real-hash',
      created_at: '2026-01-01T00:00:00.000Z',
      updated_at: '2026-01-01T00:00:00.000Z',
    })
    .execute();
});
afterEach(async () => {
  await db.destroy();
});
afterAll(removeTempDirs);

const sponsor = { userId: 7, name: 'Sam Sponsor' };
const story = (whatHappened: string) => ({
  programmeId: 'mini',
  metricId: 'da-incidents',
  periodStart: '2013-04-01',
  whatHappened,
  whatHelps: null,
  whatHurts: null,
  whatNext: 'Keep going',
  author: sponsor,
});

const auditActions = async () =>
  (await db.selectFrom('audit_log').select(['action', 'actor']).orderBy('id').execute()).slice(1);

describe('recordCommentary', () => {
  it('numbers revisions per metric and period and never changes an earlier one', async () => {
    const first = await recordCommentary(db, { ...story('Fell'), at: '2026-01-01T10:00:00.000Z' });
    const second = await recordCommentary(db, { ...story('Fell further'), replacesRevision: 1 });
    const other = await recordCommentary(db, { ...story('Rose'), periodStart: '2013-07-01' });
    expect([first.revision, second.revision, other.revision]).toEqual([1, 2, 1]);
    expect(first).toMatchObject({
      whatHappened: 'Fell',
      whatNext: 'Keep going',
      author: sponsor,
      createdAt: '2026-01-01T10:00:00.000Z',
    });
    const all = await listCommentary(db, 'mini', { metricId: 'da-incidents' });
    expect(all.map((c) => [c.periodStart, c.revision, c.whatHappened])).toEqual([
      ['2013-04-01', 1, 'Fell'],
      ['2013-04-01', 2, 'Fell further'],
      ['2013-07-01', 1, 'Rose'],
    ]);
    expect(await listCommentary(db, 'mini', { metricId: 'wellbeing' })).toEqual([]);
    expect(await auditActions()).toEqual([
      { action: 'commentary', actor: 'Sam Sponsor' },
      { action: 'commentary', actor: 'Sam Sponsor' },
      { action: 'commentary', actor: 'Sam Sponsor' },
    ]);
  });

  it('refuses to replace a revision that is no longer current, and writes nothing', async () => {
    await recordCommentary(db, story('Fell'));
    await recordCommentary(db, story('Fell further'));
    await expect(recordCommentary(db, { ...story('Stale'), replacesRevision: 1 })).rejects.toThrow(
      CommentaryConflictError,
    );
    await expect(recordCommentary(db, { ...story('New'), replacesRevision: 0 })).rejects.toThrow(
      /revision 2 is now current, not 0/,
    );
    expect(await listCommentary(db, 'mini')).toHaveLength(2);
    expect(await auditActions()).toHaveLength(2);
  });

  it('keeps commentary and rebases when the pack is replaced', async () => {
    await recordCommentary(db, story('Fell'));
    await recordSpcRebase(db, {
      programmeId: 'mini',
      metricId: 'da-incidents',
      periodStart: '2013-07-01',
      action: 'rebase',
      reason: 'New service',
      author: sponsor,
    });
    await loadPack(db, MINI_PACK, { replace: true });
    expect(await listCommentary(db, 'mini')).toHaveLength(1);
    expect(await listSpcRebases(db, 'mini')).toHaveLength(1);
  });
});

describe('recordSpcRebase and standingSpcRebases', () => {
  const rebase = (periodStart: string, action: 'rebase' | 'withdraw', reason: string) =>
    recordSpcRebase(db, {
      programmeId: 'mini',
      metricId: 'children-in-care',
      periodStart,
      action,
      reason,
      author: { userId: null, name: 'Admin' },
    });

  it('records, withdraws and re-records; only the latest entry per period counts', async () => {
    await rebase('2014-01-01', 'rebase', 'New placement panel');
    await rebase('2013-07-01', 'rebase', 'Definition changed');
    await rebase('2014-01-01', 'withdraw', 'Recorded in error');
    let standing = standingSpcRebases(await listSpcRebases(db, 'mini'));
    expect(standing.map((r) => [r.periodStart, r.reason])).toEqual([
      ['2013-07-01', 'Definition changed'],
    ]);
    await rebase('2014-01-01', 'rebase', 'Panel started after all');
    standing = standingSpcRebases(await listSpcRebases(db, 'mini'));
    expect(standing.map((r) => [r.periodStart, r.action])).toEqual([
      ['2013-07-01', 'rebase'],
      ['2014-01-01', 'rebase'],
    ]);
    expect(await listSpcRebases(db, 'mini', { metricId: 'children-in-care' })).toHaveLength(4);
    expect((await auditActions()).map((a) => a.action)).toEqual([
      'spc-rebase',
      'spc-rebase',
      'spc-rebase-withdraw',
      'spc-rebase',
    ]);
  });

  it('refuses a second rebase at the same period and a withdrawal where none stands', async () => {
    await expect(rebase('2013-07-01', 'withdraw', 'Why not')).rejects.toThrow(SpcRebaseStateError);
    await rebase('2013-07-01', 'rebase', 'Definition changed');
    await expect(rebase('2013-07-01', 'rebase', 'Again')).rejects.toThrow(
      /already recorded at 2013-07-01/,
    );
    expect(await listSpcRebases(db, 'mini')).toHaveLength(1);
  });
});
