// The board pack in a real Chromium: the page's headline figures against the API's, axe, and the
// PDF the API prints from it (text, tagging, outline, footer), read with poppler's tools.
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { formatGbp } from '@outcomes/core';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, launchBrowser } from './support/browser.js';
import { loginAs } from './support/login.js';
import { pdfInfo, pdfOutlineTitles, pdfText } from './support/pdf.js';
import { startServer, type RunningServer } from './support/server.js';

const PROGRAMME = 'west-cheshire';
const AS_OF = '2017-03-31';
const SINCE = '2017-01-31';
const PACK = `/programmes/${PROGRAMME}/board-pack?asOf=${AS_OF}&since=${SINCE}`;
const PDF = `/api/programmes/${PROGRAMME}/board-pack.pdf?asOf=${AS_OF}&since=${SINCE}`;

let server: RunningServer;
let browser: Browser;
let page: Page;
let dir: string;

async function api<T = any>(path: string): Promise<T> {
  const res = await page.request.get(`${server.baseUrl}${path}`);
  expect(res.status(), path).toBe(200);
  return (await res.json()) as T;
}

async function figure(testId: string): Promise<{ text: string; value: string }> {
  const el = page.getByTestId(testId);
  return {
    text: ((await el.textContent()) ?? '').trim(),
    value: (await el.getAttribute('data-value')) ?? '',
  };
}

async function downloadPdf(): Promise<{ file: string; bytes: Buffer; ms: number }> {
  const started = performance.now();
  const res = await page.request.get(`${server.baseUrl}${PDF}`, { timeout: 120_000 });
  const ms = performance.now() - started;
  expect(res.status(), await res.text().catch(() => '')).toBe(200);
  expect(res.headers()['content-type']).toBe('application/pdf');
  const bytes = await res.body();
  const file = join(dir, `pack-${Date.now()}.pdf`);
  writeFileSync(file, bytes);
  return { file, bytes, ms };
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'outcomes-board-pack-'));
  server = await startServer();
  browser = await launchBrowser();
  page = await (await browser.newContext()).newPage();
  await loginAs(page, server.baseUrl, 'board');
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('board pack page', () => {
  it('puts the API ledger, equity and reinvestment figures in the finance annex', async () => {
    await page.goto(`${server.baseUrl}${PACK}`);
    await page.locator('[data-board-pack-ready="true"]').waitFor();
    const ledger = await api(`/api/programmes/${PROGRAMME}/benefits?asOf=${AS_OF}&groupBy=partner`);
    const equity = await api(`/api/programmes/${PROGRAMME}/equity?asOf=${AS_OF}`);
    const pot = await api(`/api/programmes/${PROGRAMME}/reinvestment?asOf=${AS_OF}`);

    const ledgerRows = page.getByTestId('pack-ledger').locator('tbody tr');
    expect(await ledgerRows.count()).toBe(ledger.rows.length + 1); // partners and the total
    const ledgerTotal = ((await ledgerRows.last().textContent()) ?? '').trim();
    expect(ledgerTotal).toContain('Total');
    expect(ledgerTotal).toContain(formatGbp(ledger.total.realisedBenefitToDate));

    const equityRows = page.getByTestId('pack-equity').locator('tbody tr');
    expect(await equityRows.count()).toBe(equity.partners.length);
    const first = equity.partners[0];
    const firstRow = (await equityRows.first().textContent()) ?? '';
    expect(firstRow).toContain(first.name);
    expect(firstRow).toContain(formatGbp(first.costToDate));

    const potRows = page.getByTestId('pack-reinvestment').locator('tbody tr');
    expect(await potRows.count()).toBe(pot.years.length + 1);
    expect(await potRows.last().textContent()).toContain(formatGbp(pot.totalPot));
    // Each table names its rows with a row header, for screen readers and print.
    expect(await page.getByTestId('pack-equity').locator('tbody th[scope="row"]').count()).toBe(
      equity.partners.length,
    );
  });

  it('lists in the exceptions every partner with overdue returns, as the API gives them', async () => {
    await page.goto(`${server.baseUrl}${PACK}`);
    await page.locator('[data-board-pack-ready="true"]').waitFor();
    const due = await api<{
      partners: { partnerName: string; overdue: { metricName: string; periodLabel: string }[] }[];
    }>(`/api/programmes/${PROGRAMME}/returns-due?asOf=${AS_OF}`);
    const late = due.partners.filter((p) => p.overdue.length > 0);
    expect(late.length).toBeGreaterThan(0); // the demonstration has missing returns
    const table = page.getByTestId('pack-overdue');
    const names = await table.locator('tbody th[scope="row"]').allTextContents();
    expect(names.map((n) => n.trim())).toEqual(late.map((p) => p.partnerName));
    const firstRow = (await table.locator('tbody tr').first().textContent()) ?? '';
    expect(firstRow).toContain(String(late[0]!.overdue.length));
    expect(firstRow).toContain(
      `${late[0]!.overdue[0]!.metricName}: ${late[0]!.overdue[0]!.periodLabel}`,
    );
  });

  it('shows the headline figures the API gives', async () => {
    await page.goto(`${server.baseUrl}${PACK}`);
    await page.locator('[data-board-pack-ready="true"]').waitFor();
    const summary = await api(`/api/programmes/${PROGRAMME}/summary?asOf=${AS_OF}`);
    const pot = await api(`/api/programmes/${PROGRAMME}/reinvestment?asOf=${AS_OF}`);

    for (const key of [
      'realisedBenefitToDate',
      'forecastBenefitToDate',
      'costToDate',
      'netBenefitToDate',
    ] as const) {
      const shown = await figure(`headline-${key}`);
      expect(Number(shown.value), key).toBe(summary.totals[key]);
      expect(shown.text, key).toContain(formatGbp(summary.totals[key]));
    }
    expect((await figure('headline-achievement')).value).toBe(String(summary.totals.achievement));
    expect((await figure('headline-rag')).value).toBe(summary.totals.rag);
    const shownPot = await figure('headline-reinvestmentPot');
    expect(Number(shownPot.value)).toBe(pot.totalPot);
    expect(shownPot.text).toContain(formatGbp(pot.totalPot));
    expect((await figure('pack-meeting-date')).value).toBe(AS_OF);
    expect((await figure('pack-since')).value).toBe(SINCE);
    // The cover names the business-case version the pack is judged against, as the API says.
    const against = await figure('pack-business-case');
    expect(against.value).toBe(String(summary.businessCase!.version));
    expect(against.text).toContain(summary.businessCase!.name);

    for (const strand of summary.strands) {
      const row = page.getByTestId(`pack-strand-row-${strand.id}`);
      await expect(row.textContent()).resolves.toContain(strand.name);
      expect(await row.locator('[data-column="rag"]').getAttribute('data-value')).toBe(strand.rag);
      expect(
        Number(
          await row.locator('[data-column="realisedBenefitToDate"]').getAttribute('data-value'),
        ),
      ).toBe(strand.realisedBenefitToDate);
      // One section per strand, its h2 the strand's name.
      await expect(
        page.getByTestId(`pack-strand-${strand.id}`).locator('h2').textContent(),
      ).resolves.toBe(strand.name);
      expect(Number((await figure(`pack-strand-realised-${strand.id}`)).value), strand.id).toBe(
        strand.realisedBenefitToDate,
      );
    }
  });

  it('shows each strand its metrics with the board summary RAG', async () => {
    const board = await api(`/api/programmes/${PROGRAMME}/metrics?asOf=${AS_OF}`);
    for (const metric of board.metrics) {
      const row = page.getByTestId(`pack-metric-row-${metric.id}`);
      expect(await row.locator('[data-column="rag"]').getAttribute('data-value'), metric.id).toBe(
        metric.rag,
      );
    }
  });

  it('says the figures are illustrative on the cover', async () => {
    await expect(page.getByTestId('pack-illustrative').textContent()).resolves.toMatch(
      /illustrative/i,
    );
  });

  it('has no axe violations', async () => {
    expect(await axeViolations(page)).toEqual([]);
  });

  it('links to the PDF for the same meeting', async () => {
    const href = await page.getByTestId('board-pack-pdf').getAttribute('href');
    expect(href).toBe(PDF);
  });
});

