// Formatting for the finance pages (display only: every value comes from the API).
import { formatGbp } from '@outcomes/core';

/** £1,234.56: pounds and pence, where pennies matter (lines, reconciliation). */
export function formatPence(pounds: number): string {
  return formatGbp(pounds, { pence: true });
}

/** A factor such as a deflator ratio or a share, to as many places as it needs (up to 9). */
export function formatFactor(value: number): string {
  return new Intl.NumberFormat('en-GB', { maximumFractionDigits: 9 }).format(value);
}

/** Return on investment, benefit ÷ cost: 1.934 → "1.93" (£1.93 back for each £1; 1 is break-even). */
export function formatRatio(ratio: number): string {
  return new Intl.NumberFormat('en-GB', {
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
  }).format(ratio);
}
