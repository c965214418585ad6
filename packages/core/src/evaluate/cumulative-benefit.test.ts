import { describe, expect, it } from 'vitest';
import { AS_OF, smallProgramme } from '../../test/fixtures/small-programme.js';
import { cumulativeBenefitByQuarter } from './cumulative-benefit.js';
import { evaluateProgramme } from './evaluate-programme.js';

describe('cumulativeBenefitByQuarter', () => {
  it('groups comparable monetised periods by quarter with running totals', () => {
    // Comparable periods with money (see evaluate-programme.test.ts):
    //   children-in-care (£9,000/unit): Q1 2013-14 F 2 → 18,000, A 3 → 27,000;
    //     Q2 F 3 → 27,000, A 3 → 27,000; Q3 F 4 → 36,000, A 5 → 45,000; Q4 F 5 → 45,000, A 4 → 36,000.
    //   da-incidents (£1,235/unit): Jan 2014 F 10 → 12,350, A 5 → 6,175; Mar 2014 F 10 → 12,350,
    //     A 12 → 14,820 (both in Q4 2013-14); Apr 2014 F 15 → 18,525, A 5 → 6,175 (Q1 2014-15).
    //   Feb 2014 (missing) and May 2014 (not ended) are not comparable; unmonetised metrics add
    //   nothing.
    // Quarter sums and running totals:
    //   Q1 2013-14: F 18,000, A 27,000                        → 18,000 / 27,000
    //   Q2 2013-14: F 27,000, A 27,000                        → 45,000 / 54,000
    //   Q3 2013-14: F 36,000, A 45,000                        → 81,000 / 99,000
    //   Q4 2013-14: F 45,000 + 12,350 + 12,350 = 69,700,
    //               A 36,000 + 6,175 + 14,820 = 56,995        → 150,700 / 155,995
    //   Q1 2014-15: F 18,525, A 6,175                         → 169,225 / 162,170 (= the totals)
    const points = cumulativeBenefitByQuarter(evaluateProgramme(smallProgramme(), AS_OF));
    expect(points.map((p) => [p.periodStart, p.label])).toEqual([
      ['2013-04-01', 'Q1 2013-14'],
      ['2013-07-01', 'Q2 2013-14'],
      ['2013-10-01', 'Q3 2013-14'],
      ['2014-01-01', 'Q4 2013-14'],
      ['2014-04-01', 'Q1 2014-15'],
    ]);
    const expected = [
      [18000, 27000],
      [45000, 54000],
      [81000, 99000],
      [150700, 155995],
      [169225, 162170],
    ];
    points.forEach((p, i) => {
      expect(p.cumulativeForecastBenefit).toBeCloseTo(expected[i]?.[0] ?? NaN, 6);
      expect(p.cumulativeRealisedBenefit).toBeCloseTo(expected[i]?.[1] ?? NaN, 6);
    });
  });

  it('puts a year in its first quarter', () => {
    // Make volunteers monetised at £100/year (a stock, year frequency → y = 1, grade 1 → ob 0):
    // 2013-14 F 10 → 1,000, A 8 → 800, in Q1 2013-14 (2013-04-01). Q1 then becomes
    // 18,000 + 1,000 = 19,000 / 27,000 + 800 = 27,800.
    const data = smallProgramme();
    data.unitCosts.push({
      id: 'volunteer-year',
      name: 'Volunteer year',
      per: 'year',
      valuePence: 10000,
      priceYear: '2013-14',
      source: 'test',
      confidenceGrade: 1,
      category: 'social',
      cashableShare: 0,
      bearers: [{ partnerId: 'council', share: 1 }],
    });
    data.metrics = data.metrics.map((m) =>
      m.id === 'volunteers' ? { ...m, unitCostId: 'volunteer-year' } : m,
    );
    const [q1] = cumulativeBenefitByQuarter(evaluateProgramme(data, AS_OF));
    expect(q1?.periodStart).toBe('2013-04-01');
    expect(q1?.cumulativeForecastBenefit).toBeCloseTo(19000, 6);
    expect(q1?.cumulativeRealisedBenefit).toBeCloseTo(27800, 6);
  });

  it('is empty before anything is comparable', () => {
    expect(cumulativeBenefitByQuarter(evaluateProgramme(smallProgramme(), '2013-06-29'))).toEqual(
      [],
    );
  });
});
