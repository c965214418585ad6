// Editing the business case on the Framework page, in a real Chromium (issue 17): a programme
// admin saves a metric's forecasts as a new, named business-case version (a missing name is
// named first, beside its field, and nothing is saved), adds a cost line (an unreadable amount
// named first), splits a unit cost afresh between its bearers (shares not summing to 1 named
// first) and adds an outcome. Each versioned save's banner names the version it recorded, which
// is not in force until an admin decides. axe checks the page with the forms open, with and
// without errors.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, launchBrowser } from './support/browser.js';
import { loginAs } from './support/login.js';
import { startServer, type RunningServer } from './support/server.js';

let server: RunningServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;

// axe over the whole Framework page (the demonstration programme's 30 metrics and their forms)
// takes 10 to 25 seconds a run on the shared 2-core machine; each test runs it three times.
const AXE_TIMEOUT = 180_000;

interface Versions {
  inForce: { version: number } | null;
  versions: { version: number; name: string; note: string | null }[];
}

async function versions(): Promise<Versions> {
  const res = await page.request.get(
    `${server.baseUrl}/api/programmes/west-cheshire/business-case/versions`,
  );
  expect(res.status()).toBe(200);
  return (await res.json()) as Versions;
}

/** The version number the page's banner names. */
async function bannerVersion(): Promise<number> {
  const saved = page.getByTestId('framework-saved');
  await page.getByTestId('framework-saved-versions-link').waitFor();
  const match = /business-case version (\d+)/.exec((await saved.textContent()) ?? '');
  expect(match).not.toBeNull();
  return Number(match?.[1]);
}

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

