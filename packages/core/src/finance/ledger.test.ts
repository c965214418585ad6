import { describe, expect, it } from 'vitest';
import { AS_OF, smallProgramme } from '../../test/fixtures/small-programme.js';
import { evaluateProgramme } from '../evaluate/evaluate-programme.js';
import { benefitLines } from './benefit-lines.js';
import { benefitLedger, lineAmountPence } from './ledger.js';
import { reconcileLedger } from './ledger-reconciliation.js';
import type { LedgerGroupBy } from './types.js';

// Lines of the small programme as of 2014-05-20 (see benefit-lines.test.ts), in pounds:
//   da-incidents (police 0.6 / council 0.4, cashable 0.4), £12,350 forecast a month Jan–Mar
//   2014 and £18,525 Apr–May 2014; realised Jan £6,175, Mar £14,820, Apr £6,175.
//     police forecast: 7,410 (Jan, Feb, Mar), 11,115 (Apr, May); realised 3,705, 8,892, 3,705
//     council forecast: 4,940 (Jan–Mar), 7,410 (Apr, May); realised 2,470, 5,928, 2,470
//   children-in-care (council 1, cashable 0.5): forecast 18,000, 27,000, 36,000, 45,000 in
//     2013-14 and 54,000 in Q1 2014-15; realised 27,000, 27,000, 45,000, 36,000.
// Comparable: da Jan, Mar, Apr; cic the four 2013-14 quarters.
const data = smallProgramme();
const lines = benefitLines(evaluateProgramme(data, AS_OF));
const evaluation = evaluateProgramme(data, AS_OF);

describe('benefitLedger', () => {
  it('by partner: each bearer’s share of every figure', () => {
    const ledger = benefitLedger(lines, 'partner', data);
    // police: forecast to date 7,410 + 7,410 + 11,115 = 25,935; realised 3,705 + 8,892 + 3,705
    //   = 16,302; cashable × 0.4 = 6,520.80; whole case 3 × 7,410 + 2 × 11,115 = 44,460.
    // council: da forecast to date 4,940 + 4,940 + 7,410 = 17,290, + cic 126,000 = 143,290;
    //   realised 2,470 + 5,928 + 2,470 = 10,868 + 135,000 = 145,868; cashable 4,347.20 +
    //   67,500 = 71,847.20; whole case 3 × 4,940 + 2 × 7,410 = 29,640 + 180,000 = 209,640.
    // dwp bears nothing: a zero row.
    expect(ledger.rows).toEqual([
      {
        key: 'council',
        name: 'Council',
        forecastBenefitToDate: 143290,
        realisedBenefitToDate: 145868,
        forecastBenefitWholeCase: 209640,
        realisedCashableToDate: 71847.2,
        lineCount: 10,
      },
      {
        key: 'police',
        name: 'Police',
        forecastBenefitToDate: 25935,
        realisedBenefitToDate: 16302,
        forecastBenefitWholeCase: 44460,
        realisedCashableToDate: 6520.8,
        lineCount: 5,
      },
      {
        key: 'dwp',
        name: 'Jobcentre Plus',
        forecastBenefitToDate: 0,
        realisedBenefitToDate: 0,
        forecastBenefitWholeCase: 0,
        realisedCashableToDate: 0,
        lineCount: 0,
      },
    ]);
    // Total: the summary's 169,225 / 162,170 / 254,100 / 78,368.
    expect(ledger.total).toEqual({
      forecastBenefitToDate: 169225,
      realisedBenefitToDate: 162170,
      forecastBenefitWholeCase: 254100,
      realisedCashableToDate: 78368,
      lineCount: 15,
    });
  });

  it('by financial year', () => {
    // 2013-14: forecast to date da 12,350 × 2 (Jan, Mar) + cic 126,000 = 150,700; realised
    //   6,175 + 14,820 + 135,000 = 155,995; whole case 3 × 12,350 + 126,000 = 163,050;
    //   cashable 20,995 × 0.4 + 67,500 = 75,898.
    // 2014-15: forecast to date 18,525 (Apr); realised 6,175; whole case 2 × 18,525 + 54,000
    //   = 91,050; cashable 2,470. 2015-16 (last year of the case): nothing.
    const rows = benefitLedger(lines, 'financialYear', data).rows;
    expect(rows.map((r) => [r.key, r.forecastBenefitToDate, r.realisedBenefitToDate])).toEqual([
      ['2013-14', 150700, 155995],
      ['2014-15', 18525, 6175],
      ['2015-16', 0, 0],
    ]);
    expect(rows.map((r) => [r.forecastBenefitWholeCase, r.realisedCashableToDate])).toEqual([
      [163050, 75898],
      [91050, 2470],
      [0, 0],
    ]);
  });

  it('by cashable: the cashable part and the rest, without a cashable column', () => {
    // cashable: forecast to date 43,225 × 0.4 + 126,000 × 0.5 = 17,290 + 63,000 = 80,290;
    //   realised 78,368; whole case 74,100 × 0.4 + 180,000 × 0.5 = 29,640 + 90,000 = 119,640.
    // non-cashable: 169,225 − 80,290 = 88,935; 162,170 − 78,368 = 83,802;
    //   254,100 − 119,640 = 134,460.
    const ledger = benefitLedger(lines, 'cashable', data);
    expect(ledger.rows).toEqual([
      {
        key: 'cashable',
        name: 'Cashable',
        forecastBenefitToDate: 80290,
        realisedBenefitToDate: 78368,
        forecastBenefitWholeCase: 119640,
        lineCount: 15,
      },
      {
        key: 'non-cashable',
        name: 'Non-cashable',
        forecastBenefitToDate: 88935,
        realisedBenefitToDate: 83802,
        forecastBenefitWholeCase: 134460,
        lineCount: 15,
      },
    ]);
  });

  it.each<LedgerGroupBy>(['strand', 'partner', 'financialYear', 'outcome', 'category', 'cashable'])(
    'by %s: the rows add up to the total row exactly',
    (groupBy) => {
      const ledger = benefitLedger(lines, groupBy, data);
      for (const key of [
        'forecastBenefitToDate',
        'realisedBenefitToDate',
        'forecastBenefitWholeCase',
      ] as const) {
        const pence = ledger.rows.reduce((s, r) => s + Math.round(r[key] * 100), 0);
        expect(pence / 100).toBe(ledger.total[key]);
      }
    },
  );

  it('by strand and category: every key listed, in the programme’s order', () => {
    expect(
      benefitLedger(lines, 'strand', data).rows.map((r) => [r.key, r.realisedBenefitToDate]),
    ).toEqual([
      ['safer', 162170],
      ['work', 0],
    ]);
    expect(benefitLedger(lines, 'category', data).rows.map((r) => r.key)).toEqual([
      'fiscal',
      'economic',
      'social',
    ]);
  });
});

