// Comparing places on a shared indicator (issue 20), on copies of the tiny pack worked by hand.
//
// "incidents" (NI-032): quarterly flow, lower is better, baseline 100 (no growth), forecasts 90,
// 80, 80, 80 in 2013-14 (F = 10, 20, 20, 20), £495 per incident avoided (summary.test.ts).
// As of 2014-03-31 every 2013-14 quarter has ended; Q3 has no actual (a missing return).
//
// place-a, population 20,000: actuals 95, 85, —, 70 → A = 5, 15, 30 = 50; F = 10 + 20 + 20 = 50
//   achievement 50 / 50 = 1; demand avoided 50 → 50 / 20,000 × 10,000 = 25 per 10,000
//   strand "safety" benefit 50 × £495 = £24,750; cost to date: 2013-14 actual £4,000 (2014-15
//   has not started) → £24,750 / £4,000 = 6.1875 per £
// place-b, population 5,000: actuals 99, 95, —, 90 → A = 1, 5, 10 = 16; achievement 16 / 50 =
//   0.32; 16 / 5,000 × 10,000 = 32 per 10,000; 16 × £495 = £7,920 / £4,000 = 1.98 per £
// place-c opted out; place-d opted in, but the second user holds no role there.
//
// place-d is the tiny pack unchanged at population 9,000: achievement 1, 50 / 9,000 × 10,000 =
//   55.56 per 10,000, 6.1875 per £.
// Ranks (1 best, ties shared): achievement A 1, D 1, B 3; per 10,000 D 1 (55.56), B 2 (32),
//   A 3 (25); per £ A 1, D 1, B 3. Listed by achievement rank, then by place: Aston, Dover, Bexley.
// Funnel (rate per person-year; Spiegelhalter 2005 with the pooled target):
//   A: 95 + 85 + 70 = 250 incidents over 3 returned quarters = 0.75 year × 20,000 = 15,000
//      person-years → 250 / 15,000 = 0.0166667 (166.667 per 10,000)
//   B: 99 + 95 + 90 = 284 over 0.75 × 5,000 = 3,750 → 0.0757333 (757.333 per 10,000)
//   D: 250 over 0.75 × 9,000 = 6,750 person-years
//   target θ = (250 + 284 + 250) / (15,000 + 3,750 + 6,750) = 784 / 25,500 = 0.0307451
//   A: SD = √(0.0307451 / 15,000) = 0.00143167; 99.8% lower = 0.0307451 − 3.090232 × 0.00143167
//      = 0.0263209 (263.209 per 10,000) > 0.0166667 → below-99.8
//   B: SD = √(0.0307451 / 3,750) = 0.00286334; 99.8% upper = 0.0307451 + 0.00884836 = 0.0395935
//      (395.935 per 10,000) < 0.0757333 → above-99.8
import type { ComparisonDto } from '@outcomes/contract';
import { announceChanges, grantInstallationAdmin, SYSTEM_ACTOR } from '@outcomes/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestUser, getJson, startTestApp, type TestApp } from './helpers.js';
import { writePlacePacks } from './place-packs.js';

const ACTUALS_HEADER = 'metric_id,period_start,value,note';
const inWork = 'in-work,2013-03-01,10,\nin-work,2013-04-01,11,\nin-work,2013-05-01,13,\n';

let t: TestApp;
let cleanup: () => Promise<void>;
let placeAOnly: string;

beforeAll(async () => {
  const packs = await writePlacePacks([
    { id: 'place-a', place: 'Aston', population: 20_000, comparisonOptIn: true },
    {
      id: 'place-b',
      place: 'Bexley',
      population: 5_000,
      comparisonOptIn: true,
      actualsCsv: `${ACTUALS_HEADER}\nincidents,2013-04-01,99,\nincidents,2013-07-01,95,\nincidents,2014-01-01,90,\n${inWork}`,
    },
    { id: 'place-c', place: 'Crewe', population: 9_000, comparisonOptIn: false },
    { id: 'place-d', place: 'Dover', population: 9_000, comparisonOptIn: true },
  ]);
  cleanup = packs.cleanup;
  t = await startTestApp(packs.dirs);
  placeAOnly = (
    await createTestUser(t.db, {
      email: 'a-only@test.local',
      programmeId: 'place-a',
      roles: [{ role: 'board' }],
    })
  ).token;
});
afterAll(async () => {
  await t.close();
  await cleanup();
});

describe('GET /api/comparisons', () => {
  it('lists the shared indicator codes with how many visible opted-in places carry them', async () => {
    const res = await getJson(t.app, '/api/comparisons');
    expect(res.status).toBe(200);
    // place-a, place-b and place-d opted in; place-c did not.
    expect(res.body).toEqual({
      indicators: [{ code: 'NI-032', name: 'Reported incidents', unit: 'incidents', places: 3 }],
    });
  });

  it('counts only the places a user holds a role in', async () => {
    const res = await getJson(t.app, '/api/comparisons', { token: placeAOnly });
    expect(res.body.indicators[0].places).toBe(1);
  });

  it('needs a signed-in user', async () => {
    expect((await getJson(t.app, '/api/comparisons', null)).status).toBe(401);
  });
});

