// A data officer's quarterly return in a real Chromium: they see what their agency owes, upload a
// file with a mistake, read the error summary, fix the file, upload it again, and find the new
// figure on the metric page. axe finds nothing on any page along the way.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, launchBrowser } from './support/browser.js';
import { loginAs } from './support/login.js';
import { startServer, type RunningServer } from './support/server.js';

const PROGRAMME = 'west-cheshire';
// The demonstration data officer returns the police's figures (Cheshire Constabulary).
const PARTNER = 'cheshire-constabulary';
const METRIC = 'sc-domestic-abuse-incidents'; // quarterly; no figure yet for Q1 2017-18
const PERIOD = '2017-04-01';
const VALUE = 231; // close to Q4 2016-17's 228: nothing implausible to confirm

const header = 'metric_id,period_start,value,note\r\n';
const withMistake = `${header}${METRIC},01/04/2017,231 incidents,From the crime system\r\n`;
const corrected = `${header}${METRIC},01/04/2017,${VALUE},From the crime system\r\n`;

let server: RunningServer;
let browser: Browser;
let page: Page;

async function expectNoAxeViolations(where: string): Promise<void> {
  expect(await axeViolations(page), where).toEqual([]);
}

async function chooseFile(name: string, content: string): Promise<void> {
  await page.getByLabel('Choose a file').setInputFiles({
    name,
    mimeType: 'text/csv',
    buffer: Buffer.from(content),
  });
}

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
  page = await (await browser.newContext()).newPage();
  await loginAs(page, server.baseUrl, 'data-officer');
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe("a data officer's quarterly return", () => {
  it('shows what their agency owes first, with templates', async () => {
    await page.goto(`${server.baseUrl}/programmes/${PROGRAMME}`);
    await page.getByTestId('header-returns').click();
    await page.getByRole('heading', { level: 1, name: 'Returns' }).waitFor();
    const sections = page.locator('[data-testid^="returns-partner-"]');
    await sections.first().waitFor();
    expect(await sections.first().getAttribute('data-testid')).toBe(`returns-partner-${PARTNER}`);
    await expect(page.getByTestId(`overdue-${METRIC}-${PERIOD}`).textContent()).resolves.toContain(
      'Q1 2017-18',
    );
    expect(await page.getByTestId(`template-csv-${PARTNER}`).getAttribute('href')).toContain(
      `/returns-due/${PARTNER}/template?format=csv`,
    );
    await expectNoAxeViolations('returns page');
  });

  it('refuses a file with a mistake, naming the row and column, and stores nothing', async () => {
    await page.getByTestId('returns-upload').click();
    await page.getByRole('heading', { level: 1, name: 'Upload figures' }).waitFor();
    await chooseFile('police-q1.csv', withMistake);
    await page.getByTestId('upload-submit').click();

    const summary = page.getByTestId('submission-error-summary');
    await summary.waitFor();
    await expect(summary.textContent()).resolves.toContain('There is a problem');
    const problems = await page.getByTestId('submission-error').allTextContents();
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain('Row 2, value: "231 incidents" is not a number');
    // The summary takes focus, and its link leads to the row in the table of problems.
    expect(await page.evaluate(() => document.activeElement?.className)).toContain(
      'govuk-error-summary',
    );
    await page.getByTestId('submission-error').getByRole('link').click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('problem-1');
    await expect(page.getByTestId('problem-row-2').textContent()).resolves.toContain(
      '231 incidents',
    );
    await expectNoAxeViolations('upload page with errors');

    const revisions = await page.request.get(
      `${server.baseUrl}/api/programmes/${PROGRAMME}/metrics/${METRIC}/periods/${PERIOD}/revisions`,
    );
    expect(((await revisions.json()) as { revisions: unknown[] }).revisions).toEqual([]);
  });

  it('stores the corrected file and shows what it did', async () => {
    await chooseFile('police-q1.csv', corrected);
    await page.getByTestId('upload-submit').click();
    // Progress shows while the file uploads and is checked, then the result.
    await page.getByTestId('result-panel').waitFor();
    // (Had a figure looked implausible, the warnings panel would ask first.)
    expect(await page.getByTestId('warnings-panel').count()).toBe(0);
    expect(await page.getByTestId('submission-error-summary').count()).toBe(0);
    expect(await page.getByTestId('result-created').getAttribute('data-value')).toBe('1');
    expect(await page.getByTestId('result-revised').getAttribute('data-value')).toBe('0');
    expect(
      await page.getByTestId(`result-row-${METRIC}-${PERIOD}`).getAttribute('data-outcome'),
    ).toBe('created');
    await expectNoAxeViolations('upload result');
  });

  it('shows the new figure on the metric page', async () => {
    await page.getByTestId(`result-metric-link-${METRIC}`).click();
    const row = page.getByTestId(`period-row-${PERIOD}`);
    await row.waitFor({ state: 'attached' }); // in the chart's table, one click away
    expect(await row.locator('[data-column="actual"]').getAttribute('data-value')).toBe(
      String(VALUE),
    );
    await expectNoAxeViolations('metric page');
  });

  it('enters a figure in the form, with the previous figure beside the input', async () => {
    await page.goto(`${server.baseUrl}/programmes/${PROGRAMME}/returns/enter?quarter=${PERIOD}`);
    await page.getByTestId('entry-form').waitFor();
    // April 2017's arrests: the period before (March 2017) was 38.
    const key = `sc-perpetrator-arrests-${PERIOD}`;
    await expect(page.getByTestId(`entry-previous-${key}`).textContent()).resolves.toContain('38');
    const input = page
      .getByLabel('Arrests of known domestic abuse perpetrators', { exact: false })
      .first();
    await input.fill('forty');
    await page.getByTestId('entry-submit').click();
    await page.getByTestId('submission-error-summary').waitFor();
    await expectNoAxeViolations('entry form with an error');
    await input.fill('40');
    await page.getByTestId('entry-submit').click();
    await page.getByTestId('result-panel').waitFor();
    expect(await page.getByTestId('result-created').getAttribute('data-value')).toBe('1');
    await expectNoAxeViolations('entry form result');
  });

  it('lists the upload in the history, opening to its rows and the original file', async () => {
    await page.goto(`${server.baseUrl}/programmes/${PROGRAMME}/submissions`);
    await page.getByRole('heading', { level: 1, name: 'Submission history' }).waitFor();
    // Newest first: the form entry, then the upload.
    await page.locator('[data-testid^="submission-link-"]').nth(1).click();
    await page.getByTestId('submission-summary').waitFor();
    await expect(page.getByTestId('submission-summary').textContent()).resolves.toContain(
      'police-q1.csv',
    );
    await page.getByTestId(`submission-row-${METRIC}-${PERIOD}`).waitFor();
    const href = await page.getByTestId('submission-file-download').getAttribute('href');
    const file = await page.request.get(`${server.baseUrl}${href}`);
    expect(await file.text()).toBe(corrected);
    await expectNoAxeViolations('submission page');
  });
});
