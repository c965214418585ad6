// The Uncertainty page in a real Chromium, as the demonstration finance officer: switching
// values and P10/P50/P90 as the API gives them, the histogram with its table, a new seed from
// the form (and its error summary), and axe on each state.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, launchBrowser } from './support/browser.js';
import { loginRequest } from './support/login.js';
import { startServer, type RunningServer } from './support/server.js';

const PROGRAMME = 'west-cheshire';
const AS_OF = '2016-03-31';

let server: RunningServer;
let browser: Browser;
let page: Page;

async function api<T = any>(path: string): Promise<T> {
  const res = await page.request.get(`${server.baseUrl}${path}`);
  expect(res.status(), path).toBe(200);
  return (await res.json()) as T;
}

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
  const context = await browser.newContext();
  await loginRequest(context.request, server.baseUrl, 'finance');
  page = await context.newPage();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('the Uncertainty page', () => {
  it('shows the API’s switching values and percentiles, with a table for the histogram', async () => {
    await page.goto(`${server.baseUrl}/programmes/${PROGRAMME}/finance?asOf=${AS_OF}`);
    await page.getByTestId('finance-nav-uncertainty').click();
    await page.getByTestId('mc-histogram').waitFor();
    expect(new URL(page.url()).searchParams.get('asOf')).toBe(AS_OF);

    const body = await api(`/api/programmes/${PROGRAMME}/uncertainty?asOf=${AS_OF}&seed=1`);
    for (const key of ['p10', 'p50', 'p90'] as const) {
      const card = page.getByTestId(`uncertainty-${key}`);
      expect(Number(await card.getAttribute('data-value')), key).toBe(body.monteCarlo[key]);
    }
    for (const s of body.switchingValues) {
      await expect(page.getByTestId(`switching-${s.key}`).isVisible()).resolves.toBe(true);
    }
    // The histogram's table has one row per bin.
    const rows = page.getByTestId('mc-histogram').locator('tbody tr');
    expect(await rows.count()).toBe(body.monteCarlo.histogram.length);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('runs again with another seed from the form, and refuses a seed that is not a number', async () => {
    await page.locator('#uncertainty-seed').fill('seven');
    await page.getByTestId('seed-submit').click();
    const summary = page.getByTestId('seed-errors');
    await summary.waitFor();
    expect(await summary.getByRole('link').getAttribute('href')).toBe('#uncertainty-seed');
    expect(await axeViolations(page)).toEqual([]);

    await page.locator('#uncertainty-seed').fill('7');
    await page.getByTestId('seed-submit').click();
    await page.waitForURL(/seed=7/);
    const body = await api(`/api/programmes/${PROGRAMME}/uncertainty?asOf=${AS_OF}&seed=7`);
    await expect
      .poll(async () =>
        Number(await page.getByTestId('uncertainty-p50').getAttribute('data-value')),
      )
      .toBe(body.monteCarlo.p50);
    expect(await axeViolations(page)).toEqual([]);
  });
});
