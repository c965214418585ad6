// A comparison series as the counterfactual (issue 18) on the metric page, in a real Chromium:
// the demonstration's West Cheshire emergency admissions of people aged 65 and over name their
// national series and its source, draw the counterfactual from it apart from the one from
// growth, and give both in the chart's table, exactly as the API returns them; a metric without a
// series shows none of it; axe finds nothing.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, launchBrowser } from './support/browser.js';
import { loginAs } from './support/login.js';
import { startServer, type RunningServer } from './support/server.js';

const PROGRAMME = 'west-cheshire';
const AS_OF = '2017-03-31';
const METRIC = 'aw-emergency-admissions-65-west-cheshire';

let server: RunningServer;
let browser: Browser;
let page: Page;

async function api<T = any>(path: string): Promise<T> {
  const res = await page.request.get(`${server.baseUrl}${path}`);
  expect(res.status(), path).toBe(200);
  return (await res.json()) as T;
}

const metricUrl = (metric: string) =>
  `${server.baseUrl}/programmes/${PROGRAMME}/metrics/${metric}?asOf=${AS_OF}`;

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
  page = await (await browser.newContext()).newPage();
  await loginAs(page, server.baseUrl, 'board');
  await page.goto(metricUrl(METRIC));
  await page.getByTestId('series-figure').waitFor();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('a metric whose counterfactual is a comparison series', () => {
  it('names the series and its source', async () => {
    const series = await api(`/api/programmes/${PROGRAMME}/metrics/${METRIC}/series?asOf=${AS_OF}`);
    const { name, source } = series.metric.comparator;
    const note = (await page.getByTestId('comparator-note').textContent()) ?? '';
    expect(note.replace(/\s+/g, ' ')).toContain(
      `Counterfactual from a comparison series: ${name} (source: ${source}).`,
    );
    expect(await page.getByTestId('definition-comparator').textContent()).toContain(source);
  });

  it('draws the counterfactual from the series beside the actual, and says which is which', async () => {
    const legend = (await page.getByTestId('series-figure').textContent()) ?? '';
    expect(legend).toContain('Counterfactual from the comparison series');
    expect(legend).toContain('Counterfactual from growth (periods the series does not cover)');
    expect(legend).toContain('Actual (returned)');
    expect(await page.getByTestId('series-figure').locator('svg').count()).toBeGreaterThan(0);
  });

  it('gives the series value and the counterfactual of every period in the table', async () => {
    const series = await api(`/api/programmes/${PROGRAMME}/metrics/${METRIC}/series?asOf=${AS_OF}`);
    const periods = series.periods as {
      periodStart: string;
      counterfactual: number;
      comparator: number | null;
      counterfactualFrom: string;
    }[];
    expect(periods.some((p) => p.counterfactualFrom === 'comparator')).toBe(true);
    expect(periods.some((p) => p.counterfactualFrom === 'growth')).toBe(true);
    for (const p of periods) {
      const cell = (column: string) =>
        page
          .getByTestId(`period-row-${p.periodStart}`)
          .locator(`[data-column="${column}"]`)
          .getAttribute('data-value');
      expect(await cell('comparator'), p.periodStart).toBe(
        p.comparator === null ? '' : String(p.comparator),
      );
      expect(await cell('counterfactualFrom')).toBe(p.counterfactualFrom);
      expect(await cell('counterfactual')).toBe(String(p.counterfactual));
    }
  });

  it('has no accessibility violations, the table open', async () => {
    await page
      .getByTestId('series-figure-table')
      .evaluate((details) => ((details as HTMLDetailsElement).open = true));
    expect(await axeViolations(page)).toEqual([]);
  });
});

describe('a metric without a comparison series', () => {
  it('shows the growth counterfactual only, as before', async () => {
    await page.goto(metricUrl('aw-emergency-admissions-65-vale-royal'));
    await page.getByTestId('series-figure').waitFor();
    expect(await page.getByTestId('comparator-note').count()).toBe(0);
    expect(await page.locator('[data-column="comparator"]').count()).toBe(0);
    expect(await page.getByTestId('series-figure').textContent()).toContain(
      'Counterfactual (without the change)',
    );
  });
});
