// The pack reader's fast path (issue 19): well-formed rows are read by the cells' own readers
// without zod, and give exactly what zod gives; any row zod would refuse is left to zod (the
// fast reader answers undefined), so the errors are worded as before (pack-errors.test.ts).
import { describe, expect, it } from 'vitest';
import {
  actualsCsv,
  baselinesCsv,
  costsCsv,
  metricsCsv,
  partnersCsv,
  unitCostsCsv,
} from '../src/pack/pack-files.js';

type Spec = {
  schema: { safeParse: (v: unknown) => { success: boolean; data?: unknown } };
  readFast: ((values: Record<string, string>) => unknown) | undefined;
};

/** Asserts the fast reader agrees with zod on `rows`: the same value, or left to zod. */
function agrees(spec: Spec, rows: Record<string, string>[]): { fast: number; zod: number } {
  expect(spec.readFast).toBeDefined();
  let fast = 0;
  let zod = 0;
  for (const values of rows) {
    const parsed = spec.schema.safeParse(values);
    const read = spec.readFast?.(values);
    if (parsed.success) {
      expect(read, JSON.stringify(values)).toEqual(parsed.data);
      // Same keys in the same order, as zod's object output has them.
      expect(Object.keys(read as object)).toEqual(Object.keys(parsed.data as object));
      fast += 1;
    } else {
      expect(read, JSON.stringify(values)).toBeUndefined();
      zod += 1;
    }
  }
  return { fast, zod };
}

describe('reading rows without zod', () => {
  it('actuals: numbers, dates, blank notes; refuses what zod refuses', () => {
    const good = { metric_id: 'incidents', period_start: '2013-04-01', value: '12.5', note: '' };
    expect(
      agrees(actualsCsv, [
        good,
        { ...good, note: 'estimated' },
        { ...good, value: '0' },
        { ...good, value: '-1' },
        { ...good, value: '1,000' },
        { ...good, value: '' },
        { ...good, period_start: '2013-02-30' },
        { ...good, metric_id: 'Not A Slug' },
        { metric_id: 'incidents', period_start: '2013-04-01', value: '3' } as never,
      ]),
    ).toEqual({ fast: 3, zod: 6 });
  });

  it('baselines: optional numbers and dates take their blank values', () => {
    const good = {
      metric_id: 'incidents',
      value: '100',
      annual_growth: '',
      measured_from: '',
      measured_to: '2013-03-31',
      note: ' ',
      growth_from: '',
    };
    expect(
      agrees(baselinesCsv, [
        good,
        { ...good, annual_growth: '0.035' },
        { ...good, annual_growth: '-1' },
        { ...good, measured_from: '2013-13-01' },
      ]),
    ).toEqual({ fast: 2, zod: 2 });
  });

  it('metrics, unit costs, partners and costs: choices, yes/no, pence, years, grades', () => {
    const metric = {
      id: 'incidents',
      strand_id: 'safety',
      outcome_id: 'safer',
      name: 'Incidents',
      unit: 'count',
      frequency: 'month',
      polarity: 'lower',
      kind: 'flow',
      owner_partner_id: 'police',
      unit_cost_id: '',
      attribution: '',
      source: '',
      cumulative: '',
    };
    expect(
      agrees(metricsCsv, [
        metric,
        { ...metric, cumulative: 'yes', attribution: '0.5', unit_cost_id: 'arrest' },
        { ...metric, cumulative: 'maybe' },
        { ...metric, frequency: 'week' },
        { ...metric, attribution: '0' },
        { ...metric, name: '  ' },
      ]),
    ).toEqual({ fast: 2, zod: 4 });
    const unitCost = {
      id: 'arrest',
      name: 'Arrest',
      per: 'event',
      value_gbp: '1234.56',
      price_year: '2013-14',
      source: 'GMCA',
      confidence_grade: '3',
      category: 'fiscal',
      cashable_share: '0.4',
    };
    expect(
      agrees(unitCostsCsv, [
        unitCost,
        { ...unitCost, value_gbp: '0' },
        { ...unitCost, price_year: '2013-15' },
        { ...unitCost, confidence_grade: '7' },
        { ...unitCost, value_gbp: '£12' },
      ]),
    ).toEqual({ fast: 1, zod: 4 });
    const partner = { id: 'police', name: 'Police', kind: 'police', budget: '' };
    expect(
      agrees(partnersCsv, [partner, { ...partner, budget: 'national' }, { ...partner, kind: 'x' }]),
    ).toEqual({ fast: 2, zod: 1 });
    expect(costsCsv.readFast).toBeDefined();
  });
});
