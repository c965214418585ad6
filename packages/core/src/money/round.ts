// Rounding money and ratios for display and JSON. Money is computed at full precision and rounded
// only at the edge (DESIGN.md), half away from zero.
//
// Why not Math.round(x * 100) / 100: the product itself is inexact (1.005 * 100 is
// 100.49999999999999), so halves are lost. Instead we (1) cut the value to 15 significant digits
// with toPrecision(15), which removes the binary noise of earlier arithmetic (a double holds
// 15.9 significant decimal digits, so 46389.0999999999 from a product becomes 46389.1), then
// (2) move the decimal point by editing the exponent of its decimal string ('1.005e2' parses to
// exactly 100.5), round that, and move the point back the same way. For money this is exact up
// to 15 significant digits: £9,999,999,999,999.99, far beyond any programme.

/** Multiplies a finite number by 10^places through its decimal string, so no binary error enters. */
function shiftDecimal(x: number, places: number): number {
  const [mantissa, exponent] = x.toPrecision(15).split('e');
  return Number(`${mantissa ?? '0'}e${Number(exponent ?? '0') + places}`);
}

/** Rounds half away from zero to `places` decimals; −0 becomes 0. */
export function roundHalfAwayFromZero(x: number, places: number): number {
  if (!Number.isFinite(x)) throw new RangeError(`Cannot round ${x}: not a finite number`);
  const magnitude = Math.round(shiftDecimal(Math.abs(x), places));
  const rounded = Math.sign(x) * shiftDecimal(magnitude, -places);
  return rounded === 0 ? 0 : rounded;
}

/** Pounds rounded to whole pence, half away from zero: 1.005 → 1.01, −2.675 → −2.68. */
export function roundToPence(pounds: number): number {
  return roundHalfAwayFromZero(pounds, 2);
}
