import { describe, expect, it } from 'vitest';
import { AS_OF, smallProgramme } from '../../test/fixtures/small-programme.js';
import { evaluateProgramme } from '../evaluate/evaluate-programme.js';
import { programmeBridge } from './variance-bridge.js';

// The small programme as of 2014-05-20 (the evaluator tests work its periods by hand).
const bridge = programmeBridge(evaluateProgramme(smallProgramme(), AS_OF));
const strand = (id: string) => {
  const s = bridge.strands.find((x) => x.strandId === id);
  if (!s) throw new Error(`no strand ${id}`);
  return s;
};
const metric = (strandId: string, id: string) => {
  const m = strand(strandId).metrics.find((x) => x.metricId === id);
  if (!m) throw new Error(`no metric ${id}`);
  return m;
};

describe('metricBridge — da-incidents (monthly flow, £1,235 a unit, Feb missing)', () => {
  // Ended periods with a forecast: Jan F 10 A 5; Feb F 10, no return; Mar F 10 A 12;
  // Apr F 15 A 5. (May has not ended by 20 May: not in the bridge.)
  // Units: forecast of all ended = 10 + 10 + 10 + 15 = 45; missing = −10 (Feb);
  //        volume = (5 − 10) + (12 − 10) + (5 − 15) = −13; 45 − 10 − 13 = 22 = Σ A.
  // Money at £1,235: 45 × 1,235 = 55,575; missing −12,350; volume −13 × 1,235 = −16,055;
  //        realised 22 × 1,235 = 27,170; forecast comparable 35 × 1,235 = 43,225.
  const m = metric('safer', 'da-incidents');

  it('splits the units', () => {
    expect(m.units).toEqual({
      forecastAllEnded: 45,
      missingReturns: -10,
      volume: -13,
      actual: 22,
      forecastComparable: 35,
    });
    expect(m.missingReturnCount).toBe(1);
  });

  it('splits the money, and the steps add up to the realised benefit', () => {
    expect(m.monetised).toBe(true);
    expect(m.money.forecastAllEnded).toBeCloseTo(55575, 8);
    expect(m.money.missingReturns).toBeCloseTo(-12350, 8);
    expect(m.money.volume).toBeCloseTo(-16055, 8);
    expect(m.money.unitCost).toBe(0);
    expect(m.money.realised).toBeCloseTo(27170, 8);
    expect(m.money.forecastComparable).toBeCloseTo(43225, 8);
    expect(m.money.gap).toBeCloseTo(-16055, 8);
    const { forecastAllEnded, missingReturns, volume, unitCost, realised } = m.money;
    expect(forecastAllEnded + missingReturns + volume + unitCost).toBeCloseTo(realised, 8);
  });
});

describe('strandBridge — Safer families', () => {
  // children-in-care (quarterly stock, £40,000 × 0.9 × ¼ = £9,000 a unit, cf 50): the four
  // quarters of 2013-14 are comparable: F 2, 3, 4, 5 = 14; A 3, 3, 5, 4 = 15; volume +1.
  //   money: forecast 126,000; missing 0; volume +9,000; realised 135,000.
  // Strand = da-incidents + children-in-care:
  //   forecast of all ended 55,575 + 126,000 = 181,575
  //   missing returns      −12,350 + 0       = −12,350
  //   volume               −16,055 + 9,000   = −7,055
  //   realised              27,170 + 135,000 = 162,170  (181,575 − 12,350 − 7,055 ✓)
  const s = strand('safer');

  it('sums its metrics', () => {
    expect(s.money.forecastAllEnded).toBeCloseTo(181575, 8);
    expect(s.money.missingReturns).toBeCloseTo(-12350, 8);
    expect(s.money.volume).toBeCloseTo(-7055, 8);
    expect(s.money.unitCost).toBe(0);
    expect(s.money.realised).toBeCloseTo(162170, 8);
    expect(s.money.forecastComparable).toBeCloseTo(169225, 8);
    expect(s.money.gap).toBeCloseTo(-7055, 8);
    expect(metric('safer', 'children-in-care').units.volume).toBe(1);
  });
});

describe('strandBridge — Into work (no monetised metric)', () => {
  // into-work (higher is better, cf 20): Q1 F 5 A 4; Q2 F 5 A 2; Q3 F 10, no return;
  // Q4 F 10 A 9 → units: all ended 30, missing −10, volume −1 − 3 − 1 = −5, actual 15.
  // volunteers: 2013-14 F 10 A 8 → volume −2; the 2012-13 figure has no forecast: not counted.
  const s = strand('work');

  it('has units but no money', () => {
    expect(metric('work', 'into-work')).toMatchObject({
      monetised: false,
      units: {
        forecastAllEnded: 30,
        missingReturns: -10,
        volume: -5,
        actual: 15,
        forecastComparable: 20,
      },
    });
    expect(metric('work', 'volunteers').units).toMatchObject({ forecastAllEnded: 10, volume: -2 });
    expect(s.money).toEqual({
      forecastAllEnded: 0,
      missingReturns: 0,
      volume: 0,
      unitCost: 0,
      realised: 0,
      forecastComparable: 0,
      gap: 0,
    });
    expect(s.missingReturnCount).toBe(1);
  });
});

describe('programmeBridge', () => {
  it('is the sum of its strands and meets the headline figures', () => {
    const evaluation = evaluateProgramme(smallProgramme(), AS_OF);
    expect(bridge.money.forecastAllEnded).toBeCloseTo(181575, 8);
    expect(bridge.money.realised).toBe(evaluation.totals.realisedBenefitToDate);
    expect(bridge.money.forecastComparable).toBe(evaluation.totals.forecastBenefitToDate);
    expect(bridge.missingReturnCount).toBe(2);
  });
});
