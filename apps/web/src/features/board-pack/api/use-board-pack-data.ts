// Every figure of the board pack, from the endpoints the dashboard already uses: nothing here
// computes a number the API does not give.
import { useQueries, useQuery } from '@tanstack/react-query';
import type {
  BoardNarrative,
  BenefitLedger,
  BoardSummary,
  ProgrammeDetail,
  ProgrammeEquity,
  ProgrammeSummary,
  ReinvestmentPot,
  ReturnsDue,
  StrandDetail,
  SubmissionList,
  Variance,
} from '@outcomes/contract';
import { useProgramme } from '../../../api/get-programme';
import { boardSummaryQueryOptions, useBoardSummary } from '../../../api/get-board-summary';
import { useBenefitLedger, useEquity, useReinvestment } from '../../finance/api/finance-queries';
import {
  programmeSummaryQueryOptions,
  useProgrammeSummary,
} from '../../overview/api/get-programme-summary';
import { strandQueryOptions } from '../../strand/api/get-strand';
import { returnsDueQueryOptions } from '../../submissions/api/get-returns-due';
import { useSubmissions } from '../../submissions/api/get-submissions';
import { boardNarrativeQueryOptions, varianceQueryOptions } from '../../variance/api/get-variance';

export interface BoardPackData {
  programme: ProgrammeDetail;
  summary: ProgrammeSummary;
  /** The summary at the previous meeting (`since`). */
  previous: ProgrammeSummary;
  board: BoardSummary;
  boardPrevious: BoardSummary;
  strands: StrandDetail[];
  ledger: BenefitLedger;
  equity: ProgrammeEquity;
  reinvestment: ReinvestmentPot;
  returnsDue: ReturnsDue;
  submissions: SubmissionList;
  /** The programme's bridge by strand, and the narrative the API words from the figures. */
  variance: Variance;
  narrative: BoardNarrative;
  asOf: string;
  since: string;
}

export type BoardPackState =
  | { status: 'loading' }
  | { status: 'error'; error: unknown }
  | { status: 'ready'; data: BoardPackData };

/** The day two months before `isoDate` (a bi-monthly board's previous meeting), clamped. */
export function twoMonthsBefore(isoDate: string): string {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  const monthIndex = y * 12 + (m - 1) - 2;
  const year = Math.floor(monthIndex / 12);
  const month = (monthIndex % 12) + 1;
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const day = Math.min(d, lastDay);
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export function useBoardPackData(
  programmeId: string,
  asOfParam: string | undefined,
  sinceParam: string | undefined,
): BoardPackState {
  const programme = useProgramme(programmeId);
  const summary = useProgrammeSummary(programmeId, asOfParam);
  const asOf = asOfParam ?? summary.data?.asOf;
  const since = sinceParam ?? (asOf ? twoMonthsBefore(asOf) : undefined);
  const previous = useQuery({
    ...programmeSummaryQueryOptions(programmeId, since),
    enabled: since !== undefined,
  });
  const board = useBoardSummary(programmeId, undefined, asOfParam);
  const boardPrevious = useQuery({
    ...boardSummaryQueryOptions(programmeId, undefined, since),
    enabled: since !== undefined,
  });
  const strands = useQueries({
    queries: (programme.data?.strands ?? []).map((s) =>
      strandQueryOptions(programmeId, s.id, asOfParam),
    ),
  });
  const ledger = useBenefitLedger(programmeId, 'partner', asOfParam);
  const equity = useEquity(programmeId, asOfParam);
  const reinvestment = useReinvestment(programmeId, asOfParam);
  const returnsDue = useQuery(returnsDueQueryOptions(programmeId, asOfParam));
  const submissions = useSubmissions(programmeId);
  const variance = useQuery(varianceQueryOptions(programmeId, undefined, asOfParam));
  const narrative = useQuery({
    ...boardNarrativeQueryOptions(programmeId, asOf, since),
    enabled: asOf !== undefined && since !== undefined,
  });

  const all: readonly { isError: boolean; error: unknown }[] = [
    programme,
    summary,
    previous,
    board,
    boardPrevious,
    ledger,
    equity,
    reinvestment,
    returnsDue,
    submissions,
    variance,
    narrative,
    ...strands,
  ];
  const failed = all.find((q) => q.isError);
  if (failed) return { status: 'error', error: failed.error };
  if (
    !programme.data ||
    !summary.data ||
    !previous.data ||
    !board.data ||
    !boardPrevious.data ||
    !ledger.data ||
    !equity.data ||
    !reinvestment.data ||
    !returnsDue.data ||
    !submissions.data ||
    !variance.data ||
    !narrative.data ||
    strands.some((s) => !s.data) ||
    asOf === undefined ||
    since === undefined
  ) {
    return { status: 'loading' };
  }
  return {
    status: 'ready',
    data: {
      programme: programme.data,
      summary: summary.data,
      previous: previous.data,
      board: board.data,
      boardPrevious: boardPrevious.data,
      strands: strands.map((s) => s.data as StrandDetail),
      ledger: ledger.data,
      equity: equity.data,
      reinvestment: reinvestment.data,
      returnsDue: returnsDue.data,
      submissions: submissions.data,
      variance: variance.data,
      narrative: narrative.data,
      asOf: summary.data.asOf,
      since,
    },
  };
}
