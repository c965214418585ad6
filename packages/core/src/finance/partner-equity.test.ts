import { describe, expect, it } from 'vitest';
import { partnerEquity } from './partner-equity.js';

describe('partnerEquity', () => {
  it('gives each partner its share of costs and benefits and the gap', () => {
    // Costs 60,000 + 40,000 + 30,000 = 130,000; benefits 145,868 + 16,302 + 0 = 162,170.
    // council: cost 60/130 = 0.461538…, benefit 145,868/162,170 = 0.899476…, gap +0.437937…
    // police: 40/130 = 0.307692…, 16,302/162,170 = 0.100524…, gap −0.207168…
    // dwp: 30/130 = 0.230769…, 0, gap −0.230769…
    const { partners, totals } = partnerEquity([
      { partnerId: 'council', cost: 60000, benefit: 145868 },
      { partnerId: 'police', cost: 40000, benefit: 16302 },
      { partnerId: 'dwp', cost: 30000, benefit: 0 },
    ]);
    expect(totals).toEqual({ cost: 130000, benefit: 162170 });
    const [council, police, dwp] = partners;
    expect(council?.costShare).toBeCloseTo(0.461538462, 9);
    expect(council?.benefitShare).toBeCloseTo(0.899475859, 9);
    expect(council?.gap).toBeCloseTo(0.437937397, 9);
    expect(police?.gap).toBeCloseTo(-0.207168166, 9);
    expect(dwp).toMatchObject({ benefitShare: 0 });
    expect(dwp?.gap).toBeCloseTo(-0.230769231, 9);
    // The gaps balance: who gains what another puts in.
    expect(partners.reduce((s, p) => s + (p.gap ?? 0), 0)).toBeCloseTo(0, 12);
  });

  it('has no shares of a total that is zero', () => {
    // Nothing spent yet: cost shares and gaps are null; benefit 50 / 50 = 1.
    const { partners } = partnerEquity([{ partnerId: 'a', cost: 0, benefit: 50 }]);
    expect(partners[0]).toEqual({
      partnerId: 'a',
      cost: 0,
      benefit: 50,
      costShare: null,
      benefitShare: 1,
      gap: null,
    });
  });
});