describe('lineAmountPence', () => {
  it('gives a line’s part for a measure, or null when it does not count', () => {
    const feb = lines.find((l) => l.periodStart === '2014-02-01' && l.partnerId === 'police');
    const mar = lines.find((l) => l.periodStart === '2014-03-01' && l.partnerId === 'police');
    if (!feb || !mar) throw new Error('fixture changed');
    // February is a missing return: in the whole case (7,410) but not to date.
    expect(lineAmountPence(feb, 'forecastBenefitToDate')).toBeNull();
    expect(lineAmountPence(feb, 'forecastBenefitWholeCase')).toBe(741000);
    // March realised 8,892.00: cashable 3,556.80, the rest 5,335.20.
    expect(lineAmountPence(mar, 'realisedBenefitToDate')).toBe(889200);
    expect(lineAmountPence(mar, 'realisedBenefitToDate', 'cashable')).toBe(355680);
    expect(lineAmountPence(mar, 'realisedBenefitToDate', 'non-cashable')).toBe(533520);
    expect(lineAmountPence(mar, 'realisedCashableToDate')).toBe(355680);
  });
});

describe('reconcileLedger', () => {
  it('matches the summary exactly when every line is whole pence', () => {
    const ledger = benefitLedger(lines, 'strand', data);
    const rec = reconcileLedger(ledger.total, evaluation.totals, lines);
    expect(rec.map((r) => [r.measure, r.difference, r.lines])).toEqual([
      // Comparable: da Jan, Mar, Apr × 2 bearers + cic 4 quarters = 10 lines; whole case 15.
      ['forecastBenefitToDate', 0, 10],
      ['realisedBenefitToDate', 0, 10],
      ['forecastBenefitWholeCase', 0, 15],
      ['realisedCashableToDate', 0, 10],
    ]);
    // Both are rounded once from full precision: no difference is allowed.
    expect(rec.map((r) => r.tolerance)).toEqual([0, 0, 0, 0]);
  });

  it('agrees to the penny even when lines are split into thirds', () => {
    // One unit cost borne in three equal thirds: a £12,350 forecast month becomes three lines
    // of £4,116.666… each. Rounded line by line they would show £4,116.67 × 3 = £12,350.01, a
    // penny above the summary for each such month (+3p on the whole case, as before this
    // change). Summed at full precision, the ledger's total is 254,100.00, the summary's.
    const thirds = smallProgramme();
    const da = thirds.unitCosts[0];
    if (!da) throw new Error('fixture changed');
    da.bearers = [
      { partnerId: 'police', share: 1 / 3 },
      { partnerId: 'council', share: 1 / 3 },
      { partnerId: 'dwp', share: 1 / 3 },
    ];
    const e = evaluateProgramme(thirds, AS_OF);
    const l = benefitLines(e);
    const ledger = benefitLedger(l, 'partner', thirds);
    const rec = reconcileLedger(ledger.total, e.totals, l);
    const wholeCase = rec.find((r) => r.measure === 'forecastBenefitWholeCase');
    expect(wholeCase).toMatchObject({ ledger: 254100, summary: 254100, difference: 0 });
    // The lines as shown (each rounded) add up to 3p more: that is the rounding line's job.
    const shownPence = l.reduce(
      (s, x) => s + (lineAmountPence(x, 'forecastBenefitWholeCase') ?? 0),
      0,
    );
    expect(shownPence).toBe(25410003);
  });
});
