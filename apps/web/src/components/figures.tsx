// Small display helpers for API numbers (formatting only).
import { formatMoney, formatPercent } from '../lib/format';
import { NoValue } from './no-value';

export function Money({ value }: { value: number | null | undefined }) {
  return value === null || value === undefined ? <NoValue /> : <>{formatMoney(value)}</>;
}

export function Achievement({ value }: { value: number | null | undefined }) {
  return value === null || value === undefined ? (
    <NoValue label="Not available" />
  ) : (
    <>{formatPercent(value)}</>
  );
}
