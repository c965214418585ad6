import { describe, expect, it } from 'vitest';
import { AS_OF, smallProgramme } from '../../test/fixtures/small-programme.js';
import { evaluateProgramme } from './evaluate-programme.js';

// The fixture, evaluated as of 2014-05-20, worked by hand:
//
// da-incidents (strand safer): monthly flow, lower is better, £1,235 per incident avoided
//   (0.5 attribution × £2,500 × 104/100 = £2,600 × (1 − 0.05)). cf 100 in 2013-14, 125 in
//   2014-15 (growth 0.25, k = 1). Comparable Jan, Mar, Apr 2014: F 10 + 10 + 15 = 35,
//   A 5 + 12 + 5 = 22 (Feb missing; the May actual ends after the as-of date and is ignored).
//   forecast to date 35 × 1,235 = 43,225; realised 22 × 1,235 = 27,170; cashable × 0.4 = 10,868;
//   whole case 60 × 1,235 = 74,100; achievement 22/35 = 0.6286 → red.
// children-in-care (strand safer): quarterly stock, £40,000/yr × 0.9 × 0.25 = £9,000 per child-
//   quarter. cf 50. F 2, 3, 4, 5 (+6 in Q1 2014-15, not ended); A 3, 3, 5, 4.
//   forecast to date 14 × 9,000 = 126,000; realised 15 × 9,000 = 135,000; cashable × 0.5 =
//   67,500; whole case 20 × 9,000 = 180,000; achievement 15/14 = 1.0714 → green.
// into-work (strand work): unmonetised, higher is better, cf 20. F 5, 5, 10, 10; A 4, 2, —, 9.
//   Comparable Q1, Q2, Q4: 15/20 = 0.75 → red; Q3 missing.
// volunteers (strand work): unmonetised yearly. 2013-14 F 10, A 8 → 0.8 → amber.
//
// Strand safer: forecast to date 43,225 + 126,000 = 169,225; realised 27,170 + 135,000 =
//   162,170; cashable 10,868 + 67,500 = 78,368; whole case 74,100 + 180,000 = 254,100;
//   achievement 162,170 / 169,225 = 0.95831 → green; cost to date: 2013-14 (ended) council
//   £60,000 + police £40,000, plus 2014-15's £50,000 × 50/365 (1 April to 20 May is 50 of its
//   365 days) = £6,849.315068: £106,849.315068; net 55,320.684932; missing returns 1.
// Strand work: money 0; achievement (0.75 + 0.8) / 2 = 0.775 → red; cost dwp £30,000 + the
//   council's £10,000 forecast (its actual is not known) = £40,000; net −40,000;
//   missing returns 1.
// Programme: forecast 169,225; realised 162,170; cashable 78,368; whole case 254,100;
//   cost 106,849.315068 + 40,000 = 146,849.315068; net 162,170 − 146,849.315068 =
//   15,320.684932; achievement from all
//   monetised money 162,170 / 169,225 = 0.95831 → green; missing returns 2.

