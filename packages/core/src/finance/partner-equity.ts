// Partner equity, for the investment agreement: each partner's share of what is put in against
// its share of what comes back. The gap (benefit share − cost share) is positive for a partner
// that receives more than it puts in, negative for one that subsidises the others; the gaps of
// all partners sum to zero whenever both totals are non-zero.

export interface EquityInput {
  partnerId: string;
  cost: number;
  benefit: number;
}

export interface EquityShare extends EquityInput {
  /** cost / Σ cost; null when nothing has been spent. */
  costShare: number | null;
  /** benefit / Σ benefit; null when Σ benefit is 0. */
  benefitShare: number | null;
  /** benefitShare − costShare; null when either is. */
  gap: number | null;
}

export interface EquityTotals {
  cost: number;
  benefit: number;
}

/** Shares of the totals and the gap between them, for each partner in the order given. */
export function partnerEquity(entries: readonly EquityInput[]): {
  partners: EquityShare[];
  totals: EquityTotals;
} {
  const totals = entries.reduce(
    (t, e) => ({ cost: t.cost + e.cost, benefit: t.benefit + e.benefit }),
    { cost: 0, benefit: 0 },
  );
  const partners = entries.map((e) => {
    const costShare = totals.cost === 0 ? null : e.cost / totals.cost;
    const benefitShare = totals.benefit === 0 ? null : e.benefit / totals.benefit;
    return {
      ...e,
      costShare,
      benefitShare,
      gap: costShare === null || benefitShare === null ? null : benefitShare - costShare,
    };
  });
  return { partners, totals };
}
