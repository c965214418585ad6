// GET /uncertainty on the tiny pack, worked by hand (finance.test.ts has its business case):
// "incidents" is worth £495 an incident avoided (attribution 0.5 × £1,100 × (1 − 0.1)), growth
// 0; forecasts 90, 80, 80, 80 against a baseline of 100, all in 2013-14 (t = 0): 70 avoided,
// £34,650. Forecast costs 2013-14 £6,000.50, 2014-15 £5,000. NPV at 3.5%:
// 34,650 − 6,000.50 − 5,000/1.035 = £23,818.58 (PV costs £10,831.42).
// And on the demonstration pack: the run takes under two seconds.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createTestUser,
  demoPackDir,
  injectAs,
  startTestApp,
  storeChecksum,
  tinyPackDir,
  type TestApp,
} from './helpers.js';

let t: TestApp;
let tinyFinance: { token: string };
let demoFinance: { token: string };

beforeAll(async () => {
  t = await startTestApp([tinyPackDir, demoPackDir]);
  tinyFinance = await createTestUser(t.db, {
    email: 'finance@test.local',
    programmeId: 'tiny',
    roles: [{ role: 'finance' }],
  });
  demoFinance = await createTestUser(t.db, {
    email: 'finance@demo.local',
    programmeId: 'west-cheshire',
    roles: [{ role: 'finance' }],
  });
}, 120_000);
afterAll(async () => t.close());

const get = (url: string, token: string | null = tinyFinance.token) =>
  injectAs(t.app, token === null ? null : { token }, { method: 'GET', url });

const TINY = '/api/programmes/tiny/uncertainty?asOf=2014-04-30';

describe('GET /uncertainty on tiny', () => {
  it('gives switching values worked by hand, and stores nothing', async () => {
    const before = await storeChecksum(t.db);
    const res = await get(TINY);
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.netPresentValue).toBe(23818.58);
    const sv = new Map(
      body.switchingValues.map((s: { key: string }) => [s.key, s] as [string, typeof s]),
    );
    // Unit costs: PV costs / PV benefits = 10,831.4179 / 34,650 = 0.312595 (closed form).
    expect(sv.get('unitCosts')).toMatchObject({ method: 'closed-form', central: 1 });
    expect((sv.get('unitCosts') as { switchingValue: number }).switchingValue).toBeCloseTo(
      0.312595,
      6,
    );
    // Attribution 0.5 × 0.312595 stays under 1: the same multiple.
    expect((sv.get('attribution') as { switchingValue: number }).switchingValue).toBeCloseTo(
      0.312595,
      6,
    );
    // Optimism bias: 34,650 × (0.9 − Δ)/0.9 = 10,831.42 → Δ = 0.9 × (1 − 0.312595) = 0.618664.
    expect((sv.get('optimismBias') as { switchingValue: number }).switchingValue).toBeCloseTo(
      0.618664,
      5,
    );
    // Growth moves nothing in 2013-14 (k = 0), and the discount rate cannot turn
    // 28,649.50 − 5,000/(1 + r) negative: neither has a switching value.
    expect(sv.get('growth')).toMatchObject({ switchingValue: null, change: null });
    expect(sv.get('discountRate')).toMatchObject({ switchingValue: null });
    expect(body.monteCarlo).toMatchObject({ seed: 1, draws: 10000, central: 23818.58 });
    expect(body.monteCarlo.p10).toBeLessThan(body.monteCarlo.p50);
    expect(body.monteCarlo.p50).toBeLessThan(body.monteCarlo.p90);
    expect(body.inputs.map((i: { key: string }) => i.key)).toEqual([
      'growth',
      'attribution',
      'optimismBias',
      'unitCosts',
      'discountRate',
      'dropOff',
    ]);
    expect(body.inputs[4].distribution).toEqual({ type: 'uniform', min: 0.015, max: 0.055 });
    // No metric of tiny lasts more than a year, so no drop-off can move its NPV.
    expect(sv.get('dropOff')).toMatchObject({ switchingValue: null, change: null });
    expect(await storeChecksum(t.db)).toBe(before);
  });

  it('is reproducible from its seed, and another seed gives other draws', async () => {
    const a = (await get(`${TINY}&seed=42&draws=2000`)).json().monteCarlo;
    const b = (await get(`${TINY}&seed=42&draws=2000`)).json().monteCarlo;
    const c = (await get(`${TINY}&seed=43&draws=2000`)).json().monteCarlo;
    expect({ ...b, elapsedMs: 0 }).toEqual({ ...a, elapsedMs: 0 });
    expect(a.draws).toBe(2000);
    expect(c.p50).not.toBe(a.p50);
  });

  it('downloads the same figures as CSV through the shared writer', async () => {
    const res = await get(`${TINY}&format=csv&seed=5`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.headers['content-disposition']).toBe(
      'attachment; filename="tiny-uncertainty-2014-04-30-seed-5.csv"',
    );
    const lines = res.body
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toBe('Programme,As of,Section,Item,Value,Change from the pack,Note');
    expect(lines).toContain('tiny,2014-04-30,Business case,Net present value (£),23818.58,,');
  });

  it('refuses bad parameters with a 400 naming them, and other roles with a 403', async () => {
    const bad = await get(`${TINY}&draws=5`);
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('draws');
    expect((await get(`${TINY}&seed=-1`)).statusCode).toBe(400);
    expect((await get(TINY, t.boardToken)).statusCode).toBe(403);
    expect((await get(TINY, null)).statusCode).toBe(401);
  });
});

describe('GET /uncertainty on the demonstration pack', () => {
  it('runs 10,000 draws in under two seconds', async () => {
    const started = Date.now();
    const res = await get(
      '/api/programmes/west-cheshire/uncertainty?asOf=2016-03-31',
      demoFinance.token,
    );
    const wall = Date.now() - started;
    expect(res.statusCode).toBe(200);
    const mc = res.json().monteCarlo;
    expect(mc.draws).toBe(10000);
    expect(mc.elapsedMs).toBeLessThan(2000);
    // The whole request (evaluation, switching values, a worker start and the draws) too.
    expect(wall).toBeLessThan(10_000);
    expect(mc.central).toBe(res.json().netPresentValue);
  }, 30_000);
});
