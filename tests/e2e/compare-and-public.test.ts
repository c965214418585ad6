// Comparing places and the public page in a real browser (issue 20), axe-checked. The
// demonstration programme is opted in here (population, comparison, public page, and the code
// NI-032 on its domestic-abuse metric) by writing the store as a pack load would.
import type { Browser } from 'playwright-core';
import { recordCommentary } from '@outcomes/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, launchBrowser } from './support/browser.js';
import { loginAs } from './support/login.js';
import { startServer, type RunningServer } from './support/server.js';

const PROGRAMME = 'west-cheshire';
const TIMEOUT = 180_000;

let server: RunningServer;
let browser: Browser;

beforeAll(async () => {
  server = await startServer();
  const db = server.app.db;
  await db
    .updateTable('programme')
    .set((eb) => ({
      population: 340_000,
      comparison_opt_in: 1,
      public_page: 1,
      data_version: eb('data_version', '+', 1),
    }))
    .where('id', '=', PROGRAMME)
    .execute();
  await db
    .updateTable('metric')
    .set({ indicator_code: 'NI-032' })
    .where('programme_id', '=', PROGRAMME)
    .where('id', '=', 'sc-domestic-abuse-incidents')
    .execute();
  // One story marked public by its writer, one not: only the first may reach the public page.
  const story = { programmeId: PROGRAMME, metricId: 'sc-domestic-abuse-incidents' };
  await recordCommentary(db, {
    ...story,
    periodStart: '2017-01-01',
    whatHappened: 'Repeat calls fell after the one-stop shop opened',
    whatHelps: null,
    whatHurts: null,
    whatNext: null,
    author: { userId: null, name: 'Sam Sponsor' },
    public: true,
  });
  await recordCommentary(db, {
    ...story,
    periodStart: '2016-10-01',
    whatHappened: 'NOT FOR PUBLICATION',
    whatHelps: null,
    whatHurts: null,
    whatNext: null,
    author: { userId: null, name: 'Sam Sponsor' },
  });
  browser = await launchBrowser();
}, TIMEOUT);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('/compare', () => {
  it(
    'shows the indicator, the ranked table and the funnel figure, with no axe violations',
    async () => {
      const context = await browser.newContext();
      const page = await context.newPage();
      await loginAs(page, server.baseUrl, 'board');
      await page.goto(`${server.baseUrl}/compare?asOf=2017-03-31`);
      await page.getByRole('heading', { level: 1, name: 'Compare places' }).waitFor();
      await page.getByTestId(`compare-row-${PROGRAMME}`).waitFor();
      await expect(page.getByLabel('Indicator').inputValue()).resolves.toBe('NI-032');
      const row = page.getByTestId(`compare-row-${PROGRAMME}`);
      await expect(row.locator('[data-column="rank"]').textContent()).resolves.toBe('1');
      await expect(row.locator('[data-column="place"]').textContent()).resolves.toContain(
        'West Cheshire',
      );
      await page.getByTestId('funnel-figure').waitFor();
      await page.waitForLoadState('networkidle');
      expect(await axeViolations(page)).toEqual([]);
      await context.close();
    },
    TIMEOUT,
  );
});

describe('/public/:slug', () => {
  it(
    'is readable without signing in, carries the illustrative banner, and has no axe violations',
    async () => {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(`${server.baseUrl}/public/${PROGRAMME}`);
      await page.getByRole('heading', { level: 1, name: 'Altogether Better' }).waitFor();
      await page.getByTestId('illustrative-banner').waitFor();
      await expect(page.getByTestId('public-csv').getAttribute('href')).resolves.toBe(
        `/api/public/${PROGRAMME}/headline.csv`,
      );
      // No sign-in form: the page is public.
      expect(await page.getByLabel('Password').count()).toBe(0);
      // The story marked public, without its writer's name; the unmarked one nowhere.
      const text = await page.locator('main').textContent();
      expect(text).toContain('Repeat calls fell after the one-stop shop opened');
      expect(text).not.toContain('Sam Sponsor');
      expect(text).not.toContain('NOT FOR PUBLICATION');
      await page.waitForLoadState('networkidle');
      expect(await axeViolations(page)).toEqual([]);
      await context.close();
    },
    TIMEOUT,
  );

  it(
    'shows "not found" for a programme that does not publish',
    async () => {
      await server.app.db
        .updateTable('programme')
        .set((eb) => ({ public_page: 0, data_version: eb('data_version', '+', 1) }))
        .where('id', '=', PROGRAMME)
        .execute();
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(`${server.baseUrl}/public/${PROGRAMME}`);
      await page.getByRole('heading', { level: 1, name: 'No public page here' }).waitFor();
      await context.close();
    },
    TIMEOUT,
  );
});