describe('board pack PDF', () => {
  it(
    'holds every strand and the headline realised benefit as shown, tagged, with an outline',
    { timeout: 180_000 },
    async () => {
      await page.goto(`${server.baseUrl}${PACK}`);
      await page.locator('[data-board-pack-ready="true"]').waitFor();
      const shownRealised = (await figure('headline-realisedBenefitToDate')).text;
      const summary = await api(`/api/programmes/${PROGRAMME}/summary?asOf=${AS_OF}`);
      // The card shows the figure, then its one-line explanation.
      const realisedText = formatGbp(summary.totals.realisedBenefitToDate);
      expect(shownRealised.startsWith(realisedText)).toBe(true);

      const { file, bytes } = await downloadPdf();
      // BOARD_PACK_KEEP=path keeps a copy of the demonstration pack to look at.
      const keep = process.env['BOARD_PACK_KEEP'];
      if (keep) copyFileSync(file, keep);
      const text = pdfText(file).replace(/\s+/g, ' ');
      for (const strand of summary.strands) expect(text, strand.name).toContain(strand.name);
      expect(text).toContain(realisedText);
      expect(text).toMatch(/illustrative/i);

      const info = pdfInfo(file);
      expect(info['Tagged']).toBe('yes');
      const pages = Number(info['Pages']);
      // Cover, summary, a page or more per strand, exceptions, two annexes.
      expect(pages).toBeGreaterThanOrEqual(summary.strands.length + 5);
      expect(text).toContain(`Board pack, meeting 31 March 2017 — page 1 of ${pages}`);

      const titles = pdfOutlineTitles(bytes);
      for (const strand of summary.strands) {
        expect(
          titles.filter((t) => t === strand.name),
          strand.name,
        ).toHaveLength(1);
      }
      for (const section of ['Summary', 'Exceptions', 'Finance annex', 'Data annex']) {
        expect(titles, section).toContain(section);
      }
      console.info(`board pack: ${pages} pages, outline: ${titles.join(' | ')}`);
    },
  );
});
