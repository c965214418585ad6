// Accounts in a real Chromium: the sign-in page, each demonstration role seeing the controls it
// may use and not the others, the admin's user management, the audit log, the account page, and
// a strict Content-Security-Policy that the pages keep to. axe checks the sign-in and admin pages.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, launchBrowser } from './support/browser.js';
import { demoEmail, loginAs, type DemoRole } from './support/login.js';
import { E2E_DEMO_PASSWORD, startServer, type RunningServer } from './support/server.js';

const PROGRAMME = 'west-cheshire';
const AS_OF = '2017-03-31';

let server: RunningServer;
let browser: Browser;
const contexts: BrowserContext[] = [];

/** A fresh browser context and page; CSP violations reported by the page are collected. */
async function newPage(): Promise<{ page: Page; cspErrors: string[] }> {
  const context = await browser.newContext();
  contexts.push(context);
  const page = await context.newPage();
  const cspErrors: string[] = [];
  page.on('console', (message) => {
    if (/Content[- ]Security[- ]Policy/i.test(message.text())) cspErrors.push(message.text());
  });
  return { page, cspErrors };
}

async function signedInPage(role: DemoRole) {
  const made = await newPage();
  await loginAs(made.page, server.baseUrl, role);
  return made;
}

const overview = () => `${server.baseUrl}/programmes/${PROGRAMME}?asOf=${AS_OF}`;

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
});

afterAll(async () => {
  for (const context of contexts) await context.close().catch(() => undefined);
  await browser?.close();
  await server?.stop();
});

