// The section 151 officer's path through the finance view in a real Chromium: from the header to
// the ledger, a realised-benefit figure followed to its lines (which add up to it), an Excel
// download read back with exceljs and checked against the API, a scenario with its error
// summary, and axe on every finance page.
import { readFileSync } from 'node:fs';
import { formatGbp } from '@outcomes/core';
import ExcelJS from 'exceljs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, launchBrowser } from './support/browser.js';
import { loginRequest } from './support/login.js';
import { startServer, type RunningServer } from './support/server.js';

const PROGRAMME = 'west-cheshire';
const AS_OF = '2016-03-31';
const STRAND = 'safer-communities';

let server: RunningServer;
let browser: Browser;
let page: Page;

const financeUrl = (path = '') =>
  `${server.baseUrl}/programmes/${PROGRAMME}/finance${path}${path.includes('?') ? '&' : '?'}asOf=${AS_OF}`;

async function api<T = any>(path: string): Promise<T> {
  const res = await page.request.get(`${server.baseUrl}${path}`);
  expect(res.status(), path).toBe(200);
  return (await res.json()) as T;
}

async function expectNoAxeViolations(): Promise<void> {
  expect(await axeViolations(page)).toEqual([]);
}

const pence = (pounds: number) => Math.round(pounds * 100);

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
  const context = await browser.newContext({ acceptDownloads: true });
  // Signed in as the demonstration finance officer; the session cookie belongs to the context.
  await loginRequest(context.request, server.baseUrl, 'finance');
  page = await context.newPage();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('the benefits ledger', () => {
  it('is one click from the programme header, and shows the API’s figures', async () => {
    await page.goto(`${server.baseUrl}/programmes/${PROGRAMME}?asOf=${AS_OF}`);
    await page.getByTestId('header-finance').click();
    await page.getByTestId('ledger-figure').waitFor();
    expect(new URL(page.url()).searchParams.get('asOf')).toBe(AS_OF);

    const ledger = await api(`/api/programmes/${PROGRAMME}/benefits?asOf=${AS_OF}&groupBy=strand`);
    for (const row of ledger.rows) {
      const link = page.getByTestId(`ledger-${row.key}-realisedBenefitToDate`);
      expect(Number(await link.getAttribute('data-value')), row.key).toBe(
        row.realisedBenefitToDate,
      );
      expect(await link.textContent(), row.key).toContain(formatGbp(row.realisedBenefitToDate));
    }
    const total = page.getByTestId('ledger-total-realisedBenefitToDate');
    expect(Number(await total.getAttribute('data-value'))).toBe(ledger.total.realisedBenefitToDate);
    await expectNoAxeViolations();
  });

  it('groups by partner when asked, keeping the date', async () => {
    await page.getByTestId('group-by-partner').click();
    await page.getByTestId('ledger-row-cheshire-constabulary').waitFor();
    expect(new URL(page.url()).searchParams.get('groupBy')).toBe('partner');
    expect(new URL(page.url()).searchParams.get('asOf')).toBe(AS_OF);
    await expectNoAxeViolations();
  });
});

describe('show your working', () => {
  it('follows a realised-benefit figure to its lines, which add up to it to the penny', async () => {
    await page.goto(financeUrl());
    const cell = page.getByTestId(`ledger-${STRAND}-realisedBenefitToDate`);
    await cell.waitFor();
    const figure = Number(await cell.getAttribute('data-value'));
    expect(figure).toBeGreaterThan(0);

    await cell.click();
    await page.getByTestId('lines-total').waitFor();
    const url = new URL(page.url());
    expect(url.pathname).toBe(`/programmes/${PROGRAMME}/finance/lines`);
    expect(url.searchParams.get('measure')).toBe('realisedBenefitToDate');
    expect(url.searchParams.get('strand')).toBe(STRAND);
    expect(url.searchParams.get('asOf')).toBe(AS_OF);

    // The lines page's total is the figure followed, and its lines add up to it exactly.
    expect(Number(await page.getByTestId('lines-total').getAttribute('data-value'))).toBe(figure);
    // A long list shows its first lines; every line is one click away.
    const showAll = page.getByTestId('table-show-all');
    if ((await showAll.count()) > 0) await showAll.click();
    const amounts = await page
      .locator('[data-testid^="line-"] [data-column="amount"]')
      .evaluateAll((cells) => cells.map((c) => Number(c.getAttribute('data-value'))));
    expect(amounts.length).toBe(
      Number(await page.getByTestId('lines-count').getAttribute('data-value')),
    );
    // The lines are shown to the penny; where they do not add to the total worked at full
    // precision, the page states the rounding, and lines + rounding = total exactly.
    const rounding = page.getByTestId('lines-rounding');
    const roundingPence =
      (await rounding.count()) > 0 ? pence(Number(await rounding.getAttribute('data-value'))) : 0;
    expect(amounts.reduce((s, a) => s + pence(a), 0) + roundingPence).toBe(pence(figure));

    // Every factor is on the line: check one against the API's line.
    const lines = await api(
      `/api/programmes/${PROGRAMME}/benefits/lines?asOf=${AS_OF}&strand=${STRAND}&measure=realisedBenefitToDate`,
    );
    const first = lines.lines[0];
    const row = page.getByTestId(`line-${first.metricId}-${first.periodStart}-${first.partnerId}`);
    for (const key of [
      'counterfactual',
      'value',
      'improvement',
      'attribution',
      'unitCostAsPriced',
      'deflatorFactor',
      'upratedUnitCost',
      'optimismBias',
      'periodLengthFactor',
      'bearerShare',
      'cashableShare',
      'amount',
    ]) {
      const shown = await row.locator(`[data-column="${key}"]`).getAttribute('data-value');
      expect(Number(shown), key).toBe(first[key]);
    }
    await expectNoAxeViolations();
  });

  it('follows a cost figure to its cost rows', async () => {
    await page.goto(financeUrl('/equity'));
    const cost = page.getByTestId('equity-cheshire-constabulary-costToDate');
    await cost.waitFor();
    const figure = Number(await cost.getAttribute('data-value'));
    await cost.click();
    await page.getByTestId('cost-lines-total').waitFor();
    expect(Number(await page.getByTestId('cost-lines-total').getAttribute('data-value'))).toBe(
      figure,
    );
    await expectNoAxeViolations();
  });
});

