// Display strings for money and ratios in en-GB, as DESIGN.md writes them: `£13,160`, `£570k`,
// `£7.6m`. Negative amounts use the en-GB Intl output, a hyphen-minus before the pound sign
// ('-£1,200'), so every formatter here agrees with every other.
import { roundHalfAwayFromZero, roundToPence } from './round.js';

const WHOLE_POUNDS = new Intl.NumberFormat('en-GB', {
  style: 'currency',
  currency: 'GBP',
  minimumFractionDigits: 0,
  maximumFractionDigits: 0,
});

const WITH_PENCE = new Intl.NumberFormat('en-GB', {
  style: 'currency',
  currency: 'GBP',
  minimumFractionDigits: 2,
  maximumFractionDigits: 2,
});

const COMPACT = new Intl.NumberFormat('en-GB', {
  style: 'currency',
  currency: 'GBP',
  notation: 'compact',
});

export interface FormatGbpOptions {
  /** Show pence ('£46,389.10'); by default whole pounds ('£46,389'). */
  pence?: boolean;
}

/**
 * '£13,160' by default, '£46,389.10' with { pence: true }. The value is rounded by our own
 * half-away-from-zero rule before Intl sees it, so the shown figure matches the JSON figure.
 */
export function formatGbp(pounds: number, options: FormatGbpOptions = {}): string {
  if (options.pence) return WITH_PENCE.format(roundToPence(pounds));
  // Round to pence first, then to pounds, so 0.4999999 of float noise cannot decide a half.
  return WHOLE_POUNDS.format(roundHalfAwayFromZero(roundToPence(pounds), 0));
}

// ICU versions differ in the compact suffix: some write 'K', 'M', 'B', 'T', others 'k', 'm',
// 'bn', 'tn'. DESIGN.md writes lower case with 'bn' for billions, so we normalise to that.
const SUFFIXES: Record<string, string> = {
  k: 'k',
  K: 'k',
  m: 'm',
  M: 'm',
  b: 'bn',
  B: 'bn',
  bn: 'bn',
  BN: 'bn',
  t: 'tn',
  T: 'tn',
  tn: 'tn',
  TN: 'tn',
};

/**
 * '£950', '£570k', '£7.6m', '£106m', '£1.2bn': Intl's compact notation (two significant figures
 * above £1,000), from the value rounded to whole pounds so small sums never show as '£0.4'.
 */
export function formatGbpCompact(pounds: number): string {
  const whole = roundHalfAwayFromZero(roundToPence(pounds), 0);
  return COMPACT.formatToParts(whole)
    .map((part) => (part.type === 'compact' ? (SUFFIXES[part.value] ?? part.value) : part.value))
    .join('');
}

export interface FormatPercentOptions {
  /** Most decimals to show; 1 by default ('70.5%'), trailing zeros dropped ('70%'). */
  maximumFractionDigits?: number;
}

/** A ratio as a percentage: 0.7 → '70%', 0.705 → '70.5%', 1.246 → '124.6%'. */
export function formatPercent(ratio: number, options: FormatPercentOptions = {}): string {
  const digits = options.maximumFractionDigits ?? 1;
  // Scale and round ourselves (half away from zero, float-noise safe), then let Intl group digits.
  const percent = roundHalfAwayFromZero(ratio * 100, digits);
  const number = new Intl.NumberFormat('en-GB', {
    minimumFractionDigits: 0,
    maximumFractionDigits: digits,
  }).format(percent);
  return `${number}%`;
}
