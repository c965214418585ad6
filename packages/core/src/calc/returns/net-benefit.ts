// Net benefit: what the programme gave back over what it cost (negative while it has not).

/** benefit − cost. */
export function netBenefit(benefit: number, cost: number): number {
  return benefit - cost;
}
