// One fetcher, query options and hook per finance endpoint. Every query key holds every
// parameter (programme, as-of date, filters).
import { queryOptions, useQuery } from '@tanstack/react-query';
import type {
  BenefitLedger,
  BenefitLines,
  CashablePart,
  CostLines,
  CostMeasure,
  LedgerGroupBy,
  LedgerMeasure,
  ProgrammeEquity,
  ProgrammeReturns,
  ReinvestmentPot,
  UnitCostRegister,
} from '@outcomes/contract';
import { apiGet } from '../../../lib/api-client';
import type { CostFilters, LineFilters } from '../lib/finance-paths';

export const programmePath = (programmeId: string) =>
  `/programmes/${encodeURIComponent(programmeId)}`;

export function benefitLedgerQuery(
  programmeId: string,
  groupBy: LedgerGroupBy,
  asOf: string | undefined,
) {
  return queryOptions({
    queryKey: ['programmes', programmeId, 'finance', 'benefits', { groupBy, asOf: asOf ?? null }],
    queryFn: ({ signal }) =>
      apiGet<BenefitLedger>(`${programmePath(programmeId)}/benefits`, { groupBy, asOf }, signal),
  });
}

export function useBenefitLedger(
  programmeId: string,
  groupBy: LedgerGroupBy,
  asOf: string | undefined,
) {
  return useQuery(benefitLedgerQuery(programmeId, groupBy, asOf));
}

export interface LinesParams extends LineFilters {
  measure: LedgerMeasure;
  part: CashablePart;
}

export function useBenefitLines(
  programmeId: string,
  params: LinesParams,
  asOf: string | undefined,
) {
  return useQuery({
    queryKey: ['programmes', programmeId, 'finance', 'lines', { ...params, asOf: asOf ?? null }],
    queryFn: ({ signal }) =>
      apiGet<BenefitLines>(
        `${programmePath(programmeId)}/benefits/lines`,
        { ...params, asOf },
        signal,
      ),
  });
}

export interface CostLinesParams extends CostFilters {
  measure: CostMeasure;
}

export function useCostLines(
  programmeId: string,
  params: CostLinesParams,
  asOf: string | undefined,
) {
  return useQuery({
    queryKey: [
      'programmes',
      programmeId,
      'finance',
      'cost-lines',
      { ...params, asOf: asOf ?? null },
    ],
    queryFn: ({ signal }) =>
      apiGet<CostLines>(`${programmePath(programmeId)}/costs/lines`, { ...params, asOf }, signal),
  });
}

export function useReturns(programmeId: string, asOf: string | undefined) {
  return useQuery({
    queryKey: ['programmes', programmeId, 'finance', 'returns', { asOf: asOf ?? null }],
    queryFn: ({ signal }) =>
      apiGet<ProgrammeReturns>(`${programmePath(programmeId)}/returns`, { asOf }, signal),
  });
}

export function useEquity(programmeId: string, asOf: string | undefined) {
  return useQuery({
    queryKey: ['programmes', programmeId, 'finance', 'equity', { asOf: asOf ?? null }],
    queryFn: ({ signal }) =>
      apiGet<ProgrammeEquity>(`${programmePath(programmeId)}/equity`, { asOf }, signal),
  });
}

export function useReinvestment(programmeId: string, asOf: string | undefined) {
  return useQuery({
    queryKey: ['programmes', programmeId, 'finance', 'reinvestment', { asOf: asOf ?? null }],
    queryFn: ({ signal }) =>
      apiGet<ReinvestmentPot>(`${programmePath(programmeId)}/reinvestment`, { asOf }, signal),
  });
}

// The register does not depend on the as-of date: the key holds every parameter it takes.
export function useUnitCosts(programmeId: string) {
  return useQuery({
    queryKey: ['programmes', programmeId, 'finance', 'unit-costs'],
    queryFn: ({ signal }) =>
      apiGet<UnitCostRegister>(`${programmePath(programmeId)}/unit-costs`, {}, signal),
  });
}
