// Turning what a person typed in a percentage box into the API's fractions. Not money: unit
// conversion only, done on the decimal string so that "3.5" becomes exactly 0.035.
const NUMBER = /^[-−]?\d+(\.\d+)?$/;

/** "−10" or "-10" → −10; "" → undefined; anything else → null (not a number). */
export function parsePercent(text: string): number | undefined | null {
  const trimmed = text.trim().replace('−', '-');
  if (trimmed === '') return undefined;
  return NUMBER.test(trimmed) ? Number(trimmed) : null;
}

/** 3.5 → 0.035, by moving the decimal point in the number's text. */
export function percentToFraction(percent: number): number {
  return Number(`${percent}e-2`);
}

/** 0.035 → "3.5", for pre-filling a box from a programme setting. */
export function fractionToPercentText(fraction: number): string {
  return String(Number(`${fraction}e2`));
}
