// A programme admin refreshes the business case in a real Chromium: downloads the workbook,
// uploads a revision with a mistake and reads every problem by sheet, row and column, fixes it,
// checks the preview of what changes, and imports it. axe finds nothing along the way.
import ExcelJS from 'exceljs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, launchBrowser } from './support/browser.js';
import { loginAs } from './support/login.js';
import { startServer, type RunningServer } from './support/server.js';

const PROGRAMME = 'west-cheshire';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

let server: RunningServer;
let browser: Browser;
let page: Page;
let exported: Buffer;

async function expectNoAxeViolations(where: string): Promise<void> {
  expect(await axeViolations(page), where).toEqual([]);
}

async function revised(edit: (workbook: ExcelJS.Workbook) => void): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(new Uint8Array(exported).buffer);
  edit(workbook);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

async function check(name: string, content: Buffer): Promise<void> {
  await page.getByLabel('Check a revised workbook').setInputFiles({
    name,
    mimeType: XLSX,
    buffer: content,
  });
  await page.getByTestId('workbook-check').click();
}

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
  page = await (await browser.newContext()).newPage();
  await loginAs(page, server.baseUrl, 'admin');
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe("an admin refreshes the programme's business case", () => {
  it('finds the page from the header and downloads the workbook', async () => {
    await page.goto(`${server.baseUrl}/programmes/${PROGRAMME}`);
    await page.getByTestId('nav-business-case').click();
    await page.getByRole('heading', { level: 1, name: 'Business case workbook' }).waitFor();
    const response = await page.request.get(
      `${server.baseUrl}/api/programmes/${PROGRAMME}/workbook.xlsx`,
    );
    expect(response.status()).toBe(200);
    exported = await response.body();
    await expectNoAxeViolations('business case page');
  });

  it('lists every problem by sheet, row and column, and stores nothing', async () => {
    await check(
      'refresh.xlsx',
      await revised((w) => {
        w.getWorksheet('partners')!.getCell('C3').value = 'wizard';
      }),
    );
    const summary = page.getByTestId('workbook-error-summary');
    await summary.waitFor({ timeout: 60_000 });
    await expect(summary.textContent()).resolves.toContain(
      'Sheet partners, row 3, column kind (C3)',
    );
    expect(await page.evaluate(() => document.activeElement?.className)).toContain(
      'govuk-error-summary',
    );
    await expectNoAxeViolations('business case page with problems');
  }, 90_000);

  it('previews the changes of a corrected workbook, then imports it', async () => {
    await check(
      'refresh.xlsx',
      await revised((w) => {
        w.getWorksheet('strands')!.getCell('B2').value = 'Early help (refreshed)';
        // A forecast too, so the import makes a business-case version (forecasts, costs and unit
        // costs are versioned; a strand's name is not).
        const forecast = w.getWorksheet('forecasts')!.getCell('C2');
        forecast.value = Number(forecast.value) + 1;
      }),
    );
    await page.getByTestId('workbook-preview').waitFor({ timeout: 60_000 });
    // In the workbook, added, changed, removed: one strand renamed, nothing else.
    const cells = await page.getByTestId('change-row-strands').locator('td').allTextContents();
    expect(cells.slice(1)).toEqual(['0', '1', '0']);
    const forecasts = await page
      .getByTestId('change-row-forecasts')
      .locator('td')
      .allTextContents();
    expect(forecasts.slice(1)).toEqual(['0', '1', '0']);
    await expectNoAxeViolations('business case preview');
    await page
      .getByLabel('Name for this version of the business case (optional)')
      .fill('2015 refresh');
    await page.getByLabel('Note on what changed and why (optional)').fill('One forecast corrected');
    await page.getByTestId('workbook-import').click();
    const panel = page.getByTestId('workbook-imported');
    await panel.waitFor({ timeout: 60_000 });
    await expect(panel.textContent()).resolves.toContain('2 changes stored from refresh.xlsx');
    // The version is listed by the name given, not yet in force.
    await page.goto(`${server.baseUrl}/programmes/${PROGRAMME}/business-case/versions`);
    await page.getByText('2015 refresh').first().waitFor({ timeout: 30_000 });
    await expectNoAxeViolations('business case imported');
    await page.goto(`${server.baseUrl}/programmes/${PROGRAMME}`);
    await expect(page.getByText('Early help (refreshed)').first().textContent()).resolves.toContain(
      'Early help (refreshed)',
    );
  }, 120_000);
});
