import { describe, expect, it } from 'vitest';
import { AS_OF, smallProgramme } from '../../test/fixtures/small-programme.js';
import { countRags, groupAchievement, sumBenefitTotals } from './benefit-totals.js';
import { evaluateMetric } from './evaluate-metric.js';
import { buildMonetisation } from './monetisation.js';

const data = smallProgramme();
const thresholds = data.programme.ragThresholds;
const evaluated = data.metrics.map((m) =>
  evaluateMetric(
    m,
    buildMonetisation(m, data.unitCosts, data.programme, data.deflators),
    data.programme,
    AS_OF,
  ),
);
const [daIncidents, childrenInCare, intoWork, volunteers] = evaluated;
if (!daIncidents || !childrenInCare || !intoWork || !volunteers) throw new Error('fixture');

describe('sumBenefitTotals', () => {
  it('adds field by field', () => {
    // Forecast to date 43,225 + 126,000 = 169,225; realised 27,170 + 135,000 = 162,170;
    // cashable 10,868 + 67,500 = 78,368; whole case 74,100 + 180,000 = 254,100.
    const t = sumBenefitTotals([daIncidents, childrenInCare]);
    expect(t.forecastBenefitToDate).toBeCloseTo(169225, 6);
    expect(t.realisedBenefitToDate).toBeCloseTo(162170, 6);
    expect(t.realisedCashableToDate).toBeCloseTo(78368, 6);
    expect(t.forecastBenefitWholeCase).toBeCloseTo(254100, 6);
    expect(sumBenefitTotals([])).toEqual({
      forecastBenefitToDate: 0,
      realisedBenefitToDate: 0,
      realisedCashableToDate: 0,
      forecastBenefitWholeCase: 0,
    });
  });
});

describe('groupAchievement', () => {
  it('weighs monetised metrics by money and ignores unmonetised ones', () => {
    // 162,170 / 169,225 = 0.958310... ≥ 0.95 → green (although da-incidents alone is red).
    const g = groupAchievement([daIncidents, childrenInCare, intoWork], thresholds);
    expect(g.achievement).toBeCloseTo(162170 / 169225, 12);
    expect(g.rag).toBe('green');
  });

  it('uses the mean of achievements when nothing is monetised', () => {
    // into-work 15 / 20 = 0.75; volunteers 8 / 10 = 0.8; mean (0.75 + 0.8) / 2 = 0.775 → red.
    const g = groupAchievement([intoWork, volunteers], thresholds);
    expect(g.achievement).toBeCloseTo(0.775, 12);
    expect(g.rag).toBe('red');
  });

  it('is no-data when nothing can be graded', () => {
    // Unmonetised with no achievements; and monetised with no comparable period (as of
    // 2013-06-29 no quarter has ended).
    expect(groupAchievement([], thresholds)).toEqual({ achievement: null, rag: 'no-data' });
    const early = evaluateMetric(
      childrenInCare.metric,
      childrenInCare.monetisation,
      data.programme,
      '2013-06-29',
    );
    expect(groupAchievement([early], thresholds)).toEqual({ achievement: null, rag: 'no-data' });
  });

  it('is no-target when the monetised forecast to date is not positive', () => {
    // One quarter forecast at the baseline: F = 0 → forecast benefit 0; actual 49 → A = 1.
    const flat = evaluateMetric(
      {
        ...childrenInCare.metric,
        forecasts: [{ periodStart: '2013-04-01', value: 50 }],
        actuals: [{ periodStart: '2013-04-01', value: 49 }],
      },
      childrenInCare.monetisation,
      data.programme,
      AS_OF,
    );
    expect(groupAchievement([flat], thresholds)).toEqual({ achievement: null, rag: 'no-target' });
  });
});

describe('countRags', () => {
  it('counts every rag, with zeros', () => {
    // red (da-incidents), green (children-in-care), red (into-work), amber (volunteers).
    expect(countRags(evaluated)).toEqual({
      green: 1,
      amber: 1,
      red: 2,
      'no-data': 0,
      'no-target': 0,
    });
  });
});
