// Green Book discounting by financial-year index, one year at a time: what £1 in year t is
// worth in the first year's money (t = 0 is the programme's first year, so it is not
// discounted; a year before it, t < 0, is compounded forward).
/** 1 / (1 + r)^t. */
export function discountFactor(yearIndex: number, rate: number): number {
  if (rate <= -1) throw new RangeError(`Discount rate ${rate} must be greater than −1`);
  return 1 / (1 + rate) ** yearIndex;
}
