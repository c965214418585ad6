import { roundToPence } from '@outcomes/core';

/** Rounds every listed money field to pence for the JSON answer (computation stays unrounded). */
export function roundMoneyFields<K extends string>(
  source: Record<K, number>,
  keys: readonly K[],
): Record<K, number> {
  const out = {} as Record<K, number>;
  for (const key of keys) out[key] = roundToPence(source[key]);
  return out;
}

export const BENEFIT_MONEY_KEYS = [
  'forecastBenefitToDate',
  'realisedBenefitToDate',
  'realisedCashableToDate',
  'forecastBenefitWholeCase',
] as const;

export const roundOrNull = (value: number | null): number | null =>
  value === null ? null : roundToPence(value);
