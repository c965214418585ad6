// Return on investment as DESIGN.md and the GM/HMT model define it: benefit / cost (so 1 means
// break-even), not (benefit − cost) / cost.

/** benefit / cost; null when nothing has been spent, since the ratio has no meaning then. */
export function returnOnInvestment(benefit: number, cost: number): number | null {
  if (cost === 0) return null;
  return benefit / cost;
}
