// Business case versions in a real Chromium (issue #17): the headline says which version the
// figures are against; an admin opens "Business case versions", compares the original with a
// refresh, is told what is missing from the form, puts the refresh in force with a reason, and
// the headline follows, while an earlier as-of date still shows the original. axe finds nothing.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadPack } from '@outcomes/db';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, launchBrowser } from './support/browser.js';
import { loginAs } from './support/login.js';
import { demoPackDir, startServer, type RunningServer } from './support/server.js';

const PROGRAMME = 'west-cheshire';

let server: RunningServer;
let browser: Browser;
let page: Page;
let refreshDir: string;

async function expectNoAxeViolations(where: string): Promise<void> {
  expect(await axeViolations(page), where).toEqual([]);
}

beforeAll(async () => {
  server = await startServer();
  // A refresh of the demonstration business case: one forecast changed, loaded as version 2.
  refreshDir = mkdtempSync(join(tmpdir(), 'outcomes-e2e-refresh-'));
  cpSync(demoPackDir, refreshDir, { recursive: true });
  const forecasts = join(refreshDir, 'forecasts.csv');
  const text = readFileSync(forecasts, 'utf8');
  const from = 'sc-domestic-abuse-incidents,2013-04-01,281';
  if (!text.includes(from)) throw new Error(`${from} is not in the demonstration forecasts`);
  writeFileSync(forecasts, text.replace(from, 'sc-domestic-abuse-incidents,2013-04-01,275'));
  await loadPack(server.app.db, refreshDir, { replace: true, versionName: '2015 refresh' });
  browser = await launchBrowser();
  page = await (await browser.newContext()).newPage();
  await loginAs(page, server.baseUrl, 'admin');
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  if (refreshDir) rmSync(refreshDir, { recursive: true, force: true });
});

describe('business case versions', () => {
  it('says on the overview which version the figures are against, and links to the versions', async () => {
    await page.goto(`${server.baseUrl}/programmes/${PROGRAMME}`);
    const against = page.getByTestId('business-case-against');
    await against.waitFor();
    expect(await against.textContent()).toBe('Against: v1 original business case');
    await against.getByRole('link').click();
    await page.getByRole('heading', { level: 1, name: 'Business case versions' }).waitFor();
    await page.getByTestId('version-row-2').waitFor();
    expect(await page.getByTestId('version-in-force').textContent()).toContain(
      'v1 original business case',
    );
    // The comparison defaults to the version in force against the latest.
    await page.getByTestId('version-comparison').waitFor();
    const changes = page.getByTestId('comparison-change');
    expect(await changes.count()).toBe(1);
    expect(await changes.first().textContent()).toContain('sc-domestic-abuse-incidents');
    await expectNoAxeViolations('versions page with a comparison');
  }, 60_000);

  it('lists what is missing from the form, then puts the refresh in force', async () => {
    await page.getByTestId('in-force-submit').click();
    const summary = page.getByTestId('in-force-errors');
    await summary.waitFor();
    expect(await summary.textContent()).toContain('Enter the reason');
    await expectNoAxeViolations('versions page with form errors');

    await page.locator('#in-force-version').selectOption('2');
    await page.getByTestId('in-force-date-day').fill('1');
    await page.getByTestId('in-force-date-month').fill('4');
    await page.getByTestId('in-force-date-year').fill('2015');
    await page.locator('#in-force-reason').fill('Board approved the 2015 refresh');
    await page.getByTestId('in-force-submit').click();
    await page.getByTestId('in-force-saved').waitFor();
    expect(await page.getByTestId('in-force-saved').textContent()).toContain(
      'Version 2 is in force',
    );
    await page.getByTestId('decision-row-1').waitFor();
    await expectNoAxeViolations('versions page after a decision');
  }, 60_000);

  it('judges the headline against the refresh now, and replays an earlier date as it was', async () => {
    await page.goto(`${server.baseUrl}/programmes/${PROGRAMME}`);
    await page.getByTestId('business-case-against').waitFor();
    expect(await page.getByTestId('business-case-against').textContent()).toBe(
      'Against: v2 2015 refresh',
    );
    await page.goto(`${server.baseUrl}/programmes/${PROGRAMME}?asOf=2015-06-30`);
    await page.getByTestId('business-case-against').waitFor();
    expect(await page.getByTestId('business-case-against').textContent()).toBe(
      'Against: v1 original business case',
    );
    await expectNoAxeViolations('overview with the version line');
  }, 60_000);
});
