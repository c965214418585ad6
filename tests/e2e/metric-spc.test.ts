// Is the change real? The metric page's XmR chart, SPC icons and table in a real Chromium; a
// strand sponsor writes the story behind the curve and sees it on the chart; the board summary
// carries the icons and the latest story; axe finds nothing on any of it.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, launchBrowser } from './support/browser.js';
import { loginAs } from './support/login.js';
import { startServer, type RunningServer } from './support/server.js';

const PROGRAMME = 'west-cheshire';
const AS_OF = '2017-03-31';
// In Safer Communities, which the demonstration sponsor sponsors; the demonstration's special
// cause of improvement (monthly).
const METRIC = 'sc-perpetrator-arrests';
const STORY = 'Arrests stayed low in March: the Navigate Safer caseworkers held every review.';

let server: RunningServer;
let browser: Browser;
let page: Page;

async function api<T = any>(path: string): Promise<T> {
  const res = await page.request.get(`${server.baseUrl}${path}`);
  expect(res.status(), path).toBe(200);
  return (await res.json()) as T;
}

const metricUrl = () => `${server.baseUrl}/programmes/${PROGRAMME}/metrics/${METRIC}?asOf=${AS_OF}`;

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
  page = await (await browser.newContext()).newPage();
  await loginAs(page, server.baseUrl, 'sponsor');
  await page.goto(metricUrl());
  await page.getByTestId('xmr-figure').waitFor();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('the metric page: is the change real?', () => {
  it('shows the XmR chart with its limits, flagged points and forecast', async () => {
    const chart = page.getByTestId('xmr-chart').locator('svg[role="img"]');
    await chart.waitFor();
    expect(await chart.locator('title').first().textContent()).toContain('XmR chart');
    // The demonstration's improvement: several flagged points drawn as blue triangles.
    expect(
      await page.locator('[data-testid="xmr-chart"] [data-signal="improvement"]').count(),
    ).toBeGreaterThan(5);
    expect(await page.getByTestId('xmr-legend').textContent()).toContain('Process limits');
    await expect(page.getByTestId('xmr-legend').textContent()).resolves.toContain('Forecast');
  });

  it('shows the variation and assurance icons with words, as the API judges them', async () => {
    const series = await api(`/api/programmes/${PROGRAMME}/metrics/${METRIC}/series?asOf=${AS_OF}`);
    expect(series.spc.variation).toBe('special-cause-improvement');
    const variation = page.getByTestId('spc-variation-icon');
    expect(await variation.getAttribute('data-variation')).toBe(series.spc.variation);
    expect(await variation.textContent()).toContain('Special cause: improvement');
    const assurance = page.getByTestId('spc-assurance-icon');
    expect(await assurance.getAttribute('data-assurance')).toBe(series.spc.assurance);
    expect((await assurance.textContent())?.trim()).toMatch(/^.?Target/);
  });

  it('gives the chart’s numbers in a table: every point, its limits, rule and signal', async () => {
    const series = await api(`/api/programmes/${PROGRAMME}/metrics/${METRIC}/series?asOf=${AS_OF}`);
    for (const point of series.spc.points) {
      const row = page.getByTestId(`xmr-row-${point.periodStart}`);
      const cell = (column: string) =>
        row.locator(`[data-column="${column}"]`).getAttribute('data-value');
      expect(await cell('actual'), point.periodStart).toBe(String(point.value));
      expect(await cell('mean')).toBe(String(point.mean));
      expect(await cell('upperLimit')).toBe(String(point.upperLimit));
      expect(await cell('lowerLimit')).toBe(String(point.lowerLimit));
      expect(await cell('rule')).toBe(point.rule ?? '');
      expect(await cell('signal')).toBe(point.signal ?? '');
    }
    const flagged = series.spc.points.find(
      (p: { rule: string | null }) => p.rule === 'outside-limits',
    );
    expect(
      await page
        .getByTestId(`xmr-row-${flagged.periodStart}`)
        .locator('[data-column="rule"]')
        .textContent(),
    ).toBe('Outside the process limits');
  });

  it('shows the 2-sigma lines and their columns when asked', async () => {
    await page.getByTestId('xmr-two-sigma').check();
    await page
      .getByTestId('xmr-figure')
      .locator('[data-column="upperTwoSigma"]')
      .first()
      .waitFor({ state: 'attached' });
    expect(await page.getByTestId('xmr-legend').textContent()).toContain('2-sigma lines');
    await page.getByTestId('xmr-two-sigma').uncheck();
  });

  it('has no accessibility violations', async () => {
    expect(await axeViolations(page)).toEqual([]);
  });
});

