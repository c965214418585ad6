// Signing in as a demonstration account, the way a person does: through the sign-in page.
import type { APIRequestContext, Page } from 'playwright-core';
import { E2E_DEMO_PASSWORD } from './server.js';

export type DemoRole = 'board' | 'finance' | 'sponsor' | 'data-officer' | 'admin';

export const demoEmail = (role: DemoRole): string => `${role}@demo.outcomes.local`;

/**
 * Signs `page` in as the demonstration account for `role` through the sign-in form (shown at
 * any address while signed out), and waits until the signed-in header appears. The session cookie
 * then belongs to the page's browser context.
 */
export async function loginAs(page: Page, baseUrl: string, role: DemoRole): Promise<void> {
  await page.goto(`${baseUrl}/`);
  await page.getByTestId('login-form').waitFor();
  await page.getByLabel('Email address').fill(demoEmail(role));
  await page.getByLabel('Password').fill(E2E_DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByTestId('sign-out').waitFor();
}

/**
 * Signs a request context in (no page): for tests that only need the API, or that set a
 * session up before opening pages. Returns the CSRF token for writes.
 */
export async function loginRequest(
  request: APIRequestContext,
  baseUrl: string,
  role: DemoRole,
): Promise<string> {
  const res = await request.post(`${baseUrl}/api/login`, {
    data: { email: demoEmail(role), password: E2E_DEMO_PASSWORD },
  });
  if (res.status() !== 200)
    throw new Error(`sign-in as ${role} failed: ${res.status()} ${await res.text()}`);
  return ((await res.json()) as { csrfToken: string }).csrfToken;
}
