// The public transparency page (issue 20) and proof that nothing else answers without signing in.
//
// place-b publishes; its "in-work" returns (monthly) are Mar 2013: 4, Apr 2013: 11, May 2013: 13,
// published with their total 28. Primary suppression: 4 < 10 → "fewer than 10". The total would
// give it away (28 − 11 − 13 = 4), so the smaller shown month, Apr (11), is hidden too; the
// total 28 stays, and 28 − 13 = 15 = Apr + Mar cannot be split. "incidents" (quarterly):
// 99, 95, 90, total 284: nothing under 10, all shown.
// place-a does not publish: its page and CSV answer 404, as for an unknown name.
import type { PublicPageDto } from '@outcomes/contract';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  allRoutes,
  createTestUser,
  getJson,
  injectAs,
  startTestApp,
  tokenCredentials,
  type TestApp,
} from './helpers.js';
import { writePlacePacks } from './place-packs.js';

let t: TestApp;
let cleanup: () => Promise<void>;

beforeAll(async () => {
  const packs = await writePlacePacks([
    { id: 'place-a', place: 'Aston', population: 20_000, publicPage: false },
    {
      id: 'place-b',
      place: 'Bexley',
      population: 5_000,
      publicPage: true,
      illustrative: true,
      actualsCsv:
        'metric_id,period_start,value,note\n' +
        'incidents,2013-04-01,99,Checked by Jo Bloggs HYPERLINK\n' +
        'incidents,2013-07-01,95,\nincidents,2014-01-01,90,\n' +
        'in-work,2013-03-01,4,\nin-work,2013-04-01,11,\nin-work,2013-05-01,13,\n',
    },
  ]);
  cleanup = packs.cleanup;
  t = await startTestApp(packs.dirs);
  // Commentary is never public: one is written so the test can show it does not leak.
  await t.db
    .insertInto('commentary')
    .values({
      programme_id: 'place-b',
      metric_id: 'incidents',
      period_start: '2013-04-01',
      revision: 1,
      what_happened: 'PRIVATE COMMENTARY about a named family',
      author_user_id: null,
      author_name: 'Jo Bloggs',
      created_at: new Date().toISOString(),
    })
    .execute();
});
afterAll(async () => {
  await t.close();
  await cleanup();
});

describe('GET /api/public/:slug', () => {
  it('answers without signing in, with headline figures and small counts suppressed', async () => {
    const res = await getJson<PublicPageDto>(t.app, '/api/public/place-b', null);
    expect(res.status).toBe(200);
    const page = res.body;
    expect(page).toMatchObject({ slug: 'place-b', place: 'Bexley', illustrative: true });
    expect(page.suppressionThreshold).toBe(10);
    const jobs = page.strands.find((s) => s.name === 'Into Work')!;
    const inWork = jobs.metrics[0]!;
    expect(inWork.recent.map((r) => [r.label, r.count.display])).toEqual([
      ['Mar 2013', 'fewer than 10'],
      ['Apr 2013', 'hidden to protect a small number'],
      ['May 2013', '13'],
    ]);
    expect(inWork.recent.map((r) => r.count.value)).toEqual([null, null, 13]);
    expect(inWork.recentTotal).toEqual({ value: 28, suppressed: null, display: '28' });
    const safety = page.strands.find((s) => s.name === 'Safer Streets')!;
    expect(safety.metrics[0]!.recentTotal?.value).toBe(284);
    // Strand money as the summary reports it: 16 incidents avoided × £495 = £7,920.
    expect(safety.realisedBenefitToDate).toBe(7_920);
  });

  it('carries no commentary, note, partner or person', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/public/place-b' });
    const text = res.body;
    for (const secret of [
      'PRIVATE COMMENTARY',
      'Jo Bloggs',
      'HYPERLINK',
      'Testshire Police',
      'board@test.local',
    ]) {
      expect(text).not.toContain(secret);
    }
  });

  it('answers 404 for a programme that does not publish, exactly as for an unknown one', async () => {
    const hidden = await getJson(t.app, '/api/public/place-a', null);
    const unknown = await getJson(t.app, '/api/public/nowhere', null);
    expect(hidden.status).toBe(404);
    expect(unknown.status).toBe(404);
    expect(hidden.body.error.message).toBe('No public page with the name "place-a".');
    // Signed in as a member changes nothing: the public route only shows what is public.
    expect((await getJson(t.app, '/api/public/place-a')).status).toBe(404);
  });
});

describe('GET /api/public/:slug/headline.csv', () => {
  it("is the open-data CSV through core's writer, suppressed as on the page", async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/public/place-b/headline.csv' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    const lines = res.body
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\r\n');
    expect(lines[0]).toBe(
      'Programme,As of,Level,Strand,Metric,RAG,Achievement,Realised benefit to date (GBP),Cost to date (GBP),Latest year of returns',
    );
    expect(
      lines.some((l) => l.includes(',strand,Safer Streets,,') && l.includes(',7920.00,')),
    ).toBe(true);
    expect(lines.find((l) => l.includes('People into work'))).toMatch(/,28$/);
    expect(
      (await t.app.inject({ method: 'GET', url: '/api/public/place-a/headline.csv' })).statusCode,
    ).toBe(404);
  });
});