describe('the sign-in page', () => {
  it('is shown at any address while signed out, and has no axe violations', async () => {
    const { page } = await newPage();
    await page.goto(overview());
    await page.getByTestId('login-form').waitFor();
    expect(await page.locator('h1').textContent()).toBe('Sign in');
    expect(await page.title()).toBe('Sign in – Outcomes');
    expect(await axeViolations(page)).toEqual([]);
  });

  it('names the problem without saying whether the email exists, and stays accessible', async () => {
    const { page } = await newPage();
    await page.goto(`${server.baseUrl}/`);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByTestId('login-errors').waitFor();
    expect(await page.getByTestId('login-errors').textContent()).toContain(
      'Enter your email address',
    );
    expect(await axeViolations(page)).toEqual([]);

    await page.getByLabel('Email address').fill(demoEmail('board'));
    await page.getByLabel('Password').fill('not the right password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByText('The email address or password is not right.').waitFor();
    await page.getByLabel('Email address').fill('nobody@demo.outcomes.local');
    await page.getByLabel('Password').fill('not the right password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByText('The email address or password is not right.').waitFor();
  });

  it('opens the page that was asked for after signing in', async () => {
    const { page } = await newPage();
    await page.goto(
      `${server.baseUrl}/programmes/${PROGRAMME}/strands/safer-communities?asOf=${AS_OF}`,
    );
    await page.getByLabel('Email address').fill(demoEmail('sponsor'));
    await page.getByLabel('Password').fill(E2E_DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByTestId('strand-sponsor').waitFor();
    expect(page.url()).toContain('/strands/safer-communities');
  });
});

describe('each demonstration role sees what it may do, and not what it may not', () => {
  const expectations: [DemoRole, { users: boolean; audit: boolean }][] = [
    ['board', { users: false, audit: false }],
    ['finance', { users: false, audit: true }],
    ['sponsor', { users: false, audit: false }],
    ['data-officer', { users: false, audit: false }],
    ['admin', { users: true, audit: true }],
  ];

  it.each(expectations)('%s', async (role, may) => {
    const { page, cspErrors } = await signedInPage(role);
    await page.goto(overview());
    await page.getByTestId('headline-realisedBenefitToDate').waitFor();
    const nav = page.getByTestId('user-navigation');
    await expect(nav.textContent()).resolves.toContain('Sign out');
    expect(await page.getByTestId('nav-users').count()).toBe(may.users ? 1 : 0);
    expect(await page.getByTestId('nav-audit').count()).toBe(may.audit ? 1 : 0);

    // The account page names the role (and its scope).
    await page.getByTestId('nav-account').click();
    await page.getByTestId('my-roles').waitFor();
    const roles = (await page.getByTestId('my-roles').textContent()) ?? '';
    expect(await page.getByTestId('my-roles').locator(`[data-role="${role}"]`).count()).toBe(1);
    // Roles name the strand and the partner, never their ids.
    if (role === 'sponsor') expect(roles).toContain('Strand sponsor of Safer Communities');
    if (role === 'data-officer') expect(roles).toContain('Data officer for Cheshire Constabulary');

    // A page the role may not use says so, whatever its address.
    if (!may.users) {
      await page.goto(`${server.baseUrl}/programmes/${PROGRAMME}/users`);
      await page.getByText('You do not have permission to see this page').waitFor();
      expect(await page.getByTestId('invite-form').count()).toBe(0);
    }
    if (!may.audit) {
      await page.goto(`${server.baseUrl}/programmes/${PROGRAMME}/audit`);
      await page.getByText('You do not have permission to see this page').waitFor();
      expect(await page.getByTestId('audit-csv').count()).toBe(0);
    }
    expect(cspErrors).toEqual([]);
  });
});

describe('the admin', () => {
  let page: Page;
  beforeAll(async () => {
    ({ page } = await signedInPage('admin'));
  });

  it('sees every user with their roles, on a page with no axe violations', async () => {
    await page.goto(overview());
    await page.getByTestId('nav-users').click();
    await page.getByTestId('invite-form').waitFor();
    for (const role of ['board', 'finance', 'sponsor', 'data-officer', 'admin'] as const) {
      await page.getByTestId(`user-${demoEmail(role)}`).waitFor();
    }
    expect(await axeViolations(page)).toEqual([]);
  });

  it('invites a data officer, and the form names problems accessibly', async () => {
    await page.getByRole('button', { name: 'Invite user' }).click();
    await page.getByTestId('invite-errors').waitFor();
    expect(await axeViolations(page)).toEqual([]);

    await page.getByLabel('Full name').fill('Nia Nurse');
    await page.getByLabel('Email address').fill('nia.nurse@nhs.example');
    await page.getByLabel('First password').fill('a first passphrase for nia');
    await page.getByLabel('Data officer').check();
    await page.getByLabel('Partner').selectOption('west-cheshire-ccg');
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Invite user' }).click();
    await page.getByTestId('user-invited').waitFor();
    const row = page.getByTestId('user-nia.nurse@nhs.example');
    await row.waitFor();
    expect(await row.textContent()).toContain(
      'Data officer for West Cheshire Clinical Commissioning Group',
    );
  });

  it('changes a user’s roles on the user page', async () => {
    await page
      .getByTestId('user-nia.nurse@nhs.example')
      .getByRole('link', { name: /Change roles/ })
      .click();
    await page.getByTestId('roles-form').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByLabel('Board member').check();
    await page.getByRole('button', { name: 'Save roles' }).click();
    await page.getByTestId('invite-form').waitFor();
    const row = page.getByTestId('user-nia.nurse@nhs.example');
    await expect(row.textContent()).resolves.toContain('Board member');
  });

  it('disables the user, who can then no longer sign in', async () => {
    await page.getByTestId('disable-nia.nurse@nhs.example').click();
    await page.getByTestId('enable-nia.nurse@nhs.example').waitFor();
    const res = await fetch(`${server.baseUrl}/api/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        email: 'nia.nurse@nhs.example',
        password: 'a first passphrase for nia',
      }),
    });
    expect(res.status).toBe(401);
  });

  it('sees each change in the audit log, with before and after', async () => {
    await page.getByTestId('nav-audit').click();
    await page.getByTestId('audit-filters').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    const text = (await page.locator('main').textContent()) ?? '';
    for (const action of ['user-create', 'role-change', 'user-disable', 'pack-load']) {
      expect(text).toContain(action);
    }
    expect(text).toContain(demoEmail('admin'));
  });
});

describe('finance and the audit log', () => {
  it('filters the log and downloads it as CSV', async () => {
    const { page } = await signedInPage('finance');
    await page.goto(`${server.baseUrl}/programmes/${PROGRAMME}/audit`);
    await page.getByTestId('audit-filters').waitFor();
    await page.getByLabel('Change').selectOption('pack-load');
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await page.waitForURL(/action=pack-load/);
    // The URL changes before the filtered entries arrive: wait for the refetch to render.
    await expect
      .poll(async () => page.getByTestId('audit-count').textContent())
      .toMatch(/of 1 entry/);
    expect(await axeViolations(page)).toEqual([]);

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('audit-csv').click(),
    ]);
    expect(download.suggestedFilename()).toBe(`audit-${PROGRAMME}.csv`);
    const path = await download.path();
    const { readFileSync } = await import('node:fs');
    const csv = readFileSync(path, 'utf8').trim().split('\r\n');
    expect(csv[0]).toBe('id,at,actor,actor_user_id,action,entity,entity_id,before,after,detail');
    expect(csv).toHaveLength(2);
    expect(csv[1]).toContain(',pack-load,');
  });
});

describe('your account', () => {
  it('makes an API token shown once, which acts as you; the page has no axe violations', async () => {
    const { page } = await signedInPage('data-officer');
    await page.getByTestId('nav-account').click();
    await page.getByLabel('Name').fill('Police nightly returns');
    await page.getByRole('button', { name: 'Make token' }).click();
    const token = ((await page.getByTestId('new-token-value').textContent()) ?? '').trim();
    expect(token).toMatch(/^otk_/);
    expect(await axeViolations(page)).toEqual([]);
    const me = await fetch(`${server.baseUrl}/api/me`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(((await me.json()) as { email: string }).email).toBe(demoEmail('data-officer'));

    // Revoked from the page, it stops working.
    await page.getByRole('button', { name: /Revoke/ }).click();
    await page.getByText('Revoked').waitFor();
    const after = await fetch(`${server.baseUrl}/api/me`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(after.status).toBe(401);
  });
});

describe('signing out', () => {
  it('ends the session: the sign-in page is back, also after reloading', async () => {
    const { page } = await signedInPage('board');
    await page.goto(overview());
    await page.getByTestId('headline-realisedBenefitToDate').waitFor();
    await page.getByTestId('sign-out').click();
    await page.getByTestId('login-form').waitFor();
    await page.goto(overview());
    await page.getByTestId('login-form').waitFor();
    const res = await page.request.get(`${server.baseUrl}/api/programmes`);
    expect(res.status()).toBe(401);
  });
});

describe('Content-Security-Policy', () => {
  it('is strict, and the charts and the API documentation render under it', async () => {
    const { page, cspErrors } = await signedInPage('board');
    const response = await page.goto(
      `${server.baseUrl}/programmes/${PROGRAMME}/metrics/sc-perpetrator-arrests?asOf=${AS_OF}`,
    );
    const csp = response?.headers()['content-security-policy'] ?? '';
    expect(csp).toContain("script-src 'self'");
    await page.getByTestId('series-figure').waitFor();
    await page.locator('.recharts-surface').first().waitFor();
    await page.goto(`${server.baseUrl}/api/docs`);
    await page.locator('.swagger-ui').first().waitFor();
    await page.getByText('Outcomes API').first().waitFor();
    expect(cspErrors).toEqual([]);
  });
});
