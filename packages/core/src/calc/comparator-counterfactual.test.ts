import { describe, expect, it } from 'vitest';
import { improvement } from './improvement.js';
import {
  comparatorBaseLevel,
  comparatorCounterfactual,
  type Comparator,
} from './comparator-counterfactual.js';

// Domestic-abuse incidents, baseline 290 a quarter measured over 2011-12. The comparator (an
// invented national series, for the example) averaged (980 + 1,000 + 1,010 + 1,010) / 4 = 1,000
// over 2011-12 and stood at 1,050 in Q1 2014-15: demand without the change would have been
// 290 × 1,050 / 1,000 = 304.5. The area returned 262, so the difference in differences is
// 304.5 − 262 = 42.5 incidents avoided: the area fell by 28 from its baseline while the
// comparator says it would have risen by 14.5 (Magenta Book 2020, ch. 3, difference in
// differences). A growth-rate counterfactual at 3.5% from 2013-14 would have said 290 × 1.035 =
// 300.15 — the comparator replaces that assumption with an observed series.
const comparator: Comparator = {
  name: 'National series (illustrative)',
  source: 'Invented for the example',
  values: [
    { periodStart: '2011-04-01', value: 980 },
    { periodStart: '2011-07-01', value: 1000 },
    { periodStart: '2011-10-01', value: 1010 },
    { periodStart: '2012-01-01', value: 1010 },
    { periodStart: '2014-04-01', value: 1050 },
  ],
};

describe('a comparison series as the counterfactual', () => {
  it('scales the comparator to the baseline (difference in differences)', () => {
    const base = comparatorBaseLevel(comparator, '2011-04-01', '2012-03-31', 'da');
    expect(base).toBe(1000);
    const cf = comparatorCounterfactual(290, 1050, base);
    expect(cf).toBeCloseTo(304.5, 12);
    expect(improvement(262, cf, 'lower')).toBeCloseTo(42.5, 12);
  });

  it('refuses a comparator with nothing in the baseline period', () => {
    expect(() => comparatorBaseLevel(comparator, '2009-04-01', '2010-03-31', 'da')).toThrow(
      "Metric 'da': the comparator has no value from 2009-04-01 to 2010-03-31",
    );
    expect(() => comparatorCounterfactual(290, 1050, 0)).toThrow(/above 0/);
  });
});
