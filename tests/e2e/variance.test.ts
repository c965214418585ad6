// The variance view in a real Chromium at a laptop (1366×900) and a phone (390×844): the gap to
// forecast and the bridge on the overview and a strand page, their figures equal to the API's,
// no page-level sideways scroll, axe clean; a screenshot of each page for people to look at.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, launchBrowser } from './support/browser.js';
import { loginAs } from './support/login.js';
import { repoRoot, startServer, type RunningServer } from './support/server.js';

const PROGRAMME = 'west-cheshire';
const AS_OF = '2017-03-31';
const STRAND = 'ageing-well';
export const SCREENSHOTS = join(repoRoot, 'tests/e2e/screenshots');

const VIEWPORTS = [
  { name: 'laptop', width: 1366, height: 900 },
  { name: 'phone', width: 390, height: 844 },
] as const;

let server: RunningServer;
let browser: Browser;

beforeAll(async () => {
  mkdirSync(SCREENSHOTS, { recursive: true });
  server = await startServer();
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

interface Bar {
  key: string;
  value: number;
  to: number;
}

async function api<T = any>(page: Page, path: string): Promise<T> {
  const res = await page.request.get(`${server.baseUrl}${path}`);
  expect(res.status(), path).toBe(200);
  return (await res.json()) as T;
}

/** Every bar of the bridge's table against the API's bars, by their exact data-value. */
async function expectBarsEqual(page: Page, testId: string, bars: readonly Bar[]): Promise<void> {
  const rows = page.getByTestId(testId).locator('tbody tr[data-testid^="' + testId + '-bar-"]');
  expect(await rows.count()).toBe(bars.length);
  for (const bar of bars) {
    const row = page.getByTestId(`${testId}-bar-${bar.key}`);
    expect(await row.locator('[data-column="value"]').getAttribute('data-value')).toBe(
      String(bar.value),
    );
    expect(await row.locator('[data-column="to"]').getAttribute('data-value')).toBe(String(bar.to));
  }
}

async function pageOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
}

for (const viewport of VIEWPORTS) {
  describe(`variance view at ${viewport.width}×${viewport.height}`, () => {
    let page: Page;
    beforeAll(async () => {
      const context = await browser.newContext({
        viewport: { width: viewport.width, height: viewport.height },
      });
      page = await context.newPage();
      await loginAs(page, server.baseUrl, 'board');
    });

    it(
      'shows the gap and the bridge by strand on the overview, as the API gives them',
      { timeout: 180_000 },
      async () => {
        const variance = await api(page, `/api/programmes/${PROGRAMME}/variance?asOf=${AS_OF}`);
        await page.goto(`${server.baseUrl}/programmes/${PROGRAMME}?asOf=${AS_OF}`);
        await page.getByTestId('bridge-figure').waitFor();
        await page.locator('[data-testid="bridge-figure"] svg.recharts-surface').waitFor();
        expect(await page.getByTestId('headline-gap').getAttribute('data-value')).toBe(
          String(variance.money.gap),
        );
        expect(variance.money.gap).toBeLessThan(0);
        expect(await page.getByTestId('headline-gap').textContent()).toContain('Behind forecast');
        expect(await page.getByTestId('headline-missing-forecast').getAttribute('data-value')).toBe(
          String(-variance.money.missingReturns),
        );
        await expectBarsEqual(page, 'bridge-figure', variance.bars);
        expect(await page.locator('[data-testid^="bridge-figure-row-"]').count()).toBe(
          variance.rows.length,
        );
        expect(await page.getByTestId('bridge-figure-unit-cost-note').textContent()).toContain(
          'single value',
        );
        expect(await pageOverflow(page)).toBeLessThanOrEqual(0);
        expect(await axeViolations(page)).toEqual([]);
        await page.getByTestId('variance').screenshot({
          path: join(SCREENSHOTS, `overview-variance-${viewport.name}.png`),
        });
        await page.screenshot({
          path: join(SCREENSHOTS, `overview-${viewport.name}.png`),
          fullPage: true,
        });
      },
    );

    it(
      'shows the strand gap and its bridge by metric, with units',
      { timeout: 180_000 },
      async () => {
        const variance = await api(
          page,
          `/api/programmes/${PROGRAMME}/variance?asOf=${AS_OF}&strandId=${STRAND}`,
        );
        await page.goto(
          `${server.baseUrl}/programmes/${PROGRAMME}/strands/${STRAND}?asOf=${AS_OF}`,
        );
        await page.locator('[data-testid="bridge-figure"] svg.recharts-surface').waitFor();
        expect(await page.getByTestId('headline-gap').getAttribute('data-value')).toBe(
          String(variance.money.gap),
        );
        await expectBarsEqual(page, 'bridge-figure', variance.bars);
        const first = variance.rows[0];
        const row = page.getByTestId(`bridge-figure-row-${first.id}`);
        expect(await row.locator('[data-column="volumeUnits"]').getAttribute('data-value')).toBe(
          String(first.units.volume),
        );
        expect(await pageOverflow(page)).toBeLessThanOrEqual(0);
        expect(await axeViolations(page)).toEqual([]);
        await page.getByTestId('variance').screenshot({
          path: join(SCREENSHOTS, `strand-variance-${viewport.name}.png`),
        });
        await page.screenshot({
          path: join(SCREENSHOTS, `strand-${viewport.name}.png`),
          fullPage: true,
        });
      },
    );
  });
}
