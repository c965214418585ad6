import { describe, expect, it } from 'vitest';
import { AS_OF, smallProgramme } from '../../test/fixtures/small-programme.js';
import type { ProgrammeData } from '../domain.js';
import { compareVersions } from './compare-versions.js';

// Worked by hand. Version 1 is the small fixture (see evaluate-programme.test.ts for its sums);
// version 2, "2015 refresh", changes three figures:
//   - da-incidents' May 2014 forecast 110 → 105: against cf 125 (2014-15) the improvement there
//     rises from 15 to 20, so the whole case improves by 10+10+10+15+20 = 65 incidents (was 60).
//   - the da-incident unit cost £2,500 → £3,000 (2012-13 prices): uprated × 104/100 = £3,120,
//     × 0.5 attribution = £1,560, × (1 − 0.05) optimism bias (grade 2) = £1,482 per incident
//     (Green Book uprating and optimism bias; was £1,235).
//   - safer/council 2014-15 running forecast cost £50,000 → £60,000.
// Whole-case forecast benefit:
//   v1 da-incidents 60 × 1,235 = 74,100; v2 65 × 1,482 = 96,330; difference 22,230.
//   children-in-care 20 × 9,000 = 180,000 in both; the work strand's metrics are unmonetised.
// Forecast costs (cash, as the pack gives them):
//   safer v1 70,000 + 40,000 + 50,000 = 160,000; v2 70,000 + 40,000 + 60,000 = 170,000.
//   work 30,000 + 10,000 = 40,000 in both.
// Net = benefit − cost:
//   safer v1 254,100 − 160,000 = 94,100; v2 276,330 − 170,000 = 106,330; difference 12,230.
//   work −40,000 in both. Totals v1 254,100 / 200,000 / 54,100; v2 276,330 / 210,000 / 66,330.
function refresh(): ProgrammeData {
  const data = smallProgramme();
  return {
    ...data,
    unitCosts: data.unitCosts.map((u) =>
      u.id === 'da-incident' ? { ...u, valuePence: 300000 } : u,
    ),
    metrics: data.metrics.map((m) =>
      m.id === 'da-incidents'
        ? {
            ...m,
            forecasts: m.forecasts.map((f) =>
              f.periodStart === '2014-05-01' ? { ...f, value: 105 } : f,
            ),
          }
        : m,
    ),
    costs: data.costs.map((c) =>
      c.strandId === 'safer' && c.partnerId === 'council' && c.financialYear === '2014-15'
        ? { ...c, forecastPence: 6000000 }
        : c,
    ),
  };
}

describe('compareVersions', () => {
  const comparison = compareVersions(
    { version: 1, name: 'original business case', data: smallProgramme() },
    { version: 2, name: '2015 refresh', data: refresh() },
    AS_OF,
  );

  it('names both versions and totals each side', () => {
    expect(comparison.a).toEqual({ version: 1, name: 'original business case' });
    expect(comparison.b).toEqual({ version: 2, name: '2015 refresh' });
    const { a, b, difference } = comparison.totals;
    expect(a.forecastBenefit).toBeCloseTo(254100, 6);
    expect(a.forecastCost).toBe(200000);
    expect(a.net).toBeCloseTo(54100, 6);
    expect(b.forecastBenefit).toBeCloseTo(276330, 6);
    expect(b.forecastCost).toBe(210000);
    expect(b.net).toBeCloseTo(66330, 6);
    expect(difference.forecastBenefit).toBeCloseTo(22230, 6);
    expect(difference.forecastCost).toBe(10000);
    expect(difference.net).toBeCloseTo(12230, 6);
  });

  it('compares each strand and metric', () => {
    const [safer, work] = comparison.strands;
    expect(safer?.strandId).toBe('safer');
    expect(safer?.b.forecastBenefit).toBeCloseTo(276330, 6);
    expect(safer?.difference.forecastCost).toBe(10000);
    expect(safer?.difference.net).toBeCloseTo(12230, 6);
    const da = safer?.metrics.find((m) => m.metricId === 'da-incidents');
    expect(da?.a).toBeCloseTo(74100, 6);
    expect(da?.b).toBeCloseTo(96330, 6);
    expect(da?.difference).toBeCloseTo(22230, 6);
    const cic = safer?.metrics.find((m) => m.metricId === 'children-in-care');
    expect(cic?.difference).toBeCloseTo(0, 9);

    expect(work?.a).toEqual({ forecastBenefit: 0, forecastCost: 40000, net: -40000 });
    expect(work?.difference).toEqual({ forecastBenefit: 0, forecastCost: 0, net: 0 });
    expect(work?.metrics.map((m) => [m.metricId, m.a, m.b, m.difference])).toEqual([
      ['into-work', null, null, null],
      ['volunteers', null, null, null],
    ]);
  });

  it('lists exactly the figures that changed', () => {
    expect(comparison.changes).toEqual([
      {
        kind: 'forecast',
        strandId: 'safer',
        item: 'da-incidents',
        field: '2014-05-01',
        a: 110,
        b: 105,
      },
      {
        kind: 'cost',
        strandId: 'safer',
        item: 'council 2014-15 running',
        field: 'forecast (£)',
        a: 50000,
        b: 60000,
      },
      {
        kind: 'unit-cost',
        strandId: null,
        item: 'da-incident',
        field: 'value (£)',
        a: 2500,
        b: 3000,
      },
    ]);
  });

  it('reports a row only one side has, and nothing for identical versions', () => {
    const a = smallProgramme();
    const b = { ...a, costs: a.costs.slice(1) };
    const { changes } = compareVersions(
      { version: 1, name: 'one', data: a },
      { version: 2, name: 'two', data: b },
      AS_OF,
    );
    expect(changes).toEqual([
      {
        kind: 'cost',
        strandId: 'safer',
        item: 'council 2013-14 transition',
        field: 'forecast (£)',
        a: 70000,
        b: null,
      },
    ]);
    expect(
      compareVersions({ version: 1, name: 'x', data: a }, { version: 1, name: 'x', data: a }, AS_OF)
        .changes,
    ).toEqual([]);
  });
});
