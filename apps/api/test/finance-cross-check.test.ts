// Cross-checks of the finance view against the summary endpoint, on the demonstration pack and
// the two small packs, at several as-of dates:
// - the rows of every ledger grouping add up to the total row exactly, to the penny;
// - the total row equals the summary's figures within the stated rounding tolerance
//   ((lines + 1) × ½p: each line is rounded once, the summary's exact total once), and exactly
//   when the reconciliation says the difference is 0;
// - the lines behind every cell add up to that cell exactly;
// - returns, equity and the reinvestment pot agree with the ledger and the summary's costs.
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoPackDir, getJson, startTestApp, tinyPackDir, type TestApp } from './helpers.js';

const financePackDir = fileURLToPath(new URL('./fixtures/finance', import.meta.url));

const GROUPINGS = [
  'strand',
  'partner',
  'financialYear',
  'outcome',
  'category',
  'cashable',
] as const;
const MEASURES = [
  'forecastBenefitToDate',
  'realisedBenefitToDate',
  'forecastBenefitWholeCase',
  'realisedCashableToDate',
] as const;
type Measure = (typeof MEASURES)[number];

const FILTER_FOR: Record<(typeof GROUPINGS)[number], string> = {
  strand: 'strand',
  partner: 'partner',
  financialYear: 'financialYear',
  outcome: 'outcome',
  category: 'category',
  cashable: 'part',
};

const pence = (pounds: number) => Math.round(pounds * 100);

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp([tinyPackDir, financePackDir, demoPackDir]);
}, 120_000);
afterAll(async () => t.close());

const CASES: [string, string][] = [
  ['tiny', '2014-01-31'],
  ['tiny', '2014-04-30'],
  ['finpack', '2014-04-30'],
  ['finpack', '2016-06-30'],
  ['west-cheshire', '2014-03-31'],
  ['west-cheshire', '2016-03-31'],
  ['west-cheshire', '2018-06-30'],
];

