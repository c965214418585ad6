// Issue 18 in a real Chromium: the returns page shows fiscal, economic and social value and the
// financial and public value returns side by side, as tables with the API's figures, and has
// no axe violations.
import { formatGbp } from '@outcomes/core';
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

describe('the value stack on the returns page', () => {
  it('shows the API’s fiscal, economic and social value and both returns, with no axe violations', async () => {
    await page.goto(`${server.baseUrl}/programmes/${PROGRAMME}/finance/returns?asOf=${AS_OF}`);
    await page.getByTestId('value-stack-total').waitFor();
    const res = await page.request.get(
      `${server.baseUrl}/api/programmes/${PROGRAMME}/value-stack?asOf=${AS_OF}`,
    );
    expect(res.status()).toBe(200);
    const stack = await res.json();
    const bc = stack.programme.businessCase;
    // The demonstration's domestic-abuse and employment unit costs carry economic value.
    expect(bc.value.economic).toBeGreaterThan(0);
    for (const part of ['fiscal', 'economic', 'social', 'total'] as const) {
      const cell = page
        .getByTestId(`value-stack-${part}`)
        .locator('[data-column="businessCase-value"]');
      expect(Number(await cell.getAttribute('data-value')), part).toBe(bc.value[part]);
      expect(await cell.textContent(), part).toContain(formatGbp(bc.value[part]));
    }
    const roi = page
      .getByTestId('value-stack-return-discounted-roi')
      .locator('[data-column="businessCase-publicValue"]');
    expect(Number(await roi.getAttribute('data-value'))).toBe(
      bc.discountedPublicValueReturnOnInvestment,
    );
    expect(await axeViolations(page)).toEqual([]);
  });
});
