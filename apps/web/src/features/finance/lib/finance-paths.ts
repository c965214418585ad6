// The finance view's URLs. Every page keeps the as-of date; a lines link carries the filters,
// measure and part that pick out the cell it explains.
import type { CashablePart, CostMeasure, LedgerMeasure } from '@outcomes/contract';
import { paths } from '../../../lib/paths';

export type FinanceSection =
  'ledger' | 'returns' | 'equity' | 'reinvestment' | 'unit-costs' | 'scenarios' | 'uncertainty';

export interface LineFilters {
  strand?: string | undefined;
  partner?: string | undefined;
  financialYear?: string | undefined;
  metric?: string | undefined;
  outcome?: string | undefined;
  category?: string | undefined;
  unitCost?: string | undefined;
  /** Lines borne by partners with this budget (the reinvestment pot's local or national). */
  budget?: 'local' | 'national' | undefined;
}

export interface CostFilters {
  strand?: string | undefined;
  partner?: string | undefined;
  financialYear?: string | undefined;
  kind?: 'transition' | 'running' | undefined;
}

function query(params: Record<string, string | undefined>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== '') search.set(key, value);
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}

const base = (programmeId: string) => `${paths.programme(programmeId)}/finance`;

export const financePaths = {
  section: (programmeId: string, section: FinanceSection, asOf: string | undefined) =>
    `${base(programmeId)}${section === 'ledger' ? '' : `/${section}`}${query({ asOf })}`,
  ledger: (programmeId: string, groupBy: string, asOf: string | undefined) =>
    `${base(programmeId)}${query({ groupBy: groupBy === 'strand' ? undefined : groupBy, asOf })}`,
  lines: (
    programmeId: string,
    measure: LedgerMeasure,
    filters: LineFilters,
    asOf: string | undefined,
    part: CashablePart = 'all',
  ) =>
    `${base(programmeId)}/lines${query({
      measure,
      part: part === 'all' ? undefined : part,
      ...filters,
      asOf,
    })}`,
  costLines: (
    programmeId: string,
    measure: CostMeasure,
    filters: CostFilters,
    asOf: string | undefined,
  ) => `${base(programmeId)}/cost-lines${query({ measure, ...filters, asOf })}`,
};

/** The API's own URL for a finance table as a download (finance and admin roles). */
export function exportUrl(
  apiPath: string,
  params: Record<string, string | undefined>,
  format: 'csv' | 'xlsx',
): string {
  return `/api${apiPath}${query({ ...params, format })}`;
}
