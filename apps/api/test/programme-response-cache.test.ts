// The response cache of the programme read routes: a cached answer is still only given to a
// member, a role-only download is never served from it, and any write shows on the next read.
import { announceChanges, recordSubmission, SYSTEM_ACTOR } from '@outcomes/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestUser, getJson, startTestApp, tinyPackDir, type TestApp } from './helpers.js';

const SUMMARY = '/api/programmes/tiny/summary?asOf=2014-01-31';
const LEDGER_CSV = '/api/programmes/tiny/benefits?asOf=2014-01-31&format=csv';

let t: TestApp;
let finance: string;
let outsider: string;

beforeAll(async () => {
  t = await startTestApp([tinyPackDir]);
  finance = (
    await createTestUser(t.db, {
      email: 'finance@test.local',
      programmeId: 'tiny',
      roles: [{ role: 'finance' }],
    })
  ).token;
  // A user of the same store with no role in "tiny".
  await t.db
    .insertInto('programme')
    .values({
      id: 'other',
      name: 'Other',
      place: 'Elsewhere',
      description: null,
      first_financial_year: '2013-14',
      years: 1,
      price_base_year: '2013-14',
      discount_rate: 0.035,
      rag_green: 0.95,
      rag_amber: 0.8,
      reinvestment_share: 0,
      optimism_bias: '{"1":0,"2":0.05,"3":0.1,"4":0.15,"5":0.25,"6":0.4}',
      illustrative: 0,
      loaded_at: '2026-01-01T00:00:00.000Z',
    })
    .execute();
  outsider = (
    await createTestUser(t.db, {
      email: 'outsider@test.local',
      programmeId: 'other',
      roles: [{ role: 'board' }],
    })
  ).token;
});
afterAll(async () => t.close());

describe('programme response cache', () => {
  it('serves the same answer again, and still only to members', async () => {
    const first = await getJson(t.app, SUMMARY);
    const again = await getJson(t.app, SUMMARY);
    expect(again).toEqual(first);
    expect((await getJson(t.app, SUMMARY, {})).status).toBe(401);
    expect((await getJson(t.app, SUMMARY, { token: outsider })).status).toBe(403);
  });

  it('never serves a download that needs a role from the cache', async () => {
    const asFinance = await t.app.inject({
      method: 'GET',
      url: LEDGER_CSV,
      headers: { authorization: `Bearer ${finance}` },
    });
    expect(asFinance.statusCode).toBe(200);
    const asBoard = await t.app.inject({
      method: 'GET',
      url: LEDGER_CSV,
      headers: { authorization: `Bearer ${t.boardToken}` },
    });
    expect(asBoard.statusCode).toBe(403);
  });

  it('shows a write on the next read', async () => {
    const before = (await getJson(t.app, SUMMARY)).body.totals;
    expect(before.missingReturns).toBe(1);
    await recordSubmission(t.db, {
      programmeId: 'tiny',
      source: 'form',
      actor: SYSTEM_ACTOR,
      partnerId: 'police',
      rows: [{ row: 1, metricId: 'incidents', periodStart: '2013-10-01', value: 90, note: null }],
      at: '2014-01-31T09:00:00.000Z',
    });
    // As a server does after a write (PostgreSQL): every server has handled it.
    await announceChanges(t.db);
    const after = (await getJson(t.app, SUMMARY)).body.totals;
    expect(after.missingReturns).toBe(0);
    expect(after.realisedBenefitToDate).toBe(before.realisedBenefitToDate + 4950);
  });

  it('does not keep error answers', async () => {
    const missing = '/api/programmes/tiny/strands/nowhere?asOf=2014-01-31';
    expect((await getJson(t.app, missing)).status).toBe(404);
    expect((await getJson(t.app, missing)).status).toBe(404);
  });
});
