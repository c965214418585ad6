import { formatMoney, formatMoneyCompact, formatMoneyPence } from '../../../lib/format';

type Precision = 'pounds' | 'pence' | 'compact';
const FORMATS: Record<Precision, (pounds: number) => string> = {
  pounds: formatMoney,
  pence: formatMoneyPence,
  compact: formatMoneyCompact,
};

/** A change in money with its sign written out: "+£9,000", "−£4,950", "£0" (formatting only). */
export function signedMoneyText(value: number, precision: Precision = 'pounds'): string {
  const format = FORMATS[precision];
  if (value > 0) return `+${format(value)}`;
  // A word joiner keeps the sign on the figure's line.
  if (value < 0) return `\u2212\u2060${format(-value)}`;
  return format(0);
}

/** The same for a count of units: "+1 children", "−13 incidents". */
export function signedUnitsText(value: number, unit: string): string {
  const n = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 }).format(Math.abs(value));
  const sign = value > 0 ? '+' : value < 0 ? '\u2212' : '';
  return `${sign}${n} ${unit}`;
}

/** "Behind forecast", "Ahead of forecast", "On forecast". */
export function gapWords(gap: number): string {
  if (gap < 0) return 'Behind forecast';
  if (gap > 0) return 'Ahead of forecast';
  return 'On forecast';
}