describe.each(CASES)('%s as of %s', (programmeId, asOf) => {
  const base = `/api/programmes/${programmeId}`;
  let summary: any;
  beforeAll(async () => {
    summary = (await getJson(t.app, `${base}/summary?asOf=${asOf}`)).body;
  });

  it.each(GROUPINGS)(
    'groupBy=%s: rows sum to the total, and the total to the summary',
    async (groupBy) => {
      const { status, body } = await getJson(
        t.app,
        `${base}/benefits?asOf=${asOf}&groupBy=${groupBy}`,
      );
      expect(status).toBe(200);
      for (const measure of MEASURES) {
        if (groupBy === 'cashable' && measure === 'realisedCashableToDate') continue;
        const rows = body.rows.reduce(
          (s: number, r: Record<Measure, number>) => s + pence(r[measure]),
          0,
        );
        expect(rows, `${measure}: rows = total`).toBe(pence(body.total[measure]));
      }
      if (groupBy === 'cashable') {
        // The cashable row is the realised cashable figure of every other grouping.
        expect(body.rows[0].realisedBenefitToDate).toBe(body.total.realisedCashableToDate);
      }
      for (const rec of body.reconciliation) {
        const measure = rec.measure as Measure;
        expect(rec.summary, measure).toBe(summary.totals[measure]);
        expect(rec.ledger, measure).toBe(body.total[measure]);
        expect(pence(rec.difference), measure).toBe(pence(rec.ledger) - pence(rec.summary));
        expect(Math.abs(rec.difference), `${measure} within tolerance`).toBeLessThanOrEqual(
          rec.tolerance,
        );
        expect(rec.tolerance).toBe((rec.lines + 1) / 200);
      }
    },
  );

  it('the strand rows match the summary strand by strand, within their own tolerance', async () => {
    const { body } = await getJson(t.app, `${base}/benefits?asOf=${asOf}&groupBy=strand`);
    for (const s of summary.strands) {
      const row = body.rows.find((r: { key: string }) => r.key === s.id);
      for (const measure of MEASURES) {
        // A strand's lines are at most all of them: the programme's tolerance bounds each strand.
        const tolerance = body.reconciliation.find(
          (r: { measure: string }) => r.measure === measure,
        ).tolerance;
        expect(Math.abs(row[measure] - s[measure]), `${s.id} ${measure}`).toBeLessThanOrEqual(
          tolerance,
        );
      }
    }
  });

  it('the lines behind every cell add up to it exactly', async () => {
    for (const groupBy of GROUPINGS) {
      const { body: ledger } = await getJson(
        t.app,
        `${base}/benefits?asOf=${asOf}&groupBy=${groupBy}`,
      );
      for (const row of ledger.rows) {
        for (const measure of MEASURES) {
          if (groupBy === 'cashable' && measure === 'realisedCashableToDate') continue;
          const url = `${base}/benefits/lines?asOf=${asOf}&measure=${measure}&${FILTER_FOR[groupBy]}=${row.key}`;
          const { status, body: lines } = await getJson(t.app, url);
          expect(status, url).toBe(200);
          expect(lines.total, url).toBe(row[measure]);
          const sum = lines.lines.reduce(
            (s: number, l: { amount: number }) => s + pence(l.amount),
            0,
          );
          expect(sum, url).toBe(pence(lines.total));
          for (const l of lines.lines)
            expect(Number.isInteger(Math.round(l.amount * 100))).toBe(true);
        }
      }
    }
  }, 120_000);

  it('returns, equity and the reinvestment pot agree with the ledger and the summary', async () => {
    const [{ body: ledger }, { body: returns }, { body: equity }, { body: pot }, { body: costs }] =
      await Promise.all([
        getJson(t.app, `${base}/benefits?asOf=${asOf}&groupBy=strand`),
        getJson(t.app, `${base}/returns?asOf=${asOf}`),
        getJson(t.app, `${base}/equity?asOf=${asOf}`),
        getJson(t.app, `${base}/reinvestment?asOf=${asOf}`),
        getJson(t.app, `${base}/costs/lines?asOf=${asOf}`),
      ]);
    const rd = returns.programme.realisedToDate;
    // Costs to date: the summary's figure everywhere.
    expect(rd.cost).toBe(summary.totals.costToDate);
    expect(equity.totals.costToDate).toBe(summary.totals.costToDate);
    expect(costs.total).toBe(summary.totals.costToDate);
    // Benefits: the ledger's total row.
    expect(rd.benefit).toBe(ledger.total.realisedBenefitToDate);
    expect(returns.programme.businessCase.benefit).toBe(ledger.total.forecastBenefitWholeCase);
    expect(equity.totals.realisedBenefitToDate).toBe(ledger.total.realisedBenefitToDate);
    expect(equity.totals.realisedCashableToDate).toBe(ledger.total.realisedCashableToDate);
    expect(equity.totals.forecastBenefitWholeCase).toBe(ledger.total.forecastBenefitWholeCase);
    expect(pot.totalRealisedCashable).toBe(ledger.total.realisedCashableToDate);
    // Net to date: realised − costs, the summary's net within the realised tolerance.
    expect(pence(rd.net)).toBe(pence(rd.benefit) - pence(rd.cost));
    const tol = ledger.reconciliation.find(
      (r: { measure: string }) => r.measure === 'realisedBenefitToDate',
    );
    expect(Math.abs(rd.net - summary.totals.netBenefitToDate)).toBeLessThanOrEqual(tol.tolerance);
    // Strands' returns add up to the programme's (every cost row belongs to a strand here).
    for (const key of ['cost', 'benefit'] as const) {
      const strands = returns.strands.reduce(
        (s: number, b: { businessCase: Record<string, number> }) => s + pence(b.businessCase[key]!),
        0,
      );
      expect(strands, key).toBe(pence(returns.programme.businessCase[key]));
    }
    // Partner shares add up to one, and the gaps balance.
    const shares = (k: string) =>
      equity.partners.reduce((s: number, p: Record<string, number | null>) => s + (p[k] ?? 0), 0);
    if (equity.totals.costToDate > 0 && equity.totals.realisedBenefitToDate !== 0) {
      expect(shares('costShareToDate')).toBeCloseTo(1, 9);
      expect(shares('benefitShareToDate')).toBeCloseTo(1, 9);
      expect(shares('gapToDate')).toBeCloseTo(0, 9);
    }
    // The pot: each year's realised cashable is the ledger's financial-year cell.
    const { body: byYear } = await getJson(
      t.app,
      `${base}/benefits?asOf=${asOf}&groupBy=financialYear`,
    );
    for (const y of pot.years) {
      const row = byYear.rows.find((r: { key: string }) => r.key === y.financialYear);
      expect(y.realisedCashable, y.financialYear).toBe(row.realisedCashableToDate);
    }
  });
});