describe('evaluateProgramme', () => {
  const e = evaluateProgramme(smallProgramme(), AS_OF);

  it('keeps the programme id and as-of date, and strands in order', () => {
    expect(e.programmeId).toBe('test-place');
    expect(e.asOf).toBe(AS_OF);
    expect(e.strands.map((s) => s.strand.id)).toEqual(['safer', 'work']);
  });

  it('totals the programme', () => {
    const t = e.totals;
    expect(t.forecastBenefitToDate).toBeCloseTo(169225, 6);
    expect(t.realisedBenefitToDate).toBeCloseTo(162170, 6);
    expect(t.realisedCashableToDate).toBeCloseTo(78368, 6);
    expect(t.forecastBenefitWholeCase).toBeCloseTo(254100, 6);
    expect(t.costToDate).toBeCloseTo(146849.315068, 6);
    expect(t.netBenefitToDate).toBeCloseTo(15320.684932, 6);
    expect(t.achievement).toBeCloseTo(0.95831, 6);
    expect(t.rag).toBe('green');
    expect(t.missingReturns).toBe(2);
  });

  it('evaluates each strand', () => {
    const [safer, work] = e.strands;
    expect(safer?.forecastBenefitToDate).toBeCloseTo(169225, 6);
    expect(safer?.realisedBenefitToDate).toBeCloseTo(162170, 6);
    expect(safer?.realisedCashableToDate).toBeCloseTo(78368, 6);
    expect(safer?.costToDate).toBeCloseTo(106849.315068, 6);
    expect(safer?.netBenefitToDate).toBeCloseTo(55320.684932, 6);
    expect(safer?.rag).toBe('green');
    expect(safer?.metricRag).toEqual({ green: 1, amber: 0, red: 1, 'no-data': 0, 'no-target': 0 });

    expect(work?.realisedBenefitToDate).toBe(0);
    expect(work?.costToDate).toBe(40000);
    expect(work?.netBenefitToDate).toBe(-40000);
    expect(work?.achievement).toBeCloseTo(0.775, 12);
    expect(work?.rag).toBe('red');
    expect(work?.metricRag).toEqual({ green: 0, amber: 1, red: 1, 'no-data': 0, 'no-target': 0 });
  });

  it('evaluates each metric', () => {
    const metrics = e.strands.flatMap((s) => s.metrics);
    expect(metrics.map((m) => [m.metric.id, m.rag, m.missingReturns])).toEqual([
      ['da-incidents', 'red', 1],
      ['children-in-care', 'green', 0],
      ['into-work', 'red', 1],
      ['volunteers', 'amber', 0],
    ]);
    expect(metrics[0]?.achievement).toBeCloseTo(22 / 35, 12);
    expect(metrics[1]?.achievement).toBeCloseTo(15 / 14, 12);
    expect(metrics[2]?.achievement).toBe(0.75);
    expect(metrics[3]?.achievement).toBe(0.8);
  });

  it('is deterministic: the same inputs and as-of date give the same result', () => {
    expect(evaluateProgramme(smallProgramme(), AS_OF)).toEqual(e);
  });

  it('stops with a clear error when a deflator index is missing', () => {
    const data = smallProgramme();
    data.deflators = data.deflators.filter((d) => d.financialYear !== '2012-13');
    expect(() => evaluateProgramme(data, AS_OF)).toThrow(
      "Cannot uprate unit cost 'da-incident' from 2012-13 to 2013-14 prices: no GDP deflator index for 2012-13",
    );
  });

  it('refuses a metric of an unknown strand and an invalid as-of date', () => {
    const data = smallProgramme();
    data.strands = data.strands.filter((s) => s.id !== 'work');
    expect(() => evaluateProgramme(data, AS_OF)).toThrow(
      "Metric 'into-work' belongs to unknown strand 'work'",
    );
    expect(() => evaluateProgramme(smallProgramme(), '2014-02-30')).toThrow(
      "Invalid as-of date '2014-02-30'",
    );
  });
});

describe('evaluateProgramme with an earlier evaluation to take metrics from', () => {
  const data = smallProgramme();
  const earlier = { data, evaluation: evaluateProgramme(data, AS_OF) };
  // April 2014's return for da-incidents revised from 120 to 117: its improvement on the
  // counterfactual of 125 goes from 5 to 8, so A = 5 + 12 + 8 = 25 and realised
  // 25 × £1,235 = £30,875 (£3,705 more); the programme's realised 162,170 + 3,705 = £165,875.
  const revised = {
    ...data,
    metrics: data.metrics.map((m) =>
      m.id === 'da-incidents'
        ? {
            ...m,
            actuals: m.actuals.map((a) =>
              a.periodStart === '2014-04-01' ? { ...a, value: 117 } : a,
            ),
          }
        : m,
    ),
  };
  const metricOf = (e: ReturnType<typeof evaluateProgramme>, id: string) =>
    e.strands.flatMap((s) => s.metrics).find((m) => m.metric.id === id);

  it('evaluates only the metrics that are new objects, and answers as from scratch', () => {
    const e = evaluateProgramme(revised, AS_OF, earlier);
    expect(e).toEqual(evaluateProgramme(revised, AS_OF));
    expect(e.totals.realisedBenefitToDate).toBeCloseTo(165875, 6);
    expect(metricOf(e, 'children-in-care')).toBe(metricOf(earlier.evaluation, 'children-in-care'));
    expect(metricOf(e, 'da-incidents')).not.toBe(metricOf(earlier.evaluation, 'da-incidents'));
  });

  it('evaluates every metric again when the settings or the as-of date differ', () => {
    const resettled = { ...revised, programme: { ...revised.programme } };
    const e = evaluateProgramme(resettled, AS_OF, earlier);
    expect(metricOf(e, 'children-in-care')).not.toBe(
      metricOf(earlier.evaluation, 'children-in-care'),
    );
    expect(e).toEqual(evaluateProgramme(resettled, AS_OF));
    const later = evaluateProgramme(data, '2014-06-30', earlier);
    expect(metricOf(later, 'children-in-care')).not.toBe(
      metricOf(earlier.evaluation, 'children-in-care'),
    );
    expect(later).toEqual(evaluateProgramme(data, '2014-06-30'));
  });
});
