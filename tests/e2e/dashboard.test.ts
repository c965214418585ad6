// The board's path through the dashboard in a real Chromium: overview → strand → metric, with the
// figures on screen checked against the API's, keyboard-only navigation, and axe on every page.
import { readFileSync } from 'node:fs';
import { formatGbp } from '@outcomes/core';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, launchBrowser } from './support/browser.js';
import { loginAs } from './support/login.js';
import { startServer, type RunningServer } from './support/server.js';

const PROGRAMME = 'west-cheshire';
const AS_OF = '2017-03-31';
const STRAND = 'safer-communities';
const METRIC = 'sc-perpetrator-arrests';

let server: RunningServer;
let browser: Browser;
let page: Page;

async function api<T = any>(path: string): Promise<T> {
  // Through the page's context, so the request carries the board member's session cookie.
  const res = await page.request.get(`${server.baseUrl}${path}`);
  expect(res.status(), path).toBe(200);
  return (await res.json()) as T;
}

/** A figure shown on the page: its text and the API value kept beside it. */
async function figure(testId: string): Promise<{ text: string; value: string }> {
  const el = page.getByTestId(testId);
  return {
    text: ((await el.textContent()) ?? '').trim(),
    value: (await el.getAttribute('data-value')) ?? '',
  };
}

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
  // axe needs the page to belong to an explicit browser context.
  page = await (await browser.newContext()).newPage();
  await loginAs(page, server.baseUrl, 'board');
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('programme overview', () => {
  it('shows the headline figures the API gives, formatted', async () => {
    await page.goto(`${server.baseUrl}/programmes/${PROGRAMME}?asOf=${AS_OF}`);
    await page.getByTestId('headline-realisedBenefitToDate').waitFor();
    const summary = await api(`/api/programmes/${PROGRAMME}/summary?asOf=${AS_OF}`);

    for (const key of [
      'realisedBenefitToDate',
      'forecastBenefitToDate',
      'realisedCashableToDate',
      'costToDate',
      'netBenefitToDate',
      'forecastBenefitWholeCase',
    ] as const) {
      const shown = await figure(`headline-${key}`);
      expect(Number(shown.value), key).toBe(summary.totals[key]);
      expect(shown.text, key).toContain(formatGbp(summary.totals[key]));
    }
    expect((await figure('headline-achievement')).value).toBe(String(summary.totals.achievement));
    expect((await figure('headline-rag')).value).toBe(summary.totals.rag);
    expect((await figure('headline-missingReturns')).text).toContain(
      String(summary.totals.missingReturns),
    );
  });

  it('lists every strand with its RAG as text and its figures', async () => {
    const summary = await api(`/api/programmes/${PROGRAMME}/summary?asOf=${AS_OF}`);
    expect(summary.strands).toHaveLength(6);
    for (const strand of summary.strands) {
      const row = page.getByTestId(`strand-row-${strand.id}`);
      await expect(row.textContent()).resolves.toContain(strand.name);
      const rag = row.locator('[data-column="rag"]');
      expect(await rag.getAttribute('data-value')).toBe(strand.rag);
      // RAG is never colour alone: the word is in the cell.
      expect(((await rag.textContent()) ?? '').toLowerCase()).toContain(strand.rag);
      const realised = row.locator('[data-column="realisedBenefitToDate"]');
      expect(Number(await realised.getAttribute('data-value'))).toBe(strand.realisedBenefitToDate);
      expect(await realised.textContent()).toContain(formatGbp(strand.realisedBenefitToDate));
    }
  });

  it('says on the page that the figures are illustrative', async () => {
    await expect(page.getByTestId('illustrative-banner').textContent()).resolves.toMatch(
      /illustrative/i,
    );
  });

  it('puts the cumulative chart in a figure with the same numbers in a table', async () => {
    const summary = await api(`/api/programmes/${PROGRAMME}/summary?asOf=${AS_OF}`);
    const fig = page.getByTestId('cumulative-figure');
    expect(await fig.evaluate((el) => el.tagName)).toBe('FIGURE');
    expect(await fig.locator('figcaption').count()).toBeGreaterThan(0);
    const last = summary.cumulativeByQuarter.at(-1);
    const row = page.getByTestId(`cumulative-row-${last.periodStart}`);
    await expect(row.textContent()).resolves.toContain(formatGbp(last.cumulativeRealisedBenefit));
  });

  it('downloads the strands table as CSV holding the API numbers', async () => {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('strands-csv').click(),
    ]);
    const csv = readFileSync((await download.path()) as string, 'utf8');
    const summary = await api(`/api/programmes/${PROGRAMME}/summary?asOf=${AS_OF}`);
    const ageingWell = summary.strands.find((s: { id: string }) => s.id === 'ageing-well');
    expect(csv).toContain('Ageing Well');
    expect(csv).toContain(String(ageingWell.realisedBenefitToDate));
  });

  it('changes every figure when the as-of date changes', async () => {
    const earlier = await api(`/api/programmes/${PROGRAMME}/summary?asOf=2015-03-31`);
    await page.getByTestId('as-of-date-day').fill('31');
    await page.getByTestId('as-of-date-month').fill('3');
    await page.getByTestId('as-of-date-year').fill('2015');
    await page.getByTestId('as-of-apply').click();
    await page.waitForURL(/asOf=2015-03-31/);
    await expect
      .poll(async () => (await figure('headline-realisedBenefitToDate')).value)
      .toBe(String(earlier.totals.realisedBenefitToDate));
    expect(earlier.totals.realisedBenefitToDate).not.toBe(
      (await api(`/api/programmes/${PROGRAMME}/summary?asOf=${AS_OF}`)).totals
        .realisedBenefitToDate,
    );
    // The date travels with the links, so the next page shows the same date's figures.
    const href = await page
      .getByTestId(`strand-row-${STRAND}`)
      .getByRole('link')
      .getAttribute('href');
    expect(href).toContain('asOf=2015-03-31');
  });
});

