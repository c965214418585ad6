// The board pack's opening summary (narrative, gap, bridge), its meeting-date controls and its
// missing-returns annex, in a real Chromium at 1366×900 and 390×844, against the API's figures;
// then the printed PDF: no near-empty page, and images of its pages for people to look at.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { formatGbp } from '@outcomes/core';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, launchBrowser } from './support/browser.js';
import { loginAs } from './support/login.js';
import { pdfInfo } from './support/pdf.js';
import { repoRoot, startServer, type RunningServer } from './support/server.js';

const PROGRAMME = 'west-cheshire';
const AS_OF = '2017-03-31';
const SINCE = '2017-01-31';
const PACK = `/programmes/${PROGRAMME}/board-pack?asOf=${AS_OF}&since=${SINCE}`;
const SCREENSHOTS = join(repoRoot, 'tests/e2e/screenshots');

const VIEWPORTS = [
  { name: 'laptop', width: 1366, height: 900 },
  { name: 'phone', width: 390, height: 844 },
] as const;

let server: RunningServer;
let browser: Browser;
let dir: string;

beforeAll(async () => {
  mkdirSync(SCREENSHOTS, { recursive: true });
  dir = mkdtempSync(join(tmpdir(), 'outcomes-pack-summary-'));
  server = await startServer();
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

async function api<T = any>(page: Page, path: string): Promise<T> {
  const res = await page.request.get(`${server.baseUrl}${path}`);
  expect(res.status(), path).toBe(200);
  return (await res.json()) as T;
}

async function openPack(page: Page, url: string): Promise<void> {
  await page.goto(`${server.baseUrl}${url}`);
  await page.locator('[data-board-pack-ready="true"]').waitFor({ timeout: 60_000 });
}

const signedPence = (value: number): string =>
  value > 0
    ? `+${formatGbp(value, { pence: true })}`
    : value < 0
      ? `\u2212\u2060${formatGbp(-value, { pence: true })}`
      : formatGbp(0, { pence: true });

for (const viewport of VIEWPORTS) {
  describe(`board pack summary at ${viewport.width}×${viewport.height}`, () => {
    let page: Page;
    beforeAll(async () => {
      const context = await browser.newContext({
        viewport: { width: viewport.width, height: viewport.height },
      });
      page = await context.newPage();
      await loginAs(page, server.baseUrl, 'board');
    });

    it('opens with the API narrative, the gap and the bridge, to the penny', async () => {
      await openPack(page, PACK);
      const narrative = await api(
        page,
        `/api/programmes/${PROGRAMME}/board-narrative?asOf=${AS_OF}&since=${SINCE}`,
      );
      const variance = await api(page, `/api/programmes/${PROGRAMME}/variance?asOf=${AS_OF}`);
      expect(await page.getByTestId('pack-narrative').locator('li').allTextContents()).toEqual(
        narrative.sentences,
      );
      expect(narrative.sentences.join(' ')).toMatch(/behind forecast/);
      expect(await page.getByTestId('headline-gap').getAttribute('data-value')).toBe(
        String(variance.money.gap),
      );
      const rows = page.getByTestId('pack-bridge-steps').locator('tbody tr');
      expect(await rows.count()).toBe(variance.bars.length);
      for (const bar of variance.bars) {
        const row = page.getByTestId('pack-bridge-steps').locator(`tr[data-row-key="${bar.key}"]`);
        const text = (await row.textContent()) ?? '';
        expect(text, bar.key).toContain(bar.label);
        expect(text, bar.key).toContain(
          bar.kind === 'total' ? formatGbp(bar.value, { pence: true }) : signedPence(bar.value),
        );
      }
      await page.locator('[data-testid="pack-bridge"] svg.recharts-surface').waitFor();
      // Every strand page carries its gap, as the bridge's row for it.
      for (const row of variance.rows) {
        expect(await page.getByTestId(`pack-strand-gap-${row.id}`).getAttribute('data-value')).toBe(
          String(row.money.gap),
        );
      }
    });

    it('lists every overdue return in the annex, none left out', async () => {
      const due = await api(page, `/api/programmes/${PROGRAMME}/returns-due?asOf=${AS_OF}`);
      const keys: string[] = due.partners.flatMap(
        (p: { overdue: { metricId: string; periodStart: string }[] }) =>
          p.overdue.map((r) => `${r.metricId}-${r.periodStart}`),
      );
      expect(keys.length).toBeGreaterThan(0);
      const annex = page.getByTestId('pack-missing-returns');
      const shown = await annex
        .locator('tbody tr')
        .evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-row-key')));
      expect(shown.sort()).toEqual([...keys].sort());
      expect(await page.getByText(/and \d+ more/).count()).toBe(0);
      expect(await page.getByTestId('headline-overdueReturns').getAttribute('data-value')).toBe(
        String(keys.length),
      );
    });

    it('is axe clean, and a screenshot is written', { timeout: 180_000 }, async () => {
      expect(await axeViolations(page)).toEqual([]);
      await page.getByTestId('summary').screenshot({
        path: join(SCREENSHOTS, `board-pack-summary-${viewport.name}.png`),
      });
      await page.screenshot({
        path: join(SCREENSHOTS, `board-pack-${viewport.name}.png`),
        fullPage: true,
      });
    });

    it(
      'moves to the meeting and previous meeting typed in, and says what is wrong in words',
      {
        timeout: 180_000,
      },
      async () => {
        await openPack(page, PACK);
        const form = page.getByTestId('pack-dates-form');
        await form.getByTestId('meeting-month').fill('13');
        await form.getByTestId('pack-dates-apply').click();
        await expect(page.getByTestId('meeting-error').textContent()).resolves.toContain(
          'The meeting date must be a real date',
        );
        expect(new URL(page.url()).searchParams.get('asOf')).toBe(AS_OF);
        expect(await axeViolations(page)).toEqual([]);

        await form.getByTestId('meeting-month').fill('1');
        await form.getByTestId('meeting-day').fill('31');
        await form.getByTestId('previous-year').fill('2018');
        await form.getByTestId('pack-dates-apply').click();
        await expect(page.getByTestId('previous-error').textContent()).resolves.toContain(
          'must be the same as or before the meeting date',
        );

        await form.getByTestId('previous-day').fill('30');
        await form.getByTestId('previous-month').fill('11');
        await form.getByTestId('previous-year').fill('2016');
        await form.getByTestId('pack-dates-apply').click();
        await page.waitForURL((url) => url.searchParams.get('asOf') === '2017-01-31');
        expect(new URL(page.url()).searchParams.get('since')).toBe('2016-11-30');
        await page.locator('[data-board-pack-ready="true"]').waitFor({ timeout: 60_000 });
        await page.locator('[data-testid="pack-meeting-date"][data-value="2017-01-31"]').waitFor();
        expect(await page.getByTestId('pack-since').getAttribute('data-value')).toBe('2016-11-30');
        const narrative = await api(
          page,
          `/api/programmes/${PROGRAMME}/board-narrative?asOf=2017-01-31&since=2016-11-30`,
        );
        expect(await page.getByTestId('pack-narrative').locator('li').allTextContents()).toEqual(
          narrative.sentences,
        );
      },
    );
  });
}

describe('the missing-returns annex with many figures owed', () => {
  it(
    'lists every one the API reports at the default date (today)',
    { timeout: 180_000 },
    async () => {
      const context = await browser.newContext({ viewport: { width: 1366, height: 900 } });
      const page = await context.newPage();
      await loginAs(page, server.baseUrl, 'board');
      await openPack(page, `/programmes/${PROGRAMME}/board-pack`);
      const asOf = await page.getByTestId('pack-meeting-date').getAttribute('data-value');
      const due = await api(page, `/api/programmes/${PROGRAMME}/returns-due?asOf=${asOf}`);
      const keys: string[] = due.partners.flatMap(
        (p: { overdue: { metricId: string; periodStart: string }[] }) =>
          p.overdue.map((r) => `${r.metricId}-${r.periodStart}`),
      );
      // The pack cut this list at 12 with "and 50 more".
      expect(keys.length).toBeGreaterThan(62);
      const shown = await page
        .getByTestId('pack-missing-returns')
        .locator('tbody tr')
        .evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-row-key')));
      expect(shown.sort()).toEqual([...keys].sort());
      console.info(`missing-returns annex at ${asOf}: ${shown.length} rows`);
      await context.close();
    },
  );
});

describe('the printed board pack', () => {
  it('has no near-empty page; its pages are written as images', { timeout: 240_000 }, async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await loginAs(page, server.baseUrl, 'board');
    const res = await page.request.get(
      `${server.baseUrl}/api/programmes/${PROGRAMME}/board-pack.pdf?asOf=${AS_OF}&since=${SINCE}`,
      { timeout: 200_000 },
    );
    expect(res.status()).toBe(200);
    const file = join(dir, 'pack.pdf');
    writeFileSync(file, await res.body());
    const pages = Number(pdfInfo(file)['Pages']);
    const lengths: number[] = [];
    for (let n = 1; n <= pages; n += 1) {
      const text = execFileSync('pdftotext', ['-f', String(n), '-l', String(n), file, '-'], {
        encoding: 'utf8',
      });
      // The footer alone is about 45 characters.
      lengths.push(text.replace(/\s+/g, ' ').trim().length);
    }
    // The bridge is drawn, not still loading, when the page is printed.
    const summaryPage = execFileSync('pdftotext', ['-f', '2', '-l', '2', file, '-'], {
      encoding: 'utf8',
    });
    expect(summaryPage).toContain('Bridge from forecast to realised benefit');
    expect(summaryPage).not.toContain('Loading chart');
    expect(summaryPage).toContain('Volume: Ageing Well');
    execFileSync('pdftoppm', ['-png', '-r', '50', file, join(SCREENSHOTS, 'board-pack-pdf')]);
    console.info(`board pack: ${pages} pages, characters per page: ${lengths.join(', ')}`);
    for (const [i, length] of lengths.entries()) {
      expect(length, `page ${i + 1} of ${pages}`).toBeGreaterThan(300);
    }
    await context.close();
  });
});
