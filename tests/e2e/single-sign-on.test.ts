// Single sign-on in a real Chromium against a real OpenID Connect provider in this process: the
// sign-in page's "Sign in with <provider>" button, the provider's own login page, and back to the
// page that was asked for, signed in; and a refused sign-on back on the sign-in page saying why.
// axe checks the sign-in page with the button and with the refusal.
import { oidcRefusalMessages } from '@outcomes/contract';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  startTestProvider,
  TEST_CLIENT_ID,
  TEST_CLIENT_SECRET,
  type TestProvider,
} from '../../apps/api/test/oidc-test-provider.js';
import { axeViolations, launchBrowser } from './support/browser.js';
import { demoEmail } from './support/login.js';
import { startServer, type RunningServer } from './support/server.js';

const PROGRAMME_PATH = '/programmes/west-cheshire?asOf=2017-03-31';

let provider: TestProvider;
let server: RunningServer;
let browser: Browser;
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  provider = await startTestProvider();
  server = await startServer({
    oidc: {
      issuer: provider.issuer,
      clientId: TEST_CLIENT_ID,
      clientSecret: TEST_CLIENT_SECRET,
      allowedDomains: ['demo.outcomes.local'],
      displayName: 'Test Council',
    },
  });
  provider.registerClient(`${server.baseUrl}/api/auth/oidc/callback`);
  provider.accounts.set('board', { email: demoEmail('board'), email_verified: true });
  provider.accounts.set('stranger', {
    email: 'stranger@demo.outcomes.local',
    email_verified: true,
  });
  browser = await launchBrowser();
});
afterAll(async () => {
  for (const context of contexts) await context.close();
  await browser?.close();
  await server?.stop();
  await provider?.stop();
});

async function newPage(): Promise<Page> {
  const context = await browser.newContext();
  contexts.push(context);
  return context.newPage();
}

/** From the sign-in page, through the provider's login form as `account`. */
async function signOnAs(page: Page, account: string): Promise<void> {
  await page.getByRole('button', { name: 'Sign in with Test Council' }).click();
  await page.locator('input[name="login"]').fill(account);
  await page.locator('input[name="password"]').fill('any password');
  await page.locator('button[type="submit"]').click();
}

describe('single sign-on from the sign-in page', () => {
  it('offers the provider, signs in through it, and opens the page asked for', async () => {
    const page = await newPage();
    await page.goto(`${server.baseUrl}${PROGRAMME_PATH}`);
    await page.getByTestId('login-form').waitFor();
    await page.getByTestId('single-sign-on').waitFor();
    expect(await axeViolations(page)).toEqual([]);

    await signOnAs(page, 'board');
    await page.getByTestId('sign-out').waitFor();
    const url = new URL(page.url());
    expect(`${url.pathname}${url.search}`).toBe(PROGRAMME_PATH);
    const me = await page.evaluate(async () => (await fetch('/api/me')).json());
    expect(me).toMatchObject({ email: demoEmail('board') });
  });

  it('comes back to the sign-in page saying why an unknown email was refused', async () => {
    const page = await newPage();
    await page.goto(`${server.baseUrl}/`);
    await page.getByTestId('single-sign-on').waitFor();
    await signOnAs(page, 'stranger');
    const summary = page.getByTestId('login-errors');
    await summary.waitFor();
    expect(await summary.textContent()).toContain(oidcRefusalMessages['sso-unknown-account']);
    await expect(page.title()).resolves.toMatch(/^Error: Sign in/);
    // The reason's code is taken off the address once shown.
    expect(new URL(page.url()).search).toBe('');
    expect(await axeViolations(page)).toEqual([]);
  });
});