describe('strand page', () => {
  it('shows the strand summary and each metric with the API figures', async () => {
    await page.goto(`${server.baseUrl}/programmes/${PROGRAMME}/strands/${STRAND}?asOf=${AS_OF}`);
    await page.getByTestId(`metric-row-${METRIC}`).waitFor();
    const strand = await api(`/api/programmes/${PROGRAMME}/strands/${STRAND}?asOf=${AS_OF}`);
    expect(await page.locator('h1').textContent()).toContain(strand.strand.name);
    expect(Number((await figure('headline-realisedBenefitToDate')).value)).toBe(
      strand.summary.realisedBenefitToDate,
    );
    for (const metric of strand.metrics) {
      const row = page.getByTestId(`metric-row-${metric.id}`);
      await expect(row.textContent()).resolves.toContain(metric.name);
      expect(await row.locator('[data-column="rag"]').getAttribute('data-value')).toBe(metric.rag);
    }
  });
});

describe('metric page', () => {
  it('shows the chart and a table with every period the API gives', async () => {
    await page.goto(`${server.baseUrl}/programmes/${PROGRAMME}/metrics/${METRIC}?asOf=${AS_OF}`);
    await page.getByTestId('series-figure').waitFor();
    const series = await api(`/api/programmes/${PROGRAMME}/metrics/${METRIC}/series?asOf=${AS_OF}`);
    expect(await page.locator('h1').textContent()).toContain(series.metric.name);
    expect(await page.getByTestId('series-figure').locator('svg').count()).toBeGreaterThan(0);
    expect(await page.locator('[data-testid^="period-row-"]').count()).toBe(series.periods.length);
    const sample = series.periods.find((p: { actual: number | null }) => p.actual !== null);
    const row = page.getByTestId(`period-row-${sample.periodStart}`);
    expect(Number(await row.locator('[data-column="actual"]').getAttribute('data-value'))).toBe(
      sample.actual,
    );
    expect(Number((await figure('headline-realisedBenefitToDate')).value)).toBe(
      series.realisedBenefitToDate,
    );
  });

  it('marks a missing return in words', async () => {
    const metric = 'aw-care-home-residents-65';
    const series = await api(`/api/programmes/${PROGRAMME}/metrics/${metric}/series?asOf=${AS_OF}`);
    const missing = series.periods.filter((p: { missingReturn: boolean }) => p.missingReturn);
    expect(missing.length).toBeGreaterThan(0);
    await page.goto(`${server.baseUrl}/programmes/${PROGRAMME}/metrics/${metric}?asOf=${AS_OF}`);
    const row = page.getByTestId(`period-row-${missing[0].periodStart}`);
    await expect(row.textContent()).resolves.toContain('Missing return');
  });
});

