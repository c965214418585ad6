// The benefits ledger: the summary's four benefit figures, grouped six ways. Every cell is the
// sum of its lines at full precision (DESIGN.md: round only when shown), so a strand's, partner's
// or year's cell is the same figure as on the strand, equity and returns pages, to the penny.
// Every grouping partitions the same lines, so its rows add up to the total row exactly before
// rounding; once each is rounded for display, the difference is shown as a "rounding" line
// (see rounding-line.ts).
import type { ProgrammeData } from '../domain.js';
import {
  financialYearIndex,
  financialYearLabel,
  requireFinancialYear,
} from '../periods/financial-year.js';
import { toPence } from './to-pence.js';
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
 * A line's amount in pounds at full precision for a measure and a part of the benefit, or null
 * when the line does not count in that measure. The non-cashable part is the line less its
 * cashable part, so the two parts always add up to the line.
 */
export function lineAmount(
  line: BenefitLine,
  measure: LedgerMeasure,
  part: CashablePart = 'all',
): number | null {
  if (!lineCounts(line, measure)) return null;
  const realised = measure === 'realisedBenefitToDate' || measure === 'realisedCashableToDate';
  const whole = (realised ? line.realisedBenefit : line.forecastBenefit) ?? 0;
  const cashable = (realised ? line.realisedCashable : line.forecastCashable) ?? 0;
  // realisedCashableToDate is the cashable part of the realised benefit, whatever part is asked.
  if (measure === 'realisedCashableToDate') return part === 'non-cashable' ? 0 : cashable;
  switch (part) {
    case 'all':
      return whole;
    case 'cashable':
      return cashable;
    case 'non-cashable':
      return whole - cashable;
  }
}

/** The line's amount as shown: whole pence, rounded half away from zero (null: not counted). */
export function lineAmountPence(
  line: BenefitLine,
  measure: LedgerMeasure,
  part: CashablePart = 'all',
): number | null {
  const amount = lineAmount(line, measure, part);
  return amount === null ? null : toPence(amount);
}

/** Σ of the lines' amounts at full precision (pounds). */
export function sumLines(
  lines: readonly BenefitLine[],
  measure: LedgerMeasure,
  part: CashablePart = 'all',
): number {
  let total = 0;
  for (const line of lines) total += lineAmount(line, measure, part) ?? 0;
  return total;
}

/** The four figures over `lines`, each an exact sum (rounded only when shown). */
export function ledgerAmounts(
  lines: readonly BenefitLine[],
  part: CashablePart = 'all',
): LedgerAmounts {
  const amounts: LedgerAmounts = {
    forecastBenefitToDate: sumLines(lines, 'forecastBenefitToDate', part),
    realisedBenefitToDate: sumLines(lines, 'realisedBenefitToDate', part),
    forecastBenefitWholeCase: sumLines(lines, 'forecastBenefitWholeCase', part),
    lineCount: lines.length,
  };
  if (part === 'all')
    amounts.realisedCashableToDate = sumLines(lines, 'realisedCashableToDate', part);
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
