// Assurance against the current process (issue #14): after a sustained shift the assurance icon
// is judged on the limits of the points since the shift began, the series says the limits should
// be recalculated from there, and the programme's run length (6 or 7) decides what a shift is.
// On test/fixtures/spc ("incidents" is methods.md §4.4's worked example; see spc.test.ts).
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getJson, startTestApp, type TestApp } from './helpers.js';

const spcPackDir = fileURLToPath(new URL('./fixtures/spc', import.meta.url));

describe('the current process after a sustained shift (run length 7, the default)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp([spcPackDir]);
  });
  afterAll(async () => t.close());

  it('gives the current process limits and judges assurance on them', async () => {
    // Points 13–20 (Apr .. Nov 2014: 95 94 96 93 95 94 92 80) are 8 below the mean 100.5: a
    // shift from Apr 2014. Eight points < 12 → trial limits on them: mean 739 / 8 = 92.375;
    // ranges 1 2 3 2 1 2 12, AMR 23 / 7 = 3.2857, 12 ≥ 10.734 screened → AMR 11 / 6 = 1.8333;
    // limits 92.375 ± 4.8767 = 97.2517 / 87.4983. Target (Nov 2014 forecast) 95 is inside →
    // hit and miss.
    const { status, body } = await getJson(
      t.app,
      '/api/programmes/spc/metrics/incidents/series?asOf=2015-06-30',
    );
    expect(status).toBe(200);
    expect(body.spc.runLength).toBe(7);
    expect(body.spc.measure).toBe('values');
    expect(body.spc.currentProcess).toMatchObject({
      shiftFrom: '2014-04-01',
      shiftFromLabel: 'Apr 2014',
      signal: 'improvement',
      limitsFrom: '2014-04-01',
      limitsTo: '2014-11-01',
      baselinePoints: 8,
      trial: true,
    });
    expect(body.spc.currentProcess.mean).toBeCloseTo(92.375, 9);
    expect(body.spc.currentProcess.upperLimit).toBeCloseTo(97.2517, 4);
    expect(body.spc.currentProcess.lowerLimit).toBeCloseTo(87.4983, 4);
    expect(body.spc.assurance).toBe('hit-and-miss');
    // The chart keeps the baseline's limits, where the shift shows as a change.
    expect(body.spc.upperLimit).toBeCloseTo(109.447, 3);
  });

  it('has no current process before the shift is 7 long (as of 30 Sep 2014: 6 points)', async () => {
    const { body } = await getJson(
      t.app,
      '/api/programmes/spc/metrics/incidents/series?asOf=2014-09-30',
    );
    expect(body.spc.currentProcess).toBeNull();
  });
});

describe('a programme whose shift run length is 6', () => {
  let t: TestApp;
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'spc-run-6-'));
    await cp(spcPackDir, dir, { recursive: true });
    const file = join(dir, 'programme.json');
    const json = JSON.parse(await readFile(file, 'utf8')) as Record<string, unknown>;
    await writeFile(file, JSON.stringify({ ...json, spcShiftRunLength: 6 }));
    t = await startTestApp([dir]);
  });
  afterAll(async () => {
    await t.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('reads six points in a row as a shift (as of 30 Sep 2014)', async () => {
    // Apr .. Sep 2014: 95 94 96 93 95 94, six below 100.5. Current process: mean 567 / 6 = 94.5,
    // AMR 9 / 5 = 1.8, limits 94.5 ± 4.788 = 99.288 / 89.712.
    const { body } = await getJson(
      t.app,
      '/api/programmes/spc/metrics/incidents/series?asOf=2014-09-30',
    );
    expect(body.spc.runLength).toBe(6);
    expect(body.spc.points.slice(12).map((p: { rule: string | null }) => p.rule)).toEqual([
      'shift',
      'two-in-three',
      'shift',
      'two-in-three',
      'shift',
      'two-in-three',
    ]);
    expect(body.spc.currentProcess).toMatchObject({ shiftFrom: '2014-04-01', baselinePoints: 6 });
    expect(body.spc.currentProcess.upperLimit).toBeCloseTo(99.288, 9);
    expect(body.spc.currentProcess.lowerLimit).toBeCloseTo(89.712, 9);
  });
});