describe('GET /api/comparisons/:code', () => {
  const url = '/api/comparisons/NI-032?asOf=2014-03-31';

  it('gives each place its achievement, per-10,000, benefit per £, ranks and funnel position', async () => {
    const res = await getJson<ComparisonDto>(t.app, url);
    expect(res.status).toBe(200);
    const body = res.body;
    expect(body.places.map((p) => p.programmeId)).toEqual(['place-a', 'place-d', 'place-b']);
    const a = body.places[0];
    const b = body.places[2];
    expect(a).toMatchObject({
      place: 'Aston',
      population: 20_000,
      achievement: 1,
      rag: 'green',
      demandAvoidedToDate: 50,
      demandAvoidedPer10k: 25,
      strandRealisedBenefitToDate: 24_750,
      strandCostToDate: 4_000,
      benefitPerPound: 6.1875,
      ranks: { achievement: 1, demandAvoidedPer10k: 3, benefitPerPound: 1 },
    });
    expect(b).toMatchObject({
      achievement: 0.32,
      demandAvoidedToDate: 16,
      demandAvoidedPer10k: 32,
      benefitPerPound: 1.98,
      ranks: { achievement: 3, demandAvoidedPer10k: 2, benefitPerPound: 3 },
    });
    expect(a!.funnel.value).toBeCloseTo(166.6667, 3);
    expect(a!.funnel.exposure).toBe(15_000);
    expect(a!.funnel.limits!.lower998).toBeCloseTo(263.209, 2);
    expect(a!.funnel.position).toBe('below-99.8');
    expect(b!.funnel.value).toBeCloseTo(757.3333, 3);
    expect(b!.funnel.limits!.upper998).toBeCloseTo(395.935, 2);
    expect(b!.funnel.position).toBe('above-99.8');
    expect(body.funnelCurve.length).toBeGreaterThan(10);
    expect(body.kind).toBe('flow');
  });

  it('pools the target over the places with a population and returns', async () => {
    // θ = 784 / 25,500 (the header's working).
    const res = await getJson<ComparisonDto>(t.app, url);
    expect(res.body.target).toBeCloseTo((784 / 25_500) * 10_000, 6);
  });

  it('shows a user only the places they may see, the funnel drawn around those alone', async () => {
    const res = await getJson<ComparisonDto>(t.app, url, { token: placeAOnly });
    expect(res.body.places.map((p) => p.programmeId)).toEqual(['place-a']);
    // One place: θ is its own rate, 250 / 15,000.
    expect(res.body.target).toBeCloseTo(166.6667, 3);
    expect(res.body.places[0]!.funnel.position).toBe('within');
  });

  it('shows the installation administrator every opted-in place, with no role in any but one', async () => {
    // Same store: A, B and D opted in, C not; this user holds a role in place-a only.
    const user = await createTestUser(t.db, {
      email: 'installation@test.local',
      programmeId: 'place-a',
      roles: [{ role: 'board' }],
    });
    const before = await getJson<ComparisonDto>(t.app, url, { token: user.token });
    expect(before.body.places.map((p) => p.programmeId)).toEqual(['place-a']);
    await grantInstallationAdmin(t.db, user, SYSTEM_ACTOR);
    await announceChanges(t.db);
    const after = await getJson<ComparisonDto>(t.app, url, { token: user.token });
    expect(after.body.places.map((p) => p.programmeId).sort()).toEqual([
      'place-a',
      'place-b',
      'place-d',
    ]);
  });

  it('answers 404 for a code no visible opted-in place carries', async () => {
    const res = await getJson(t.app, '/api/comparisons/NI-999');
    expect(res.status).toBe(404);
    expect(res.body.error.message).toContain('"NI-999"');
  });

  it('sees a new return at once: the cache is checked against each data stamp', async () => {
    const before = await getJson<ComparisonDto>(t.app, url);
    await t.db
      .updateTable('programme')
      .set({ population: 40_000 })
      .where('id', '=', 'place-a')
      .execute();
    // A direct edit does not bump the data version; load-time data does. Bump it as a write would.
    await t.db
      .updateTable('programme')
      .set((eb) => ({ data_version: eb('data_version', '+', 1) }))
      .where('id', '=', 'place-a')
      .execute();
    const after = await getJson<ComparisonDto>(t.app, url);
    const a0 = before.body.places.find((p) => p.programmeId === 'place-a')!;
    const a1 = after.body.places.find((p) => p.programmeId === 'place-a')!;
    // 50 / 40,000 × 10,000 = 12.5
    expect(a0.demandAvoidedPer10k).toBe(25);
    expect(a1.demandAvoidedPer10k).toBe(12.5);
  });
});
