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
    // Costs of 'safer' ended by 2014-05-20: 2013-14 council £60,000 + police £40,000 = £100,000
    // (2014-15's £50,000 has not ended). Net 162,170 − 100,000 = 62,170.
    const s = evaluateStrand(
      strand('safer'),
      evaluatedFor('safer'),
      data.costs,
      data.programme.ragThresholds,
      AS_OF,
    );
    expect(s.costToDate).toBe(100000);
    expect(s.realisedBenefitToDate).toBeCloseTo(162170, 6);
    expect(s.netBenefitToDate).toBeCloseTo(62170, 6);
    expect(s.achievement).toBeCloseTo(162170 / 169225, 12);
    expect(s.rag).toBe('green');
    expect(s.missingReturns).toBe(1);
    expect(s.metricRag).toEqual({ green: 1, amber: 0, red: 1, 'no-data': 0, 'no-target': 0 });
    expect(s.metrics.map((m) => m.metric.id)).toEqual(['da-incidents', 'children-in-care']);
  });

  it('gives an unmonetised strand no money, a mean achievement and a negative net', () => {
    // 'work' costs ended: dwp £30,000; the council row's actual is unknown → £30,000.
    // Net 0 − 30,000 = −30,000. Achievement (0.75 + 0.8) / 2 = 0.775 → red.
    const s = evaluateStrand(
      strand('work'),
      evaluatedFor('work'),
      data.costs,
      data.programme.ragThresholds,
      AS_OF,
    );
    expect(s.costToDate).toBe(30000);
    expect(s.netBenefitToDate).toBe(-30000);
    expect(s.forecastBenefitWholeCase).toBe(0);
    expect(s.achievement).toBeCloseTo(0.775, 12);
    expect(s.rag).toBe('red');
    expect(s.missingReturns).toBe(1);
  });

  it('is no-data for an unmonetised strand whose metrics have no achievement yet', () => {
    // As of 2013-06-29 nothing has ended: no achievements, no costs, no missing returns.
    const s = evaluateStrand(
      strand('work'),
      evaluatedFor('work', '2013-06-29'),
      data.costs,
      data.programme.ragThresholds,
      '2013-06-29',
    );
    expect(s.rag).toBe('no-data');
    expect(s.achievement).toBeNull();
    expect(s.costToDate).toBe(0);
    expect(s.metricRag['no-data']).toBe(2);
  });
});
