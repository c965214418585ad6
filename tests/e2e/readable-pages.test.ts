// Pages a board member can read, at a laptop's 1366×900 and a phone's 390×844: every main page
// of every role without page-level sideways scrolling, with no table cell clipped (a table wider
// than its column must sit in a scroll container), and axe-clean; each role's landing page; and
// the "as of" date input's errors in words. A screenshot of each page is written to
// test-results/screenshots/ (git-ignored) for people to look at; they are not compared.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, launchBrowser } from './support/browser.js';
import { loginAs, type DemoRole } from './support/login.js';
import { repoRoot, startServer, type RunningServer } from './support/server.js';

const PROGRAMME = 'west-cheshire';
const AS_OF = '2017-03-31';
const SHOTS = join(repoRoot, 'test-results', 'screenshots');

/** A page here loads, settles, is measured, screenshotted and axe-checked: slow on 2 cores. */
const PAGE_TIMEOUT = 180_000;

const VIEWPORTS = [
  { name: 'laptop', width: 1366, height: 900 },
  { name: 'phone', width: 390, height: 844 },
] as const;

const p = (path: string) => `/programmes/${PROGRAMME}${path}?asOf=${AS_OF}`;

/** Every main page, under the role whose work it is. */
const PAGES: { role: DemoRole; name: string; path: string }[] = [
  { role: 'board', name: 'overview', path: p('') },
  { role: 'board', name: 'strand', path: p('/strands/ageing-well') },
  { role: 'board', name: 'metric', path: p('/metrics/aw-ae-attendances-65') },
  // The board pack page (its controls, layout and PDF) is issue 16 part A's, tested there.
  { role: 'finance', name: 'ledger', path: p('/finance') },
  { role: 'finance', name: 'lines', path: p('/finance/lines') },
  { role: 'finance', name: 'cost-lines', path: p('/finance/cost-lines') },
  { role: 'finance', name: 'finance-returns', path: p('/finance/returns') },
  { role: 'finance', name: 'finance-returns-year', path: p('/finance/returns/2015-16') },
  { role: 'finance', name: 'equity', path: p('/finance/equity') },
  { role: 'finance', name: 'reinvestment', path: p('/finance/reinvestment') },
  { role: 'finance', name: 'unit-costs', path: p('/finance/unit-costs') },
  { role: 'finance', name: 'scenarios', path: p('/finance/scenarios') },
  { role: 'sponsor', name: 'sponsor-strand', path: p('/strands/safer-communities') },
  { role: 'sponsor', name: 'sponsor-metric', path: p('/metrics/sc-perpetrator-arrests') },
  { role: 'data-officer', name: 'returns', path: p('/returns') },
  { role: 'data-officer', name: 'upload', path: p('/returns/upload') },
  { role: 'data-officer', name: 'enter', path: p('/returns/enter') },
  { role: 'data-officer', name: 'history', path: p('/submissions') },
  { role: 'admin', name: 'users', path: p('/users') },
  { role: 'admin', name: 'audit', path: p('/audit') },
  { role: 'admin', name: 'account', path: '/account' },
  { role: 'admin', name: 'accessibility', path: '/accessibility' },
];

let server: RunningServer;
let browser: Browser;
const contexts = new Map<DemoRole, BrowserContext>();

/** One signed-in context per role, shared by that role's pages. */
async function pageAs(role: DemoRole): Promise<Page> {
  let context = contexts.get(role);
  if (context === undefined) {
    context = await browser.newContext();
    contexts.set(role, context);
    const page = await context.newPage();
    await loginAs(page, server.baseUrl, role);
    await page.close();
  }
  return context.newPage();
}

async function settle(page: Page): Promise<void> {
  await page.locator('h1').first().waitFor();
  await page.waitForLoadState('networkidle');
  // Lazy charts and tables render after their data: wait until no loading notice is left.
  await page.waitForFunction(
    () => document.querySelectorAll('[data-testid="loading"]').length === 0,
  );
}

/** What overflows: the page sideways, and table cells cut off (outside any scroll container). */
async function overflowProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    const root = document.documentElement;
    if (root.scrollWidth > window.innerWidth) {
      problems.push(`page scrolls sideways: ${root.scrollWidth}px in ${window.innerWidth}px`);
    }
    const scrolls = (el: Element | null): boolean => {
      for (let e = el; e !== null && e !== document.body; e = e.parentElement) {
        const x = getComputedStyle(e).overflowX;
        if (x === 'auto' || x === 'scroll') return true;
      }
      return false;
    };
    for (const table of document.querySelectorAll('table')) {
      const box = table.getBoundingClientRect();
      if (box.width === 0) continue; // in a closed details element
      const parent = table.parentElement;
      if (parent && box.width > parent.clientWidth + 1 && !scrolls(parent)) {
        problems.push(`table "${table.caption?.textContent?.slice(0, 60) ?? ''}" is cut off`);
      }
    }
    for (const cell of document.querySelectorAll('td, th')) {
      const el = cell as HTMLElement;
      if (el.getBoundingClientRect().width === 0) continue;
      const style = getComputedStyle(el);
      if (style.overflowX === 'hidden' && el.scrollWidth > el.clientWidth + 1) {
        problems.push(`cell "${el.textContent?.slice(0, 40) ?? ''}" is clipped`);
      }
    }
    return problems;
  });
}

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  server = await startServer();
  browser = await launchBrowser();
});