describe('keyboard', () => {
  it('reaches the skip link first and moves from overview to strand to metric without a mouse', async () => {
    await page.goto(`${server.baseUrl}/programmes/${PROGRAMME}?asOf=${AS_OF}`);
    await page.getByTestId(`strand-row-${STRAND}`).waitFor();

    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toMatch(/skip to main/i);
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.closest('main') !== null)).toBe(true);

    await tabUntil(page, (el) => el.textContent === 'Safer Communities' && el.tagName === 'A');
    await page.keyboard.press('Enter');
    await page.waitForURL(new RegExp(`/strands/${STRAND}\\?asOf=${AS_OF}`));
    await page.getByTestId(`metric-row-${METRIC}`).waitFor();

    await tabUntil(
      page,
      (el) => el.tagName === 'A' && (el.getAttribute('href') ?? '').includes(`/metrics/${METRIC}`),
    );
    await page.keyboard.press('Enter');
    await page.waitForURL(new RegExp(`/metrics/${METRIC}`));
    await page.getByTestId('series-figure').waitFor();
  });

  it('shows where the keyboard focus is', async () => {
    await page.keyboard.press('Tab');
    const outline = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement;
      const style = getComputedStyle(el);
      return { outline: style.outlineStyle, shadow: style.boxShadow, bg: style.backgroundColor };
    });
    // GOV.UK focus: a yellow background or outline / box-shadow — something visible, never nothing.
    expect(
      outline.outline !== 'none' || outline.shadow !== 'none' || outline.bg !== 'rgba(0, 0, 0, 0)',
    ).toBe(true);
  });
});

describe('accessibility (axe, WCAG 2.2 AA)', () => {
  const pages = [
    ['programme list', '/programmes'],
    ['overview', `/programmes/${PROGRAMME}?asOf=${AS_OF}`],
    ['strand', `/programmes/${PROGRAMME}/strands/${STRAND}?asOf=${AS_OF}`],
    ['metric', `/programmes/${PROGRAMME}/metrics/${METRIC}?asOf=${AS_OF}`],
    ['accessibility statement', '/accessibility'],
    ['not found', '/no-such-page'],
    ['unknown programme', '/programmes/no-such-programme'],
  ] as const;

  it.each(pages)('%s has no violations', async (_name, path) => {
    await page.goto(`${server.baseUrl}${path}`);
    await page.locator('h1').first().waitFor();
    await page.waitForLoadState('networkidle');
    expect(await axeViolations(page)).toEqual([]);
  });

  it('publishes an accessibility statement', async () => {
    await page.goto(`${server.baseUrl}/accessibility`);
    await expect(page.locator('h1').textContent()).resolves.toMatch(/accessibility/i);
    await expect(page.locator('main').textContent()).resolves.toMatch(
      /Web Content Accessibility Guidelines \(WCAG\) version 2\.2 at level AA/,
    );
  });
});

/** Presses Tab until the focused element matches, failing after a bounded number of presses. */
async function tabUntil(
  target: Page,
  match: (el: {
    tagName: string;
    textContent: string;
    getAttribute(n: string): string | null;
  }) => boolean,
  limit = 80,
): Promise<void> {
  for (let i = 0; i < limit; i += 1) {
    await target.keyboard.press('Tab');
    const focused = await target.evaluate(() => {
      const el = document.activeElement;
      return el
        ? {
            tagName: el.tagName,
            textContent: (el.textContent ?? '').trim(),
            attrs: Object.fromEntries([...el.attributes].map((a) => [a.name, a.value])),
          }
        : null;
    });
    if (
      focused &&
      match({
        tagName: focused.tagName,
        textContent: focused.textContent,
        getAttribute: (n) => focused.attrs[n] ?? null,
      })
    ) {
      return;
    }
  }
  throw new Error(`no focusable element matched after ${limit} Tab presses`);
}