// What may answer without a session: the health checks and the public pages of programmes that
// publish (sign-in answers 400 to an empty body; the API documentation needs a session).
// Besides the health checks and the public page, only the sign-in page's question "which ways
// in are there?" (single sign-on's button: a display name, no programme data) answers.
const PUBLIC_200 = [
  /^\/api\/health(\/ready)?$/,
  /^\/api\/public\/place-b(\/headline\.csv)?$/,
  /^\/api\/sign-in-methods$/,
];

describe('without signing in', () => {
  it('only the public routes answer 200; every other route refuses', async () => {
    const routes = allRoutes(t.app.printRoutes({ commonPrefix: false }));
    expect(routes.length).toBeGreaterThan(40);
    const fill = (path: string) =>
      path
        .replaceAll(':programmeId', 'place-b')
        .replaceAll(':slug', 'place-b')
        .replace(/:[A-Za-z]+/g, '1')
        .replace('*', 'x');
    const answered: string[] = [];
    for (const route of routes) {
      for (const method of route.methods) {
        const url = fill(route.path);
        const res = await t.app.inject({
          method: method as 'GET',
          url,
          ...(method === 'GET' ? {} : { payload: {} }),
        });
        if (res.statusCode < 400) answered.push(`${method} ${url} ${res.statusCode}`);
        if (res.statusCode < 400) {
          expect(
            PUBLIC_200.some((re) => re.test(url)),
            `${method} ${url}`,
          ).toBe(true);
        }
      }
    }
    // Exactly these, so the walk reached the public page and nothing else slipped through.
    expect([...answered].sort()).toEqual([
      'GET /api/health 200',
      'GET /api/health/ready 200',
      'GET /api/public/place-b 200',
      'GET /api/public/place-b/headline.csv 200',
      'GET /api/sign-in-methods 200',
    ]);
  });
});

describe('commentary marked public', () => {
  const STORY = 'Employer fair in May brought thirteen people into work';
  const story = (page: PublicPageDto) =>
    page.strands.find((s) => s.name === 'Into Work')!.metrics[0]!.story;

  it('shows the latest story its writer marked public, without the writer, until withdrawn', async () => {
    const writer = await createTestUser(t.db, {
      email: 'pat.publisher@test.local',
      name: 'Pat Publisher',
      programmeId: 'place-b',
      roles: [{ role: 'admin' }],
    });
    const post = (payload: Record<string, unknown>) =>
      injectAs(t.app, tokenCredentials(writer.token), {
        method: 'POST',
        url: '/api/programmes/place-b/metrics/in-work/commentary',
        payload: { periodStart: '2013-05-01', ...payload },
      });
    // Not marked: the page still has no story.
    expect((await post({ whatHappened: 'Draft, not for publication' })).statusCode).toBe(201);
    expect(story((await getJson<PublicPageDto>(t.app, '/api/public/place-b', null)).body)).toBe(
      null,
    );

    // Revision 2, marked public: shown, with no name of its writer anywhere on the page.
    const marked = await post({
      whatHappened: STORY,
      whatNext: 'Another fair in the autumn',
      public: true,
      replacesRevision: 1,
    });
    expect(marked.statusCode, marked.body).toBe(201);
    expect(marked.json().current).toMatchObject({ revision: 2, public: true });
    const shown = await t.app.inject({ method: 'GET', url: '/api/public/place-b' });
    expect(story(shown.json())).toEqual({
      label: 'May 2013',
      whatHappened: STORY,
      whatHelps: null,
      whatHurts: null,
      whatNext: 'Another fair in the autumn',
    });
    expect(shown.body).not.toContain('Pat Publisher');
    expect(shown.body).not.toContain('Draft, not for publication');
    // The open-data CSV is figures only: no story in it.
    const csv = await t.app.inject({ method: 'GET', url: '/api/public/place-b/headline.csv' });
    expect(csv.body).not.toContain('Employer fair');

    // Revision 3 without the mark takes it off the page; revision 2 is kept, not rewritten.
    expect((await post({ whatHappened: STORY, replacesRevision: 2 })).statusCode).toBe(201);
    expect(story((await getJson<PublicPageDto>(t.app, '/api/public/place-b', null)).body)).toBe(
      null,
    );
    const kept = await t.db
      .selectFrom('commentary')
      .select(['revision', 'public'])
      .where('programme_id', '=', 'place-b')
      .where('metric_id', '=', 'in-work')
      .orderBy('revision')
      .execute();
    expect(kept).toEqual([
      { revision: 1, public: 0 },
      { revision: 2, public: 1 },
      { revision: 3, public: 0 },
    ]);
  });
});
