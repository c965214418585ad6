import { describe, expect, it } from 'vitest';
import { smallProgramme } from '../../test/fixtures/small-programme.js';
import { MissingDeflatorError } from '../calc/uprating.js';
import { buildMonetisation } from './monetisation.js';

const data = smallProgramme();
const metric = (id: string) => {
  const m = data.metrics.find((x) => x.id === id);
  if (!m) throw new Error(`fixture has no metric ${id}`);
  return m;
};

describe('buildMonetisation', () => {
  it('uprates, corrects and attributes a flow unit cost', () => {
    // £2,500 (250,000p) in 2012-13; factor 104 / 100 = 1.04 → £2,600; grade 2 → 0.05;
    // flow → y = 1; attribution 0.5. valuePerUnit = 0.5 × 2,600 × 0.95 × 1 = 1,235.
    const m = buildMonetisation(
      metric('da-incidents'),
      data.unitCosts,
      data.programme,
      data.deflators,
    );
    expect(m).not.toBeNull();
    expect(m?.unitCostAsPriced).toBe(2500);
    expect(m?.deflatorFactor).toBeCloseTo(1.04, 12);
    expect(m?.upratedUnitCost).toBeCloseTo(2600, 9);
    expect(m?.optimismBias).toBe(0.05);
    expect(m?.periodLengthFactor).toBe(1);
    expect(m?.attribution).toBe(0.5);
    expect(m?.valuePerUnit).toBeCloseTo(1235, 9);
  });

  it('scales a per-year unit cost by the quarter for a stock metric', () => {
    // £40,000 in 2013-14 = base year → factor 1; grade 3 → 0.1; quarter → y = 0.25.
    // valuePerUnit = 1 × 40,000 × 0.9 × 0.25 = 9,000.
    const m = buildMonetisation(
      metric('children-in-care'),
      data.unitCosts,
      data.programme,
      data.deflators,
    );
    expect(m?.deflatorFactor).toBe(1);
    expect(m?.periodLengthFactor).toBe(0.25);
    expect(m?.valuePerUnit).toBeCloseTo(9000, 9);
  });

  it('is null for a metric without a unit cost', () => {
    expect(
      buildMonetisation(metric('into-work'), data.unitCosts, data.programme, data.deflators),
    ).toBeNull();
  });

  it('names the unit cost and year when a deflator index is missing', () => {
    const call = () =>
      buildMonetisation(metric('da-incidents'), data.unitCosts, data.programme, [
        { financialYear: '2013-14', index: 104 },
      ]);
    expect(call).toThrow(MissingDeflatorError);
    expect(call).toThrow(
      "Cannot uprate unit cost 'da-incident' from 2012-13 to 2013-14 prices: no GDP deflator index for 2012-13",
    );
  });

  it('refuses an unknown unit cost and one that does not suit the kind of metric', () => {
    expect(() =>
      buildMonetisation(
        { ...metric('da-incidents'), unitCostId: 'nope' },
        data.unitCosts,
        data.programme,
        data.deflators,
      ),
    ).toThrow("Metric 'da-incidents' refers to unknown unit cost 'nope'");
    expect(() =>
      buildMonetisation(
        { ...metric('da-incidents'), unitCostId: 'child-in-care' },
        data.unitCosts,
        data.programme,
        data.deflators,
      ),
    ).toThrow(
      "Metric 'da-incidents' is a flow metric and needs a unit cost per event, but unit cost 'child-in-care' is per year",
    );
  });
});
