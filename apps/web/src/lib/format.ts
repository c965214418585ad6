// Display formatting only. Every value is computed (and money rounded) by the API; these
// functions turn numbers into en-GB text and never change what they mean. Money and percentages
// use @outcomes/core's pure formatters (Intl en-GB), the ones the API's own tests use.
import { formatGbp, formatGbpCompact, formatPercent as formatCorePercent } from '@outcomes/core';
import type { Frequency, Polarity, MetricKind, Rag } from './domain-types';

const numberFormat = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 });
const integerFormat = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 });
const dateFormat = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});

/**
 * £13,160: whole pounds, by the same formatter the API and its tests use (@outcomes/core), so
 * a figure on screen always matches the API's figure formatted. The pence stay in the CSV and in
 * `data-value`.
 */
export function formatMoney(pounds: number): string {
  return formatGbp(pounds);
}

/** £46,389.10: to the penny, where shown steps must add up exactly (the variance bridge). */
export function formatMoneyPence(pounds: number): string {
  return formatGbp(pounds, { pence: true });
}

/** £570k, £7.6m, £1.2bn: for chart axes and other tight spaces. */
export function formatMoneyCompact(pounds: number): string {
  return formatGbpCompact(pounds);
}

/** Counts and levels: 1,234.5 */
export function formatNumber(value: number): string {
  return numberFormat.format(value);
}

export function formatInteger(value: number): string {
  return integerFormat.format(value);
}

/** Achievement ratio 0.8425 → "84.3%" (core's rule: at most one decimal). */
export function formatPercent(ratio: number): string {
  return formatCorePercent(ratio);
}

/** Rates such as growth or attribution: 0.035 → "3.5%", 0.0125 → "1.25%". */
export function formatRate(ratio: number): string {
  return formatCorePercent(ratio, { maximumFractionDigits: 2 });
}

/** "2016-03-31" → "31 March 2016"; anything unparseable is shown as given. */
export function formatDate(isoDate: string): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? isoDate : dateFormat.format(date);
}

const ragLabels: Record<Rag, string> = {
  green: 'Green',
  amber: 'Amber',
  red: 'Red',
  'no-data': 'No data',
  'no-target': 'No target',
};

export function ragLabel(rag: Rag): string {
  return ragLabels[rag];
}

export const ragOrder: readonly Rag[] = ['green', 'amber', 'red', 'no-data', 'no-target'];

const frequencyLabels: Record<Frequency, string> = {
  month: 'Monthly',
  quarter: 'Quarterly',
  year: 'Yearly',
};

export function frequencyLabel(frequency: Frequency): string {
  return frequencyLabels[frequency];
}

export function polarityLabel(polarity: Polarity): string {
  return polarity === 'lower' ? 'Lower is better' : 'Higher is better';
}

export function kindLabel(kind: MetricKind): string {
  return kind === 'flow' ? 'Flow (counted over each period)' : 'Stock (a count at a point in time)';
}
