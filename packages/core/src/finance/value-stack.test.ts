import { describe, expect, it } from 'vitest';
import type { UnitCost } from '../domain.js';
import type { BenefitLine } from './types.js';
import { stackRatios, stackedValue, valueStackBasis } from './value-stack.js';

// A unit cost in the GMCA model's three parts: fiscal £2,000 (value_gbp), economic £500,
// social £1,500 per incident.
const unitCost: UnitCost = {
  id: 'incident',
  name: 'Incident',
  per: 'event',
  valuePence: 200_000,
  priceYear: '2013-14',
  source: 'illustrative',
  confidenceGrade: 1,
  category: 'fiscal',
  cashableShare: 0.5,
  bearers: [{ partnerId: 'police', share: 1 }],
  economicPence: 50_000,
  socialPence: 150_000,
};

/** A line with just the fields the stack reads. */
function line(
  financialYear: string,
  forecastBenefit: number,
  realised: number | null,
): BenefitLine {
  return {
    unitCostId: 'incident',
    outcomeId: 'safer',
    financialYear,
    toDate: realised !== null,
    comparable: realised !== null,
    forecastBenefit,
    forecastCashable: forecastBenefit / 2,
    realisedBenefit: realised,
    realisedCashable: realised === null ? null : realised / 2,
  } as BenefitLine;
}

describe('value stack (GMCA CBA model: fiscal, economic, social)', () => {
  it('gives each part as a share of the unit cost’s own value', () => {
    // economic 500 / 2,000 = 0.25; social 1,500 / 2,000 = 0.75.
    expect(stackRatios(unitCost)).toEqual({ fiscal: 1, economic: 0.25, social: 0.75 });
  });

  it('refuses a separate part in the unit cost’s own category', () => {
    expect(() => stackRatios({ ...unitCost, category: 'economic' })).toThrow(
      /is economic and also has a separate economic part/,
    );
  });

  it('works the financial and public-value returns by hand', () => {
    // Year 0 (2013-14): fiscal benefit £20,000 forecast; year 1 (2014-15): £10,000.
    // Economic = 0.25 × fiscal: 5,000 + 2,500 = 7,500; social = 0.75 ×: 15,000 + 7,500 = 22,500.
    // At 3.5%: PV fiscal = 20,000 + 10,000 / 1.035 = 29,661.835749; PV total = 2 × PV fiscal
    // (1 + 0.25 + 0.75) = 59,323.671498. Costs: £25,000, PV £24,500 (given).
    // Financial ROI (discounted) = 29,661.835749 / 24,500 = 1.210687; public value ROI =
    // 59,323.671498 / 24,500 = 2.421374; net present budget impact 5,161.835749; net present
    // public value 34,823.671498. Undiscounted: 30,000 / 25,000 = 1.2 and 60,000 / 25,000 = 2.4.
    const stacked = stackedValue(
      {
        programme: { firstFinancialYear: '2013-14', discountRate: 0.035 },
        unitCosts: [unitCost],
        lines: [line('2013-14', 20_000, 18_000), line('2014-15', 10_000, null)],
      },
      'forecastBenefitWholeCase',
    );
    expect(stacked.value).toEqual({
      fiscal: 30_000,
      economic: 7_500,
      social: 22_500,
      total: 60_000,
    });
    const basis = valueStackBasis(stacked, { cost: 25_000, presentValueCost: 24_500 });
    expect(basis.presentValue.fiscal).toBeCloseTo(29661.835749, 6);
    expect(basis.presentValue.total).toBeCloseTo(59323.671498, 6);
    expect(basis.financialReturnOnInvestment).toBe(1.2);
    expect(basis.publicValueReturnOnInvestment).toBe(2.4);
    expect(basis.discountedFinancialReturnOnInvestment).toBeCloseTo(1.210687, 6);
    expect(basis.discountedPublicValueReturnOnInvestment).toBeCloseTo(2.421374, 6);
    expect(basis.netPresentBudgetImpact).toBeCloseTo(5161.835749, 6);
    expect(basis.netPresentPublicValue).toBeCloseTo(34823.671498, 6);
  });

  it('counts only realised lines to date on the realised basis', () => {
    // Only the 2013-14 line has a realised £18,000: economic 4,500, social 13,500.
    const stacked = stackedValue(
      {
        programme: { firstFinancialYear: '2013-14', discountRate: 0.035 },
        unitCosts: [unitCost],
        lines: [line('2013-14', 20_000, 18_000), line('2014-15', 10_000, null)],
      },
      'realisedBenefitToDate',
    );
    expect(stacked.value).toEqual({
      fiscal: 18_000,
      economic: 4_500,
      social: 13_500,
      total: 36_000,
    });
  });

  it('leaves a unit cost without parts wholly in its own category', () => {
    expect(stackRatios({ ...unitCost, economicPence: null, socialPence: undefined })).toEqual({
      fiscal: 1,
      economic: 0,
      social: 0,
    });
  });
});
