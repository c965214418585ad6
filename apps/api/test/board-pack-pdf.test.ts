// The board pack PDF route without a browser: it says how to install one, and refuses what any
// programme route refuses. (The PDF itself is printed in tests/e2e/board-pack.test.ts.)
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { getJson, startTestApp, tinyPackDir, type TestApp } from './helpers.js';

let t: TestApp;
const savedPath = process.env['CHROMIUM_PATH'];

beforeAll(async () => {
  t = await startTestApp([tinyPackDir]);
});

afterAll(async () => {
  await t.close();
});

afterEach(() => {
  if (savedPath === undefined) delete process.env['CHROMIUM_PATH'];
  else process.env['CHROMIUM_PATH'] = savedPath;
});

const url = '/api/programmes/tiny/board-pack.pdf?asOf=2014-03-31&since=2014-01-31';

describe('GET /api/programmes/:programmeId/board-pack.pdf', () => {
  it('answers 503 saying how to install a browser when none is at CHROMIUM_PATH', async () => {
    process.env['CHROMIUM_PATH'] = '/nonexistent/chromium-for-board-pack-test';
    const { status, body } = await getJson(t.app, url);
    expect(status).toBe(503);
    expect(body.error.code).toBe('browser_unavailable');
    expect(body.error.message).toContain('/nonexistent/chromium-for-board-pack-test');
    expect(body.error.message).toContain('apt-get install chromium');
    expect(body.error.message).toContain('CHROMIUM_PATH');
  });

  it('needs a signed-in user', async () => {
    const { status, body } = await getJson(t.app, url, null);
    expect(status).toBe(401);
    expect(body.error.code).toBe('unauthenticated');
  });

  it('answers 404 for an unknown programme before looking for a browser', async () => {
    process.env['CHROMIUM_PATH'] = '/nonexistent/chromium-for-board-pack-test';
    const { status } = await getJson(t.app, '/api/programmes/nowhere/board-pack.pdf');
    expect(status).toBe(404);
  });

  it('refuses a previous meeting after the meeting', async () => {
    const { status, body } = await getJson(
      t.app,
      '/api/programmes/tiny/board-pack.pdf?asOf=2014-03-31&since=2014-04-30',
    );
    expect(status).toBe(400);
    expect(body.error.message).toContain('since');
  });

  it('refuses a date that is not a date', async () => {
    const { status, body } = await getJson(
      t.app,
      '/api/programmes/tiny/board-pack.pdf?asOf=31/03/2014',
    );
    expect(status).toBe(400);
    expect(body.error.code).toBe('bad_request');
  });
});