describe('exports', () => {
  it('downloads the partner equity workbook, which opens and holds the same numbers', async () => {
    await page.goto(financeUrl('/equity'));
    const link = page.getByTestId('equity-export-xlsx');
    await link.waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
    expect(download.suggestedFilename()).toBe(`${PROGRAMME}-partner-equity-${AS_OF}.xlsx`);
    const path = await download.path();

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(
      readFileSync(path) as unknown as Parameters<typeof workbook.xlsx.load>[0],
    );
    const sheet = workbook.worksheets[0]!;
    expect(String(sheet.getCell('A1').value)).toContain('Altogether Better');
    expect([sheet.getCell('A2').value, sheet.getCell('B2').value]).toEqual([
      'Programme',
      PROGRAMME,
    ]);
    expect([sheet.getCell('A3').value, sheet.getCell('B3').value]).toEqual(['As of', AS_OF]);

    let header = 0;
    sheet.eachRow((row, n) => {
      if (row.getCell(1).value === 'Partner id') header = n;
    });
    expect(header).toBeGreaterThan(0);
    const columns = (sheet.getRow(header).values as unknown[]).slice(1);
    const col = (name: string) => columns.indexOf(name) + 1;

    const equity = await api(`/api/programmes/${PROGRAMME}/equity?asOf=${AS_OF}`);
    equity.partners.forEach((p: Record<string, number | string | null>, i: number) => {
      const row = sheet.getRow(header + 1 + i);
      expect(row.getCell(1).value).toBe(p.partnerId);
      for (const [name, key] of [
        ['Cost to date (£)', 'costToDate'],
        ['Realised benefit to date (£)', 'realisedBenefitToDate'],
        ['of which cashable (£)', 'realisedCashableToDate'],
        ['Share of costs to date', 'costShareToDate'],
        ['Share of benefits to date', 'benefitShareToDate'],
        ['Gap to date', 'gapToDate'],
      ] as const) {
        const cell = row.getCell(col(name));
        // Typed cells: numbers (blank where the API has null), exactly the API's.
        expect(cell.value ?? null, `${p.partnerId} ${name}`).toBe(p[key]);
      }
      expect(row.getCell(col('Cost to date (£)')).numFmt).toContain('£#,##0.00');
    });
    const totalRow = sheet.getRow(header + 1 + equity.partners.length);
    expect(totalRow.getCell(1).value).toBe('total');
    expect(totalRow.getCell(col('Realised benefit to date (£)')).value).toBe(
      equity.totals.realisedBenefitToDate,
    );
  });
});

