// Green Book discounting by financial-year index: the programme's first year is t = 0, so its
// money is not discounted (DESIGN.md's choice; methods.md §1.2 notes the GM model may differ).

/** Σ v_t / (1 + r)^t, where the array index is t. */
export function presentValue(valuesByYearIndex: readonly number[], rate: number): number {
  if (rate <= -1) throw new RangeError(`Discount rate ${rate} must be greater than −1`);
  let total = 0;
  valuesByYearIndex.forEach((v, t) => {
    total += v / (1 + rate) ** t;
  });
  return total;
}
