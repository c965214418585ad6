// Hostile uploads through the API: malformed multipart is a 400, a file past a bound a 413
// naming it, a user with too many uploads on the way a 429 and a full server queue a 503 (both
// with Retry-After); nothing is ever stored for a refused upload, and good uploads still work.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  authHeaders,
  createTestUser,
  startTestApp,
  storeChecksum,
  tinyPackDir,
  type TestApp,
} from './helpers.js';
import { csvFlood, sheetBomb } from './hostile-files.js';
import { multipartBody, upload } from './submissions-support.js';

const GOOD_CSV = 'metric_id,period_start,value,note\nincidents,2013-10-01,80,\n';

async function officer(t: TestApp, email: string): Promise<string> {
  const user = await createTestUser(t.db, {
    email,
    programmeId: 'tiny',
    roles: [{ role: 'data-officer', partnerId: 'police' }],
  });
  return user.token;
}

describe('malformed and hostile uploads', { timeout: 30_000 }, () => {
  let t: TestApp;
  let police: string;
  beforeAll(async () => {
    t = await startTestApp([tinyPackDir]);
    police = await officer(t, 'police@test.local');
  });
  afterAll(async () => t.close());

  const post = (payload: Buffer | string, contentType: string) =>
    t.app.inject({
      method: 'POST',
      url: '/api/programmes/tiny/submissions',
      headers: { ...authHeaders({ token: police }), 'content-type': contentType },
      payload,
    });

  it('answers a multipart body without a boundary, or cut short, with 400', async () => {
    const before = await storeChecksum(t.db);
    const noBoundary = await post('--x\r\n\r\nhello', 'multipart/form-data');
    expect(noBoundary.statusCode).toBe(400);
    expect(noBoundary.json().error.message).toMatch(/not a well-formed multipart/);
    const { body, contentType } = multipartBody([
      { name: 'file', fileName: 'figures.csv', value: GOOD_CSV },
    ]);
    const cut = await post(body.subarray(0, body.length - 30), contentType);
    expect(cut.statusCode).toBe(400);
    expect(cut.json().error.code).toBe('bad_request');
    expect(await storeChecksum(t.db)).toBe(before);
  });

  it('answers two tiny file parts with "one file per upload", not "too large"', async () => {
    const { body, contentType } = multipartBody([
      { name: 'file', fileName: 'a.csv', value: GOOD_CSV },
      { name: 'file', fileName: 'b.csv', value: GOOD_CSV },
    ]);
    const res = await post(body, contentType);
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message).toMatch(/one file per upload/);
    expect(res.json().error.message).not.toMatch(/larger than/);
  });

  it('refuses a zip bomb with 413 naming the bound, storing nothing', async () => {
    const before = await storeChecksum(t.db);
    const res = await upload(t.app, {
      token: police,
      fileName: 'figures.xlsx',
      content: await sheetBomb(128 * 1024 * 1024),
    });
    expect(res.status).toBe(413);
    expect(res.body.error.code).toBe('upload_limit_exceeded');
    expect(res.body.error.details.limit).toBe('entryBytes');
    expect(res.body.error.message).toMatch(
      /unpacks to more than 32 MiB \(xl\/worksheets\/sheet1\.xml\)/,
    );
    expect(res.body.error.details.errors[0].message).toBe(res.body.error.message);
    expect(await storeChecksum(t.db)).toBe(before);
  });

  it('refuses a good row followed by a flood of commas, storing nothing', async () => {
    const before = await storeChecksum(t.db);
    const res = await upload(t.app, {
      token: police,
      fileName: 'figures.csv',
      content: csvFlood('incidents,2013-10-01,80,', ',', 1_600_000),
    });
    expect(res.status).toBe(413);
    expect(res.body.error.details.limit).toBe('blankRows');
    expect(await storeChecksum(t.db)).toBe(before);
  });

  it('still stores a good upload afterwards', async () => {
    const res = await upload(t.app, {
      token: police,
      fileName: 'figures.csv',
      content: Buffer.from(GOOD_CSV),
    });
    expect(res.status).toBe(201);
    expect(res.body.created).toBe(1);
  });
});

describe('upload queues', { timeout: 30_000 }, () => {
  let t: TestApp;
  let first: string;
  let second: string;
  beforeAll(async () => {
    // One worker, no server-wide queue, one upload per user and none waiting.
    t = await startTestApp([tinyPackDir], {
      uploads: { workers: 1, maxQueue: 0, perUserConcurrency: 1, perUserQueue: 0 },
    });
    first = await officer(t, 'first@test.local');
    second = await officer(t, 'second@test.local');
  });
  afterAll(async () => t.close());

  const send = (token: string) =>
    upload(t.app, { token, fileName: 'figures.csv', content: Buffer.from(GOOD_CSV) });

  it('answers a second upload of the same user, while the first is read, with 429 and Retry-After', async () => {
    const [a, b] = await Promise.all([send(first), send(first)]);
    const statuses = [a.status, b.status].sort();
    expect(statuses).toEqual([201, 429]);
    const refused = a.status === 429 ? a : b;
    expect(refused.res.headers['retry-after']).toBe('5');
    expect(refused.body.error.code).toBe('too_many_requests');
  });

  it('answers an upload while every worker is busy and the queue is full with 503 and Retry-After', async () => {
    // The first file keeps the only worker busy for a while (19,000 rows, each checked), so the
    // second arrives while it is read, however slow the store's authentication round trip.
    const long =
      'metric_id,period_start,value,note\n' + 'incidents,2013-10-01,80,\n'.repeat(19_000);
    const busy = upload(t.app, { token: first, fileName: 'long.csv', content: Buffer.from(long) });
    await new Promise((resolve) => setTimeout(resolve, 20));
    const [a, b] = await Promise.all([busy, send(second)]);
    const refused = [a, b].find((r) => r.status === 503);
    expect(refused).toBeDefined();
    expect(refused?.res.headers['retry-after']).toBe('5');
    expect(refused?.body.error.code).toBe('service_unavailable');
    // The long file was read to the end and answered for itself (its repeated rows are refused
    // as duplicates: a 4xx naming them), never a server error.
    expect(a.status).toBeGreaterThanOrEqual(400);
    expect(a.status).toBeLessThan(500);
    expect(a.status).not.toBe(503);
  });
});
