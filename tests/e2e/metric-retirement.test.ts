// Retiring a metric in the product (issue 17), in a real Chromium: the demonstration programme's
// admin opens a metric on the Framework page, is told a date on its last returned quarter is too
// early (the API's 409, beside the field), retires it from the next quarter with a reason, and
// sees "Retired from 1 April 2017" on the metric's page and in its strand's metric list. axe
// checks the form with and without errors on show.
//
// sc-domestic-abuse-incidents is quarterly; its last figure is for Q4 2016-17 (from 2017-01-01),
// so 1 January 2017 is refused and 1 April 2017 (the next quarter's first day) is accepted.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, launchBrowser } from './support/browser.js';
import { loginAs } from './support/login.js';
import { startServer, type RunningServer } from './support/server.js';

let server: RunningServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;

const METRIC = 'sc-domestic-abuse-incidents';
const PREFIX = `metric-${METRIC}-retirement`;

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
  context = await browser.newContext();
  page = await context.newPage();
  await loginAs(page, server.baseUrl, 'admin');
});

afterAll(async () => {
  await context?.close().catch(() => undefined);
  await browser?.close();
  await server?.stop();
});

async function fillDate(day: string, month: string, year: string) {
  const form = page.getByTestId(`${PREFIX}-form`);
  await form.getByLabel('Day').fill(day);
  await form.getByLabel('Month').fill(month);
  await form.getByLabel('Year').fill(year);
}

describe('retiring a metric', () => {
  it('refuses a date on its last returned period, then retires it from the next', async () => {
    await page.goto(`${server.baseUrl}/programmes/west-cheshire/framework`);
    await page.getByRole('heading', { name: 'Metrics', exact: true }).waitFor();
    await page.getByTestId(`metric-${METRIC}-details`).locator('summary').click();
    const form = page.getByTestId(`${PREFIX}-form`);
    await form.waitFor();
    expect(await page.getByTestId(`${PREFIX}-status`).textContent()).toContain('In use');
    expect(await axeViolations(page)).toEqual([]);

    // No reason and no date: both named, nothing sent.
    await form.getByRole('button', { name: 'Retire metric' }).click();
    const errors = page.getByTestId(`${PREFIX}-errors`);
    await errors.waitFor();
    expect(await errors.textContent()).toContain('Enter the date it is retired from');
    expect(await errors.textContent()).toContain('Enter the reason');
    expect(await axeViolations(page)).toEqual([]);

    // On the last returned quarter: the API's 409, said beside the date.
    await fillDate('1', '1', '2017');
    await form.getByLabel('Reason').fill('Recording moved to the regional system');
    await form.getByRole('button', { name: 'Retire metric' }).click();
    await errors.getByText(/figures are returned up to Q4 2016-17/).waitFor();
    expect(await errors.textContent()).toContain('Retired from:');

    await fillDate('1', '4', '2017');
    await form.getByRole('button', { name: 'Retire metric' }).click();
    const saved = page.getByTestId('framework-saved');
    await saved.waitFor();
    expect(await saved.textContent()).toContain('as retired from 1 April 2017');
    expect(await axeViolations(page)).toEqual([]);
    // The Framework page holds every metric's forms, so axe takes a while on a loaded machine.
  }, 180_000);

  it('shows the retirement on the metric page and in the strand’s metric list', async () => {
    await page.goto(`${server.baseUrl}/programmes/west-cheshire/metrics/${METRIC}`);
    const definition = page.getByTestId('definition-retiredFrom');
    await definition.waitFor();
    expect(await definition.textContent()).toContain('Retired from 1 April 2017');

    await page.goto(`${server.baseUrl}/programmes/west-cheshire/strands/safer-communities`);
    const listed = page.getByTestId(`metric-${METRIC}-retired`);
    await listed.waitFor();
    expect(await listed.textContent()).toBe('Retired from 1 April 2017');
    expect(await axeViolations(page)).toEqual([]);
  });
});