describe('with persistence', () => {
  it('shows the API’s figures within and after the programme in a table', async () => {
    await page.goto(financeUrl('/returns'));
    const section = page.getByTestId('persistence');
    await section.waitFor();
    const returns = await api(`/api/programmes/${PROGRAMME}/returns?asOf=${AS_OF}`);
    const p = returns.persistence.programme;
    // The demonstration pack has no profile: the figures are the business case's own.
    expect(returns.persistence.metrics).toEqual([]);
    await section.getByTestId('persistence-none').waitFor();
    expect(p.netPresentValue).toBe(returns.programme.businessCase.netPresentValue);
    const total = page.getByTestId('persistence-row-programme');
    expect(
      Number(await total.locator('[data-column="withinProgramme"]').getAttribute('data-value')),
    ).toBe(p.withinProgramme);
    expect(
      Number(await total.locator('[data-column="afterProgramme"]').getAttribute('data-value')),
    ).toBe(p.afterProgramme);
    expect(await page.getByTestId('persistence-npv').textContent()).toContain(
      formatGbp(p.netPresentValue),
    );
    // A data table with a caption and column and row headers.
    const table = section.locator('table').first();
    expect(await table.locator('caption').textContent()).toContain('With persistence');
    expect(await table.locator('th[scope="row"]').count()).toBe(1);
    await expectNoAxeViolations();
  });
});

describe('every finance page', () => {
  it.each([
    ['/returns', 'returns-figure'],
    [`/returns/2014-15`, 'returns-year'],
    ['/equity', 'equity-figure'],
    ['/reinvestment', 'pot-figure'],
    ['/unit-costs', 'unit-cost-ucd-cr2-domestic-abuse-incident'],
    ['?groupBy=cashable', 'ledger-row-non-cashable'],
    ['/lines?measure=forecastBenefitWholeCase&partner=criminal-justice-system', 'lines-total'],
    ['/cost-lines?measure=forecastCost&financialYear=2014-15', 'cost-lines-total'],
  ])('%s passes axe', async (path, ready) => {
    await page.goto(financeUrl(path));
    await page.getByTestId(ready).waitFor();
    // Charts load on demand: wait for any to draw before checking.
    await page.waitForFunction(() => !document.querySelector('.app-chart__loading'));
    await expectNoAxeViolations();
  });
});

describe('scenarios', () => {
  it('shows base and scenario side by side', async () => {
    await page.goto(financeUrl('/scenarios'));
    await page.getByTestId('scenario-form').waitFor();
    await page.getByTestId('scenario-all').fill('-10');
    await page.getByTestId('scenario-submit').click();
    await page.getByTestId('scenario-results').waitFor();

    const realised = page.getByTestId('scenario-figure-realisedBenefitToDate');
    const base = Number(await realised.locator('[data-column="base"]').getAttribute('data-value'));
    const scenario = Number(
      await realised.locator('[data-column="scenario"]').getAttribute('data-value'),
    );
    const ledger = await api(`/api/programmes/${PROGRAMME}/benefits?asOf=${AS_OF}`);
    expect(base).toBe(ledger.total.realisedBenefitToDate);
    // Every unit cost 10% lower: every benefit 10% lower, within the pennies of line rounding.
    expect(Math.abs(scenario - base * 0.9)).toBeLessThan(1);
    await expectNoAxeViolations();
  });

  it('moves drop-off and persistence, and says when persistence is not a whole number', async () => {
    await page.goto(financeUrl('/scenarios'));
    await page.getByTestId('scenario-form').waitFor();
    await page.getByTestId('scenario-drop-off').fill('10');
    await page.getByTestId('scenario-submit').click();
    await page.getByTestId('scenario-results').waitFor();
    // No profile in the demonstration pack: the NPV with persistence does not move.
    const npv = page.getByTestId('scenario-figure-persistenceNetPresentValue');
    expect(await npv.locator('[data-column="change"]').getAttribute('data-value')).toBe('0');
    await page.getByTestId('scenario-persistence-years').fill('1.5');
    await page.getByTestId('scenario-submit').click();
    const summary = page.getByTestId('scenario-errors');
    await summary.waitFor();
    expect(await summary.getByRole('link').getAttribute('href')).toBe(
      '#scenario-persistence-years',
    );
    await expectNoAxeViolations();
    // The next test goes on with this form: leave the two boxes as they were.
    await page.getByTestId('scenario-persistence-years').fill('');
    await page.getByTestId('scenario-drop-off').fill('');
  });

  it('names the field at fault in a GOV.UK error summary', async () => {
    await page.getByTestId('scenario-discount-rate').fill('150');
    await page.getByTestId('scenario-submit').click();
    const summary = page.getByTestId('scenario-errors');
    await summary.waitFor();
    const link = summary.getByRole('link');
    expect(await link.textContent()).toContain('less than 1');
    expect(await link.getAttribute('href')).toBe('#scenario-discount-rate');
    await expect(page.locator('#scenario-discount-rate-error').textContent()).resolves.toContain(
      'less than 1',
    );
    // Not a number at all: caught before it is sent.
    await page.getByTestId('scenario-discount-rate').fill('three');
    await page.getByTestId('scenario-submit').click();
    await expect(summary.textContent()).resolves.toContain('Enter the discount rate as a number');
    await expectNoAxeViolations();
  });
});