describe('editing the business case on the Framework page', () => {
  it(
    "saves a metric's forecasts as a new, named version that is not in force",
    async () => {
      await page.goto(`${server.baseUrl}/programmes/west-cheshire/framework`);
      await page.getByRole('heading', { name: 'Baselines and forecasts' }).waitFor();
      const before = await versions();

      // The metrics are grouped by strand, each group's forms built when it is opened.
      await page
        .getByTestId('baselines-forecasts-safer-communities-details')
        .locator('summary')
        .click();
      await page
        .getByTestId('forecasts-sc-domestic-abuse-incidents-details')
        .locator('summary')
        .click();
      const form = page.getByTestId('forecasts-sc-domestic-abuse-incidents-form');
      // The table: a caption, and each input labelled by its period (the row's header).
      const table = page.getByTestId('forecasts-sc-domestic-abuse-incidents-table');
      expect(await table.locator('caption').textContent()).toContain(
        'Forecast incidents per quarter',
      );
      expect(await form.getByLabel('Q1 2014-15', { exact: true }).inputValue()).toBe('264');
      expect(await axeViolations(page)).toEqual([]);

      // No name for the version: named beside the field and in the summary, nothing saved.
      await form.getByLabel('Q1 2014-15', { exact: true }).fill('250');
      await form.getByLabel('Reason').fill('Police recount of 2014-15 incidents');
      await form.getByRole('button', { name: 'Save forecasts as a new version' }).click();
      const errors = page.getByTestId('forecasts-sc-domestic-abuse-incidents-errors');
      await errors.waitFor();
      expect(await errors.textContent()).toContain('Version name:');
      expect(await errors.getByRole('link').first().getAttribute('href')).toBe(
        '#forecasts-sc-domestic-abuse-incidents-version-name',
      );
      expect(
        await page
          .locator('#forecasts-sc-domestic-abuse-incidents-version-name-error')
          .textContent(),
      ).toContain('enter a name');
      expect(await axeViolations(page)).toEqual([]);
      expect((await versions()).versions).toHaveLength(before.versions.length);

      // Named, it is saved: the banner names the new version, which is not in force.
      await form.getByLabel('Version name').fill('2015 refresh');
      await form.getByRole('button', { name: 'Save forecasts as a new version' }).click();
      const version = await bannerVersion();
      expect(await page.getByTestId('framework-saved').textContent()).toContain('2015 refresh');
      const after = await versions();
      expect(after.versions.find((v) => v.version === version)).toMatchObject({
        name: '2015 refresh',
        note: expect.stringContaining('Police recount of 2014-15 incidents'),
      });
      expect(after.inForce?.version).toBe(before.inForce?.version);
      expect(after.inForce?.version).not.toBe(version);
      // The form starts again from what is stored.
      expect(await form.getByLabel('Q1 2014-15', { exact: true }).inputValue()).toBe('250');
      expect(await axeViolations(page)).toEqual([]);
    },
    AXE_TIMEOUT,
  );

  it(
    'adds a cost line as a new version, naming an unreadable amount first',
    async () => {
      await page.goto(`${server.baseUrl}/programmes/west-cheshire/framework`);
      await page.getByTestId('new-cost-line-details').locator('summary').click();
      const form = page.getByTestId('new-cost-line-form');
      await form.waitFor();
      const before = await versions();

      await form.getByLabel('Strand').selectOption({ label: 'Safer Communities' });
      await form.getByLabel('Partner').selectOption({ label: 'Cheshire Constabulary' });
      await form.getByLabel('Financial year').fill('2015-16');
      await form.getByLabel('Kind').selectOption({ label: 'Transition' });
      await form.getByLabel('Forecast in pounds').fill('twenty thousand');
      await form.getByLabel('Optimism bias category').selectOption('outsourcing');
      await form.getByRole('button', { name: 'Add cost line' }).click();
      const errors = page.getByTestId('new-cost-line-errors');
      await errors.waitFor();
      expect(await errors.textContent()).toContain('Forecast: "twenty thousand" is not a number');
      expect(await page.locator('#new-cost-line-forecast-error').textContent()).toContain(
        'twenty thousand',
      );
      expect(await axeViolations(page)).toEqual([]);

      await form.getByLabel('Forecast in pounds').fill('20000.00');
      await form.getByRole('button', { name: 'Add cost line' }).click();
      const version = await bannerVersion();
      expect(await page.getByTestId('framework-saved').textContent()).toContain(
        'transition cost of Cheshire Constabulary to “Safer Communities” in 2015-16',
      );
      const after = await versions();
      expect(after.versions.at(-1)?.version).toBe(version);
      expect(after.versions.length).toBe(before.versions.length + 1);
      expect(after.inForce?.version).toBe(before.inForce?.version);
      // The new line is listed under its strand, its form a click away.
      await page.getByTestId('cost-lines-safer-communities-details').locator('summary').click();
      const line = page.getByTestId(
        'cost-line-safer-communities-cheshire-constabulary-2015-16-transition-details',
      );
      await line.locator('summary').click();
      expect(
        await page
          .getByTestId('cost-line-safer-communities-cheshire-constabulary-2015-16-transition-form')
          .getByLabel('Optimism bias category')
          .inputValue(),
      ).toBe('outsourcing');
      expect(await axeViolations(page)).toEqual([]);
    },
    AXE_TIMEOUT,
  );

  it(
    'splits a unit cost afresh (shares not summing to 1 named first) and adds an outcome',
    async () => {
      await page.goto(`${server.baseUrl}/programmes/west-cheshire/framework`);
      await page.getByTestId('bearers-details').locator('summary').click();
      await page
        .getByTestId('bearers-cs-arrest-and-prosecution-details')
        .locator('summary')
        .click();
      const form = page.getByTestId('bearers-cs-arrest-and-prosecution-form');
      // Each share is labelled by its partner (the row's header); the present bearers come first.
      expect(await form.getByLabel('Cheshire Constabulary', { exact: true }).inputValue()).toBe(
        '0.25',
      );
      // 0.3 + 0.75 = 1.05: the loader's rule, in its words, against the table.
      await form.getByLabel('Cheshire Constabulary', { exact: true }).fill('0.3');
      await form.getByRole('button', { name: 'Save who bears the cost' }).click();
      const errors = page.getByTestId('bearers-cs-arrest-and-prosecution-errors');
      await errors.waitFor();
      expect(await errors.textContent()).toContain('sum to 1.05; expected them to sum to 1');
      expect(await axeViolations(page)).toEqual([]);

      await form.getByLabel('Cheshire Constabulary', { exact: true }).fill('0.2');
      await form.getByLabel('West Cheshire Clinical Commissioning Group').fill('0.05');
      await form.getByRole('button', { name: 'Save who bears the cost' }).click();
      await bannerVersion();
      expect(await page.getByTestId('framework-saved').textContent()).toContain(
        'who bears “Arrest and prosecution',
      );

      // An outcome is not part of the business case: no version.
      await page.getByTestId('new-outcome-details').locator('summary').click();
      const outcome = page.getByTestId('new-outcome-form');
      await outcome.getByLabel('Outcome id').fill('families-thrive');
      await outcome.getByLabel('Name').fill('Families thrive');
      await outcome.getByRole('button', { name: 'Add outcome' }).click();
      const saved = page.getByTestId('framework-saved');
      await page.getByText('Saved the new outcome “Families thrive”').waitFor();
      expect(await saved.textContent()).not.toContain('business-case version');
    },
    AXE_TIMEOUT,
  );
});
