// Who gains: the cashable part of a benefit, and each bearer partner's part (the unit cost's
// bearers' shares sum to 1, so the parts sum to the benefit).
import type { UnitCostBearer } from '../domain.js';

/** benefit × cashableShare: what can be taken out of a budget, not just capacity freed. */
export function cashablePart(benefit: number, cashableShare: number): number {
  return benefit * cashableShare;
}

export interface BearerPart {
  partnerId: string;
  share: number;
  benefit: number;
}

/** benefit × bearerShare for each bearer, in the bearers' order. */
export function bearerParts(benefit: number, bearers: readonly UnitCostBearer[]): BearerPart[] {
  return bearers.map((b) => ({
    partnerId: b.partnerId,
    share: b.share,
    benefit: benefit * b.share,
  }));
}
