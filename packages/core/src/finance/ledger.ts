// The benefits ledger: the summary's four benefit figures, grouped six ways. Every cell is the
// sum of its lines, each rounded to the penny first, so a cell always equals the lines shown
// behind it; every grouping partitions the same lines, so each grouping's rows add up to the
// same total row.
import type { ProgrammeData } from '../domain.js';
import {
  financialYearIndex,
  financialYearLabel,
  requireFinancialYear,
} from '../periods/financial-year.js';
import { fromPence } from './to-pence.js';
import type {
  BenefitLine,
  CashablePart,
  Ledger,
  LedgerAmounts,
  LedgerGroupBy,
  LedgerMeasure,
  LedgerRow,
} from './types.js';

/** Whether a line counts in a measure: "to date" needs a comparable period, whole case any. */
export function lineCounts(line: BenefitLine, measure: LedgerMeasure): boolean {
  return measure === 'forecastBenefitWholeCase' ? true : line.comparable;
}

/**
 * A line's amount in whole pence for a measure and a part of the benefit, or null when the
 * line does not count in that measure. The non-cashable part is the line less its cashable
 * part (both already in pence), so the two parts always add up to the line.
 */
export function lineAmountPence(
  line: BenefitLine,
  measure: LedgerMeasure,
  part: CashablePart = 'all',
): number | null {
  if (!lineCounts(line, measure)) return null;
  const p = line.pence;
  const realised = measure === 'realisedBenefitToDate' || measure === 'realisedCashableToDate';
  const whole = realised ? p.realisedBenefit : p.forecastBenefit;
  const cashable = realised ? p.realisedCashable : p.forecastCashable;
  // realisedCashableToDate is the cashable part of the realised benefit, whatever part is asked.
  const effective: CashablePart = measure === 'realisedCashableToDate' ? 'cashable' : part;
  if (measure === 'realisedCashableToDate' && part === 'non-cashable') return 0;
  switch (effective) {
    case 'all':
      return whole;
    case 'cashable':
      return cashable;
    case 'non-cashable':
      return whole - cashable;
  }
}

function sumPence(lines: readonly BenefitLine[], measure: LedgerMeasure, part: CashablePart) {
  let total = 0;
  for (const line of lines) total += lineAmountPence(line, measure, part) ?? 0;
  return fromPence(total);
}

/** The four figures over `lines`, each a sum of pence-rounded lines. */
export function ledgerAmounts(
  lines: readonly BenefitLine[],
  part: CashablePart = 'all',
): LedgerAmounts {
  const amounts: LedgerAmounts = {
    forecastBenefitToDate: sumPence(lines, 'forecastBenefitToDate', part),
    realisedBenefitToDate: sumPence(lines, 'realisedBenefitToDate', part),
    forecastBenefitWholeCase: sumPence(lines, 'forecastBenefitWholeCase', part),
    lineCount: lines.length,
  };
  if (part === 'all')
    amounts.realisedCashableToDate = sumPence(lines, 'realisedCashableToDate', part);
  return amounts;
}

type KeyedGroupBy = Exclude<LedgerGroupBy, 'cashable'>;

/** The line's key in a grouping (the cashable grouping splits amounts, not lines). */
export function lineKey(line: BenefitLine, groupBy: KeyedGroupBy): string {
  switch (groupBy) {
    case 'strand':
      return line.strandId;
    case 'partner':
      return line.partnerId;
    case 'financialYear':
      return line.financialYear;
    case 'outcome':
      return line.outcomeId;
    case 'category':
      return line.category;
  }
}

const CATEGORY_NAMES = { fiscal: 'Fiscal', economic: 'Economic', social: 'Social' } as const;

/** The programme's financial years, first to last of the business case. */
export function programmeYears(data: ProgrammeData): string[] {
  const first = requireFinancialYear(data.programme.firstFinancialYear);
  return Array.from({ length: data.programme.years }, (_, t) => financialYearLabel(first + t));
}

/** Every key a grouping lists, in the programme's own order, with its name. */
function knownKeys(data: ProgrammeData, groupBy: KeyedGroupBy): { key: string; name: string }[] {
  switch (groupBy) {
    case 'strand':
      return data.strands.map((s) => ({ key: s.id, name: s.name }));
    case 'partner':
      return data.partners.map((p) => ({ key: p.id, name: p.name }));
    case 'financialYear':
      return programmeYears(data).map((y) => ({ key: y, name: y }));
    case 'outcome':
      return data.outcomes.map((o) => ({ key: o.id, name: o.name }));
    case 'category':
      return (['fiscal', 'economic', 'social'] as const).map((c) => ({
        key: c,
        name: CATEGORY_NAMES[c],
      }));
  }
}

/**
 * The ledger for one grouping: a row for every strand, partner, outcome, category or year of
 * the business case (zero when nothing falls there), any other key the lines hold after them
 * (years outside the business case, in order), and the total row over all lines.
 */
export function benefitLedger(
  lines: readonly BenefitLine[],
  groupBy: LedgerGroupBy,
  data: ProgrammeData,
): Ledger {
  const total = ledgerAmounts(lines);
  if (groupBy === 'cashable') {
    const cashable = { key: 'cashable', name: 'Cashable', ...ledgerAmounts(lines, 'cashable') };
    const nonCashable = {
      key: 'non-cashable',
      name: 'Non-cashable',
      ...ledgerAmounts(lines, 'non-cashable'),
    };
    return { groupBy, rows: [cashable, nonCashable], total };
  }

  const byKey = new Map<string, BenefitLine[]>();
  for (const line of lines) {
    const key = lineKey(line, groupBy);
    const group = byKey.get(key);
    if (group) group.push(line);
    else byKey.set(key, [line]);
  }
  const keys = knownKeys(data, groupBy);
  const listed = new Set(keys.map((k) => k.key));
  const extra = [...byKey.keys()].filter((k) => !listed.has(k));
  if (groupBy === 'financialYear') {
    extra.sort(
      (a, b) =>
        financialYearIndex(a, data.programme.firstFinancialYear) -
        financialYearIndex(b, data.programme.firstFinancialYear),
    );
  } else {
    extra.sort();
  }
  const rows: LedgerRow[] = [...keys, ...extra.map((key) => ({ key, name: key }))].map(
    ({ key, name }) => ({ key, name, ...ledgerAmounts(byKey.get(key) ?? []) }),
  );
  return { groupBy, rows, total };
}
