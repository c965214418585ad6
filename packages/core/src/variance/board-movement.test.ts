import { describe, expect, it } from 'vitest';
import { AS_OF, smallProgramme } from '../../test/fixtures/small-programme.js';
import { evaluateProgramme } from '../evaluate/evaluate-programme.js';
import { boardMovement } from './board-movement.js';

// The small programme at 2014-05-20 against the previous meeting, 2014-03-20.
//
// Then (2014-03-20): da-incidents has Jan comparable (F 10, A 5) and Feb missing; March has not
//   ended: forecast 10 × 1,235 = 12,350, realised 5 × 1,235 = 6,175. children-in-care has Q1–Q3
//   (Q4 ends 31 Mar): F 2 + 3 + 4 = 9 → 81,000; A 3 + 3 + 5 = 11 → 99,000.
//   Programme: forecast 93,350, realised 105,175. Volunteers: 2013-14 has not ended → no-data.
// Now (2014-05-20, as variance-bridge.test.ts): forecast 169,225, realised 162,170.
//   Volunteers: 8 / 10 = 0.8 → amber. Every other RAG is as it was (Safer families green both
//   times: 105,175 / 93,350 = 1.127, 162,170 / 169,225 = 0.958; Into work red: means 0.6, 0.775).
const data = smallProgramme();
const movement = boardMovement(
  evaluateProgramme(data, AS_OF),
  evaluateProgramme(data, '2014-03-20'),
  data.programme.name,
);

describe('boardMovement', () => {
  it('measures the change in realised and forecast benefit since the previous meeting', () => {
    // 162,170 − 105,175 = 56,995; 169,225 − 93,350 = 75,875.
    expect(movement.realisedChange).toBeCloseTo(56995, 8);
    expect(movement.forecastChange).toBeCloseTo(75875, 8);
  });

  it('lists the RAG ratings that changed, and only those', () => {
    expect(movement.ragChanges).toEqual([
      { kind: 'metric', id: 'volunteers', name: 'Volunteers', before: 'no-data', after: 'amber' },
    ]);
  });

  it('names the gaps behind forecast, most behind first, leaving out those on or ahead', () => {
    // Safer families: 162,170 − 169,225 = −7,055; Into work has no money: gap 0, not listed.
    // Metrics: da-incidents 27,170 − 43,225 = −16,055; children-in-care +9,000 is ahead.
    expect(movement.largestStrandGaps.map((g) => [g.id, Math.round(g.gap)])).toEqual([
      ['safer', -7055],
    ]);
    expect(movement.largestMetricGaps.map((g) => [g.id, Math.round(g.gap)])).toEqual([
      ['da-incidents', -16055],
    ]);
  });
});