afterAll(async () => {
  for (const context of contexts.values()) await context.close().catch(() => undefined);
  await browser?.close();
  await server?.stop();
});

describe('each role lands where its work is', () => {
  const cases: { role: DemoRole; path: RegExp; testId?: string }[] = [
    { role: 'board', path: new RegExp(`/programmes/${PROGRAMME}$`) },
    { role: 'finance', path: new RegExp(`/programmes/${PROGRAMME}/finance$`) },
    {
      role: 'sponsor',
      path: new RegExp(`/programmes/${PROGRAMME}/strands/safer-communities$`),
      testId: 'commentary-due',
    },
    {
      role: 'data-officer',
      path: new RegExp(`/programmes/${PROGRAMME}/returns$`),
      testId: 'returns-partner-cheshire-constabulary',
    },
  ];
  for (const c of cases) {
    it(
      `${c.role}: signing in at / opens ${c.path.source}`,
      async () => {
        const context = await browser.newContext();
        try {
          const page = await context.newPage();
          await loginAs(page, server.baseUrl, c.role);
          await page.waitForURL((url) => c.path.test(url.pathname));
          if (c.testId) await page.getByTestId(c.testId).waitFor();
        } finally {
          await context.close();
        }
      },
      PAGE_TIMEOUT,
    );
  }

  it(
    'the sponsor sees which metrics owe the story behind their latest figure',
    async () => {
      const page = await pageAs('sponsor');
      await page.goto(`${server.baseUrl}${p('/strands/safer-communities')}`);
      const due = page.getByTestId('commentary-due');
      await due.getByTestId('commentary-due-count').waitFor();
      // The demonstration pack's stories stop at 2015-16, so March 2017's are due.
      expect(await due.textContent()).toMatch(/metrics? needs? the story behind the latest figure/);
      await due.getByRole('link').first().click();
      // The form opens itself at the latest period with a figure.
      const form = page.getByTestId('commentary-form');
      await form.waitFor();
      const period = await form.getByLabel('Period').inputValue();
      const series = await (
        await page.request.get(
          `${server.baseUrl}/api/programmes/${PROGRAMME}/metrics/${page.url().split('/metrics/')[1]?.split('?')[0]}/series?asOf=${AS_OF}`,
        )
      ).json();
      const latest = series.periods.findLast((q: { actual: number | null }) => q.actual !== null);
      expect(period).toBe(latest.periodStart);
      await page.close();
    },
    PAGE_TIMEOUT,
  );
});

describe('the "as of" date input', () => {
  it(
    'shows errors in words, inline and in a summary, and never asks for the year 62015',
    async () => {
      const page = await pageAs('board');
      await page.goto(`${server.baseUrl}${p('')}`);
      await page.getByTestId('as-of-date-day').waitFor();
      const fill = async (day: string, month: string, year: string) => {
        await page.getByTestId('as-of-date-day').fill(day);
        await page.getByTestId('as-of-date-month').fill(month);
        await page.getByTestId('as-of-date-year').fill(year);
        await page.getByTestId('as-of-apply').click();
      };
      await fill('31', '2', '2015');
      expect(await page.getByTestId('as-of-date-error').textContent()).toContain(
        'The date to show the figures at must be a real date',
      );
      const summary = page.getByTestId('as-of-error-summary');
      expect(await summary.textContent()).toContain('must be a real date');
      expect(await summary.locator('a').getAttribute('href')).toMatch(/-day$/);
      expect(page.url()).toContain(`asOf=${AS_OF}`);
      expect(await axeViolations(page)).toEqual([]);

      await fill('1', '4', '62015');
      expect(await page.getByTestId('as-of-date-error').textContent()).toContain(
        'Year must include 4 numbers',
      );
      expect(page.url()).toContain(`asOf=${AS_OF}`);

      await fill('', '4', '2015');
      expect(await page.getByTestId('as-of-date-error').textContent()).toContain(
        'must include a day',
      );

      await fill('31', '3', '2016');
      await page.waitForURL(/asOf=2016-03-31/);
      await page.close();
    },
    PAGE_TIMEOUT,
  );

  it(
    'puts an unreadable date in the address into words, not the API’s text',
    async () => {
      const page = await pageAs('board');
      await page.goto(`${server.baseUrl}/programmes/${PROGRAMME}?asOf=62015-01-01`);
      const message = page.getByTestId('error-message');
      await message.waitFor();
      const text = (await message.textContent()) ?? '';
      expect(text).toContain('The “as of” date is not a real date');
      expect(text).not.toContain('querystring');
      // The date input is offered to put it right.
      await page.getByTestId('as-of-date-day').waitFor();
      await page.close();
    },
    PAGE_TIMEOUT,
  );
});

for (const viewport of VIEWPORTS) {
  describe(`every main page at ${viewport.width}×${viewport.height}`, () => {
    for (const target of PAGES) {
      it(
        `${target.role}: ${target.name}`,
        async () => {
          const page = await pageAs(target.role);
          try {
            await page.setViewportSize({ width: viewport.width, height: viewport.height });
            await page.goto(`${server.baseUrl}${target.path}`);
            await settle(page);
            await page.screenshot({
              path: join(SHOTS, `${viewport.name}-${target.role}-${target.name}.png`),
              fullPage: true,
            });
            expect(await overflowProblems(page)).toEqual([]);
            if (viewport.name === 'laptop') expect(await axeViolations(page)).toEqual([]);
          } finally {
            await page.close();
          }
        },
        PAGE_TIMEOUT,
      );
    }
  });
}