describe('the story behind the curve', () => {
  it('refuses an empty story with an error summary linking to the field', async () => {
    // The form is one click away unless the latest figure's story is due.
    await page
      .getByTestId('commentary-form-details')
      .evaluate((details) => ((details as HTMLDetailsElement).open = true));
    const form = page.getByTestId('commentary-form');
    await form.getByLabel('What happened').fill('   ');
    await page.getByTestId('commentary-submit').click();
    const summary = page.getByTestId('commentary-errors');
    await summary.waitFor();
    expect(await summary.textContent()).toContain('Enter what happened');
    expect(await axeViolations(page)).toEqual([]);
  });

  it('lets the strand sponsor add a comment, shown on the chart and in the table', async () => {
    const form = page.getByTestId('commentary-form');
    await form.getByLabel('Period').selectOption('2017-03-01');
    await form.getByLabel('What happened').fill(STORY);
    await form.getByLabel('What next').fill('Keep the reviews weekly.');
    await form.getByLabel('Show this story on the public page').check();
    await page.getByTestId('commentary-submit').click();
    await page.getByTestId('commentary-saved').waitFor();
    expect(await page.getByTestId('commentary-saved').textContent()).toContain(
      'Mar 2017 (revision 1, marked public)',
    );

    // On the chart: a numbered marker at March 2017, the third story (the demonstration pack's
    // illustrative ones are at March 2015 and March 2016).
    const marker = page.locator('[data-testid="xmr-comment-marker"][data-period="2017-03-01"]');
    await marker.waitFor();
    expect(await marker.textContent()).toBe('3');
    // In the chart's table and the list of stories.
    expect(await page.getByTestId('xmr-comment-2017-03-01').textContent()).toContain(
      'Arrests stayed low',
    );
    const entry = page.getByTestId('commentary-2017-03-01');
    expect(await entry.textContent()).toContain(STORY);
    expect(await entry.textContent()).toContain('Demo strand sponsor');
    await entry.getByTestId('commentary-public-tag').waitFor();

    // Stored as the API gives it.
    const commentary = await api(
      `/api/programmes/${PROGRAMME}/metrics/${METRIC}/commentary?asOf=${AS_OF}`,
    );
    const march = commentary.entries.find(
      (e: { periodStart: string }) => e.periodStart === '2017-03-01',
    );
    expect(march.current).toMatchObject({ revision: 1, whatHappened: STORY });
    expect(await axeViolations(page)).toEqual([]);
  });

  it('puts the latest story and the icons on the board summary', async () => {
    await page.goto(`${server.baseUrl}/programmes/${PROGRAMME}?asOf=${AS_OF}`);
    // The board summary is one click away, below the headline, chart and strands.
    await page.getByTestId('board-summary-details').locator('summary').click();
    const row = page.getByTestId(`board-row-${METRIC}`);
    await row.waitFor();
    expect(await page.getByTestId(`board-variation-${METRIC}`).textContent()).toContain(
      'Special cause: improvement',
    );
    expect(await row.locator('[data-column="latestCommentary"]').textContent()).toContain(
      'Arrests stayed low in March',
    );
    expect(await page.getByTestId('board-variation-aw-ae-attendances-65').textContent()).toContain(
      'Special cause: concern',
    );
    expect(await page.getByTestId('board-variation-wr-neet-16-18').textContent()).toContain(
      'Common cause',
    );
    expect(await axeViolations(page)).toEqual([]);
    // The metric's name links to its chart.
    await page.getByTestId(`board-link-${METRIC}`).click();
    await page.getByTestId('xmr-figure').waitFor();
  });

  it('puts the strand’s own metrics, with their icons, on the strand page', async () => {
    await page.goto(
      `${server.baseUrl}/programmes/${PROGRAMME}/strands/safer-communities?asOf=${AS_OF}`,
    );
    await page.getByTestId('board-summary-details').locator('summary').click();
    await page.getByTestId(`board-row-${METRIC}`).waitFor();
    const board = await api(
      `/api/programmes/${PROGRAMME}/metrics?asOf=${AS_OF}&strandId=safer-communities`,
    );
    const rows = page.getByTestId('board-summary').locator('tbody tr');
    expect(await rows.count()).toBe(board.metrics.length);
    for (const m of board.metrics) {
      const cell = page.getByTestId(`board-row-${m.id}`).locator('[data-column="variation"]');
      expect(await cell.getAttribute('data-value'), m.id).toBe(m.variation ?? '');
    }
    expect(await axeViolations(page)).toEqual([]);
  });

  it('shows a board member the story but no form', async () => {
    const boardPage = await (await browser.newContext()).newPage();
    await loginAs(boardPage, server.baseUrl, 'board');
    await boardPage.goto(metricUrl());
    await boardPage.getByTestId('commentary-list').waitFor();
    expect(await boardPage.getByTestId('commentary-read-only').isVisible()).toBe(true);
    expect(await boardPage.getByTestId('commentary-form').count()).toBe(0);
    expect(await boardPage.getByTestId('rebase-form').count()).toBe(0);
    await boardPage.close();
  });
});
