// Setting up a programme in the product, in a real Chromium: the demonstration admin (an
// installation administrator) creates a programme from the Installation page (a bad answer is
// named beside its field first) and gives it an admin, who adds its first partner and strand on
// its Framework page; a programme admin renames a strand of the demonstration programme, and
// edits a metric's definition (a bad answer named first, nothing changed) and a unit cost (a new
// business-case version, not yet in force). axe checks each page, with and without errors on
// show. A board member sees no way in.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, launchBrowser } from './support/browser.js';
import { loginAs, type DemoRole } from './support/login.js';
import { startServer, type RunningServer } from './support/server.js';

let server: RunningServer;
let browser: Browser;
const contexts: BrowserContext[] = [];

async function signedInPage(role: DemoRole): Promise<Page> {
  const context = await browser.newContext();
  contexts.push(context);
  const page = await context.newPage();
  await loginAs(page, server.baseUrl, role);
  return page;
}

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
});

afterAll(async () => {
  for (const context of contexts) await context.close().catch(() => undefined);
  await browser?.close();
  await server?.stop();
});

describe('setting up a programme in the product', () => {
  it('creates a programme, naming a bad answer first, and gives it an admin', async () => {
    const page = await signedInPage('admin');
    await page.goto(`${server.baseUrl}/programmes`);
    await page.getByTestId('installation-link').click();
    await page.getByRole('heading', { name: 'Create a programme' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);

    const form = page.getByTestId('create-programme-form');
    await form.getByLabel('Programme id').fill('greater-testshire');
    await form.getByLabel('Name', { exact: true }).fill('Greater Testshire Reform');
    await form.getByLabel('Place').fill('Greater Testshire');
    await form.getByLabel('First financial year').fill('2024-25');
    await form.getByLabel('Last financial year').fill('2028-29');
    await form.getByLabel('Price base year').fill('2024-25');
    await form.getByLabel('Discount rate').fill('three percent');
    await page.getByRole('button', { name: 'Create programme' }).click();
    const errors = page.getByTestId('create-programme-errors');
    await errors.waitFor();
    expect(await errors.textContent()).toContain('Discount rate: "three percent" is not allowed');
    // The message is beside the field too, and the summary links to it.
    expect(await page.locator('#create-discount-rate-error').textContent()).toContain(
      'three percent',
    );
    expect(await axeViolations(page)).toEqual([]);

    await form.getByLabel('Discount rate').fill('0.035');
    await page.getByRole('button', { name: 'Create programme' }).click();
    await page.getByTestId('programme-created').waitFor();
    await page.getByTestId('installation-programme-greater-testshire').waitFor();

    const access = page.getByTestId('admin-access-form');
    expect(await access.getByLabel('Programme').inputValue()).toBe('greater-testshire');
    await access.getByLabel('Email address').fill('finance@demo.outcomes.local');
    await page.getByRole('button', { name: 'Give admin access' }).click();
    const done = page.getByTestId('admin-access-done');
    await done.waitFor();
    expect(await done.textContent()).toContain(
      'finance@demo.outcomes.local is now an admin of Greater Testshire Reform',
    );
    expect(await axeViolations(page)).toEqual([]);

    // The new admin sees the programme and its Framework page.
    const finance = await signedInPage('finance');
    await finance.goto(`${server.baseUrl}/programmes/greater-testshire/framework`);
    await finance.getByRole('heading', { name: 'Programme settings' }).waitFor();
    expect(await finance.getByLabel('Last financial year').inputValue()).toBe('2028-29');

    // ...adds its first partner (a kind the pack format does not know is named first)...
    const partner = finance.getByTestId('new-partner-form');
    await partner.getByLabel('Partner id').fill('testshire-council');
    await partner.getByLabel('Name').fill('Testshire Council');
    await partner.getByLabel('Kind').fill('wizards');
    await partner.getByRole('button', { name: 'Add partner' }).click();
    await finance.getByTestId('new-partner-errors').waitFor();
    expect(await finance.getByTestId('new-partner-errors').textContent()).toContain('Kind:');
    expect(await axeViolations(finance)).toEqual([]);
    await partner.getByLabel('Kind').fill('council');
    await partner.getByRole('button', { name: 'Add partner' }).click();
    await finance.getByTestId('partner-testshire-council-form').waitFor();

    // ...and its first strand, sponsored by that partner.
    const strand = finance.getByTestId('new-strand-form');
    await strand.getByLabel('Strand id').fill('healthier-lives');
    await strand.getByLabel('Name').fill('Healthier Lives');
    await strand.getByRole('button', { name: 'Add strand' }).click();
    await finance.getByTestId('strand-healthier-lives-form').waitFor();
    expect(
      await finance.getByTestId('strand-healthier-lives-form').getByLabel('Sponsor').inputValue(),
    ).toBe('testshire-council');
    expect(await axeViolations(finance)).toEqual([]);
  });

  it("lets a programme's admin rename a strand on the Framework page", async () => {
    const page = await signedInPage('admin');
    await page.goto(`${server.baseUrl}/programmes/west-cheshire`);
    await page.getByTestId('nav-framework').click();
    const strand = page.getByTestId('strand-safer-communities-form');
    await strand.waitFor();
    expect(await axeViolations(page)).toEqual([]);

    await strand.getByLabel('Name').fill('');
    await strand.getByRole('button', { name: 'Save strand' }).click();
    const errors = page.getByTestId('strand-safer-communities-errors');
    await errors.waitFor();
    expect(await errors.textContent()).toContain('Name:');
    expect(await axeViolations(page)).toEqual([]);

    await strand.getByLabel('Name').fill('Safer Cheshire Communities');
    await strand.getByRole('button', { name: 'Save strand' }).click();
    await page.getByTestId('framework-saved').waitFor();
    expect(await page.getByTestId('framework-saved').textContent()).toContain(
      'Safer Cheshire Communities',
    );
    // The strand's own heading (the Metrics section groups by strand under the same name).
    await page
      .getByTestId('strand-safer-communities-section')
      .getByRole('heading', { name: 'Safer Cheshire Communities' })
      .waitFor();
  });

  it("lets a programme's admin edit a metric's definition and a unit cost", async () => {
    const page = await signedInPage('admin');
    await page.goto(`${server.baseUrl}/programmes/west-cheshire/framework`);
    await page.getByRole('heading', { name: 'Metrics', exact: true }).waitFor();
    const storedMetric = async () => {
      const res = await page.request.get(
        `${server.baseUrl}/api/programmes/west-cheshire/framework`,
      );
      expect(res.status()).toBe(200);
      const body = (await res.json()) as {
        metrics: { id: string; name: string; attribution: number }[];
      };
      return body.metrics.find((m) => m.id === 'sc-perpetrator-arrests');
    };
    const before = await storedMetric();
    expect(before).toMatchObject({ attribution: 0.8 });

    await page.getByTestId('metric-sc-perpetrator-arrests-details').locator('summary').click();
    const metric = page.getByTestId('metric-sc-perpetrator-arrests-form');
    expect(await metric.getByLabel('Attribution').inputValue()).toBe('0.8');
    expect(await axeViolations(page)).toEqual([]);

    // An attribution above 1 is refused by the API in the loader's words, against the field.
    await metric.getByLabel('Attribution').fill('1.5');
    await metric.getByRole('button', { name: 'Save metric' }).click();
    const errors = page.getByTestId('metric-sc-perpetrator-arrests-errors');
    await errors.waitFor();
    expect(await errors.textContent()).toContain('Attribution:');
    expect(await errors.getByRole('link').first().getAttribute('href')).toBe(
      '#metric-sc-perpetrator-arrests-attribution',
    );
    expect(
      await page.locator('#metric-sc-perpetrator-arrests-attribution-error').textContent(),
    ).toContain('Attribution:');
    expect(await axeViolations(page)).toEqual([]);
    // ...and so is a blank name; nothing was changed by either.
    await metric.getByLabel('Attribution').fill('0.8');
    await metric.getByLabel('Name').fill('');
    await metric.getByRole('button', { name: 'Save metric' }).click();
    await page.locator('#metric-sc-perpetrator-arrests-name-error').waitFor();
    expect(await errors.textContent()).toContain('Name:');
    expect(await storedMetric()).toEqual(before);

    await metric.getByLabel('Name').fill('Arrests of known perpetrators');
    await metric.getByRole('button', { name: 'Save metric' }).click();
    const saved = page.getByTestId('framework-saved');
    await saved.waitFor();
    expect(await saved.textContent()).toContain('Arrests of known perpetrators');
    // A metric is not part of the business case: no version is made.
    expect(await saved.textContent()).not.toContain('business-case version');
    expect(await storedMetric()).toMatchObject({ name: 'Arrests of known perpetrators' });

    // A unit cost's new value makes a new business-case version, not yet in force.
    await page
      .getByTestId('unit-cost-cs-arrest-and-prosecution-details')
      .locator('summary')
      .click();
    const unitCost = page.getByTestId('unit-cost-cs-arrest-and-prosecution-form');
    expect(await unitCost.getByLabel('Value in pounds').inputValue()).toBe('6000.00');
    expect(await axeViolations(page)).toEqual([]);
    await unitCost.getByLabel('Value in pounds').fill('6100.50');
    await unitCost.getByRole('button', { name: 'Save unit cost' }).click();
    await page.getByTestId('framework-saved-versions-link').waitFor();
    const message = await saved.textContent();
    expect(message).toContain('Arrest and prosecution');
    expect(message).toMatch(
      /This made business-case version \d+, which changes no judgement until an admin\s+puts it in force/,
    );
    expect(await unitCost.getByLabel('Value in pounds').inputValue()).toBe('6100.50');
    expect(await axeViolations(page)).toEqual([]);
    await page.getByTestId('framework-saved-versions-link').click();
    await page.getByRole('heading', { name: 'Business case versions' }).waitFor();

    // The metric's own page shows its new name.
    await page.goto(`${server.baseUrl}/programmes/west-cheshire/metrics/sc-perpetrator-arrests`);
    await page.getByRole('heading', { level: 1, name: 'Arrests of known perpetrators' }).waitFor();
  });

  it('shows a board member no way to create a programme', async () => {
    const page = await signedInPage('board');
    await page.goto(`${server.baseUrl}/programmes`);
    await page.getByTestId('programme-list').waitFor();
    expect(await page.getByTestId('installation-link').count()).toBe(0);
    expect(await page.getByTestId('nav-framework').count()).toBe(0);
  });
});
