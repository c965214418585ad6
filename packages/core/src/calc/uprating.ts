// Uprating a unit cost from its price year to the programme's price base year with the GDP
// deflator: value × index(base) / index(priceYear) (HMT / UCD method, methods.md §3).
import type { Deflator, FinancialYearLabel } from '../domain.js';

/** value × baseIndex / priceYearIndex. */
export function uprate(value: number, priceYearIndex: number, baseIndex: number): number {
  return value * (baseIndex / priceYearIndex);
}

/** Thrown when a unit cost cannot be uprated because an index is missing. */
export class MissingDeflatorError extends Error {
  constructor(
    readonly missingYear: FinancialYearLabel,
    readonly priceYear: FinancialYearLabel,
    readonly baseYear: FinancialYearLabel,
    readonly subject: string | undefined,
  ) {
    super(
      `Cannot uprate ${subject ?? 'a value'} from ${priceYear} to ${baseYear} prices: ` +
        `no GDP deflator index for ${missingYear}`,
    );
    this.name = 'MissingDeflatorError';
  }
}

function indexFor(
  deflators: readonly Deflator[],
  year: FinancialYearLabel,
  priceYear: FinancialYearLabel,
  baseYear: FinancialYearLabel,
  subject: string | undefined,
): number {
  const found = deflators.find((d) => d.financialYear === year);
  if (!found) throw new MissingDeflatorError(year, priceYear, baseYear, subject);
  if (!Number.isFinite(found.index) || found.index <= 0) {
    throw new RangeError(
      `GDP deflator index for ${year} must be a positive number, got ${found.index}`,
    );
  }
  return found.index;
}

/**
 * index(baseYear) / index(priceYear): 1 when the years are the same (no index needed then).
 * `subject` names what is being uprated (e.g. "unit cost 'child-in-care'") in the error message.
 */
export function deflatorFactor(
  deflators: readonly Deflator[],
  priceYear: FinancialYearLabel,
  baseYear: FinancialYearLabel,
  subject?: string,
): number {
  if (priceYear === baseYear) return 1;
  const priceIndex = indexFor(deflators, priceYear, priceYear, baseYear, subject);
  const baseIndex = indexFor(deflators, baseYear, priceYear, baseYear, subject);
  return baseIndex / priceIndex;
}
