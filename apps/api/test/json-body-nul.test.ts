// A NUL character in the text of a JSON body. PostgreSQL cannot store one in a text column and
// refuses the whole statement, so before this was refused up front a strand renamed to
// "Safety\u0000" answered 500 on PostgreSQL and 200 on SQLite (which stored it). Now every
// JSON body is checked before its route sees it, the same on both engines: a 400 naming the
// field, and nothing changed.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findNulText } from '../src/plugins/refuse-nul-text.js';
import {
  createTestUser,
  injectAs,
  startTestApp,
  storeChecksum,
  tinyPackDir,
  type TestApp,
} from './helpers.js';

let t: TestApp;
let token: string;

interface WriteRoute {
  method: string;
  path: string;
}
let jsonWrites: WriteRoute[] = [];

beforeAll(async () => {
  t = await startTestApp([tinyPackDir]);
  token = (
    await createTestUser(t.db, {
      email: 'nul@test.local',
      programmeId: 'tiny',
      roles: [{ role: 'admin' }, { role: 'finance' }, { role: 'sponsor', strandIds: ['safety'] }],
    })
  ).token;
  const docs = await injectAs(t.app, { token }, { method: 'GET', url: '/api/docs/json' });
  const paths = (
    docs.json() as {
      paths: Record<string, Record<string, { requestBody?: { content?: object } }>>;
    }
  ).paths;
  jsonWrites = Object.entries(paths).flatMap(([path, operations]) =>
    Object.entries(operations)
      .filter(([, op]) => op.requestBody?.content && 'application/json' in op.requestBody.content)
      .map(([method]) => ({ method: method.toUpperCase(), path })),
  );
});
afterAll(async () => t.close());

const STRAND = {
  name: 'Safer Testshire',
  sponsorPartnerId: 'police',
  description: 'Reducing incidents',
};

describe('a NUL character in a JSON body', () => {
  it('is refused naming the field, and nothing is changed', async () => {
    const before = await storeChecksum(t.db);
    const res = await injectAs(
      t.app,
      { token },
      {
        method: 'PUT',
        url: '/api/programmes/tiny/strands/safety',
        payload: { ...STRAND, name: 'Safer\u0000Testshire' },
      },
    );
    expect(res.statusCode, res.body).toBe(400);
    expect(res.json().error.code).toBe('bad_request');
    expect(res.json().error.message).toContain('NUL');
    expect(res.json().error.details).toEqual([
      { field: 'name', message: 'must not contain a NUL character' },
    ]);
    expect(await storeChecksum(t.db)).toBe(before);
  });

  it('names a field inside a list by its path', async () => {
    const res = await injectAs(
      t.app,
      { token },
      {
        method: 'PUT',
        url: '/api/programmes/tiny/strands/safety',
        payload: { ...STRAND, extra: [{ a: 'ok' }, { b: 'x\u0000' }] },
      },
    );
    expect(res.statusCode, res.body).toBe(400);
    expect(res.json().error.details[0].field).toBe('extra.1.b');
  });

  it('is refused in a key as well as in a value', async () => {
    const res = await injectAs(
      t.app,
      { token },
      {
        method: 'PUT',
        url: '/api/programmes/tiny/strands/safety',
        payload: `{"name":"Safer","sponsorPartnerId":"police","a\\u0000b":1}`,
        headers: { 'content-type': 'application/json' },
      },
    );
    expect(res.statusCode, res.body).toBe(400);
    expect(res.json().error.message).toContain('NUL');
  });

  it('survives a deeply nested body without overflowing the stack', async () => {
    // 100,000 levels of nesting is under 200 KB of JSON; a recursive walk would overflow.
    const depth = 100_000;
    const payload = '['.repeat(depth) + '"\\u0000"' + ']'.repeat(depth);
    const res = await injectAs(
      t.app,
      { token },
      {
        method: 'PUT',
        url: '/api/programmes/tiny/strands/safety',
        payload,
        headers: { 'content-type': 'application/json' },
      },
    );
    expect(res.statusCode).toBeLessThan(500);
  });

  it('is refused as a 400 by every route that takes a JSON body, before the route looks', async () => {
    expect(jsonWrites.length).toBeGreaterThanOrEqual(15);
    const before = await storeChecksum(t.db);
    for (const route of jsonWrites) {
      const url = route.path.replace(/\{(\w+)\}/g, (_, name: string) =>
        name === 'programmeId' ? 'tiny' : name === 'strandId' ? 'safety' : 'incidents',
      );
      const res = await injectAs(
        t.app,
        { token },
        { method: route.method as 'POST', url, payload: { name: 'a\u0000b', text: 'ok' } },
      );
      expect(res.statusCode, `${route.method} ${url}: ${res.body}`).toBe(400);
      expect(res.json().error.details, `${route.method} ${url}`).toEqual([
        { field: 'name', message: 'must not contain a NUL character' },
      ]);
    }
    expect(await storeChecksum(t.db)).toBe(before);
  });
});

describe('findNulText', () => {
  const noNul = fc.string().map((text) => text.replaceAll('\u0000', ''));
  const json = fc.letrec((tie) => ({
    value: fc.oneof(
      { depthSize: 'small' },
      noNul,
      fc.double(),
      fc.boolean(),
      fc.constant(null),
      fc.array(tie('value'), { maxLength: 4 }),
      fc.dictionary(noNul, tie('value'), { maxKeys: 4 }),
    ),
  })).value;

  it('finds nothing in any JSON value without a NUL', () => {
    fc.assert(fc.property(json, (value) => findNulText(value) === null));
  });

  it('finds a NUL wherever it is put, naming its path', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(
            fc.nat({ max: 3 }),
            noNul.filter((k) => k !== ''),
          ),
          { maxLength: 6 },
        ),
        noNul,
        (keys, text) => {
          // Build the value from the inside out: a list index makes a list, a name an object.
          let value: unknown = `${text}\u0000`;
          for (const key of [...keys].reverse()) {
            if (typeof key === 'number') {
              const list: unknown[] = Array.from({ length: key }, () => 'ok');
              list.push(value);
              value = list;
            } else value = { other: 1, [key]: value };
          }
          const found = findNulText(value);
          const path = keys.length === 0 ? 'body' : keys.join('.');
          return found !== null && found.field === (path.length > 200 ? found.field : path);
        },
      ),
    );
  });
});
