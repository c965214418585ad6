import { describe, expect, it } from 'vitest';
import { AS_OF, smallProgramme } from '../../test/fixtures/small-programme.js';
import type { Strand } from '../domain.js';
import { evaluateMetric } from './evaluate-metric.js';
import { evaluateStrand } from './evaluate-strand.js';
import { buildMonetisation } from './monetisation.js';

const data = smallProgramme();
const evaluatedFor = (strandId: string, asOf = AS_OF) =>
  data.metrics
    .filter((m) => m.strandId === strandId)
    .map((m) =>
      evaluateMetric(
        m,
        buildMonetisation(m, data.unitCosts, data.programme, data.deflators),
        data.programme,
        asOf,
      ),
    );
const strand = (id: string): Strand => {
  const s = data.strands.find((x) => x.id === id);
  if (!s) throw new Error(`fixture has no strand ${id}`);
  return s;
};

describe('evaluateStrand', () => {
  it('rolls up a monetised strand and takes its own costs to date', () => {
    // Costs of 'safer' to 2014-05-20: 2013-14 (ended) council £60,000 + police £40,000, and
    // 2014-15's £50,000 actual × 50/365 (1 April to 20 May: 50 of 365 days) = £6,849.315068:
    // £106,849.315068. Net 162,170 − 106,849.315068 = 55,320.684932.
    const s = evaluateStrand(
      strand('safer'),
      evaluatedFor('safer'),
      data.costs,
      data.programme.ragThresholds,
      AS_OF,
    );
    expect(s.costToDate).toBeCloseTo(106849.315068, 6);
    expect(s.realisedBenefitToDate).toBeCloseTo(162170, 6);
    expect(s.netBenefitToDate).toBeCloseTo(55320.684932, 6);
    expect(s.achievement).toBeCloseTo(162170 / 169225, 12);
    expect(s.rag).toBe('green');
    expect(s.missingReturns).toBe(1);
    expect(s.metricRag).toEqual({ green: 1, amber: 0, red: 1, 'no-data': 0, 'no-target': 0 });
    expect(s.metrics.map((m) => m.metric.id)).toEqual(['da-incidents', 'children-in-care']);
  });

  it('gives an unmonetised strand no money, a mean achievement and a negative net', () => {
    // 'work' costs, 2013-14 ended: dwp £30,000 actual; the council row's actual is unknown, so
    // its £10,000 forecast counts → £40,000. Net 0 − 40,000 = −40,000.
    // Achievement (0.75 + 0.8) / 2 = 0.775 → red.
    const s = evaluateStrand(
      strand('work'),
      evaluatedFor('work'),
      data.costs,
      data.programme.ragThresholds,
      AS_OF,
    );
    expect(s.costToDate).toBe(40000);
    expect(s.netBenefitToDate).toBe(-40000);
    expect(s.forecastBenefitWholeCase).toBe(0);
    expect(s.achievement).toBeCloseTo(0.775, 12);
    expect(s.rag).toBe('red');
    expect(s.missingReturns).toBe(1);
  });

  it('is no-data for an unmonetised strand whose metrics have no achievement yet', () => {
    // As of 2013-06-29 no period has ended: no achievements, no missing returns. But 90 of
    // 2013-14's 365 days have (April 30 + May 31 + June 29): its costs, dwp £30,000 actual and
    // the council's £10,000 forecast, count 40,000 × 90/365 = £9,863.013699.
    const s = evaluateStrand(
      strand('work'),
      evaluatedFor('work', '2013-06-29'),
      data.costs,
      data.programme.ragThresholds,
      '2013-06-29',
    );
    expect(s.rag).toBe('no-data');
    expect(s.achievement).toBeNull();
    expect(s.costToDate).toBeCloseTo(9863.013699, 6);
    expect(s.metricRag['no-data']).toBe(2);
  });
});
