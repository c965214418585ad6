// The same product on both engines: the properties the numbers and the audit trail rely on, checked
// on whichever engine this run is for (TEST_ENGINE), so the SQLite and PostgreSQL projects run the
// same assertions. Where the engines really differ (a value no JavaScript number can hold exactly),
// the test says what each does.
import { resolve } from 'node:path';
import { sql, type Kysely } from 'kysely';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { recordAudit } from '../src/audit/record-audit.js';
import { databaseLocation, describeDatabase, engineOf, isPostgresUrl } from '../src/create-db.js';
import { loadPack } from '../src/pack/load-pack.js';
import { getProgrammeData } from '../src/queries/get-programme-data.js';
import type { Database } from '../src/schema/database.js';
import { testEngine } from '../src/testing/index.js';
import {
  MINI_PACK,
  copyMiniPack,
  editFile,
  migratedTestDb,
  removeTempDirs,
  replaceOnce,
} from './helpers.js';

afterAll(removeTempDirs);

const engine = testEngine();

/** The store of the running test: each describe that needs one gets a fresh one per test. */
let db: Kysely<Database>;
function freshStoreForEachTest(): void {
  beforeEach(async () => {
    db = await migratedTestDb();
    return () => db.destroy();
  });
}

/** The first domestic-abuse cost line of the mini pack (police, 2013-14, transition). */
const firstCost = (store: Kysely<Database>) =>
  store
    .selectFrom('cost')
    .where('programme_id', '=', 'mini')
    .where('strand_id', '=', 'domestic-abuse')
    .where('partner_id', '=', 'police')
    .where('kind', '=', 'transition');

describe(`the store on ${engine}`, () => {
  freshStoreForEachTest();

  it('is the engine the run asked for', () => {
    expect(engineOf(db)).toBe(engine);
  });
});

describe('integer pence', () => {
  freshStoreForEachTest();

  it('round-trips more than 2^31 pence exactly, as a number', async () => {
    // £30,000,000.01 = 3,000,000,001 pence: past a 32-bit integer, and odd, so any rounding shows.
    const pack = await copyMiniPack();
    await editFile(
      pack,
      'costs.csv',
      replaceOnce(
        'domestic-abuse,police,2013-14,transition,50000,',
        'domestic-abuse,police,2013-14,transition,30000000.01,',
      ),
    );
    await loadPack(db, pack);
    const row = await firstCost(db)
      .select(['forecast_pence', 'actual_pence'])
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ forecast_pence: 3_000_000_001, actual_pence: 4_825_075 });
    const data = await getProgrammeData(db, 'mini');
    expect(data?.costs[0]).toMatchObject({ forecastPence: 3_000_000_001 });
  });

  it('counts and sums come back as numbers, also past 2^31', async () => {
    await loadPack(db, MINI_PACK);
    await db
      .updateTable('cost')
      .set({ forecast_pence: 3_000_000_001 })
      .where('programme_id', '=', 'mini')
      .execute();
    const totals = await db
      .selectFrom('cost')
      .select((eb) => [
        eb.fn.countAll<number>().as('lines'),
        eb.fn.sum<number>('forecast_pence').as('pence'),
      ])
      .where('programme_id', '=', 'mini')
      .executeTakeFirstOrThrow();
    // PostgreSQL's count(*) is a bigint and sum(bigint) a numeric: both parsed to exact numbers.
    expect(totals).toEqual({ lines: 4, pence: 4 * 3_000_000_001 });
  });

  it('a stored value past 2^53 − 1 is refused on PostgreSQL and rounded by SQLite', async () => {
    await loadPack(db, MINI_PACK);
    // Raw SQL: nothing in the product writes such a value (it is £90 trillion); a corrupt row could.
    await sql`update cost set forecast_pence = 9007199254740993
              where programme_id = 'mini' and strand_id = 'domestic-abuse'
                and partner_id = 'police' and kind = 'transition'`.execute(db);
    const read = firstCost(db).select('forecast_pence').executeTakeFirstOrThrow();
    if (engine === 'postgres') {
      await expect(read).rejects.toThrow(RangeError);
      await expect(read).rejects.toThrow(
        '9007199254740993 is outside the range of exact integers (±2^53 − 1)',
      );
    } else {
      // better-sqlite3 (without safeIntegers) hands over the nearest double, silently: 2^53.
      expect(await read).toEqual({ forecast_pence: 9_007_199_254_740_992 });
    }
    // The largest exact integer is read back as it is, on both.
    await sql`update cost set forecast_pence = 9007199254740991
              where programme_id = 'mini' and strand_id = 'domestic-abuse'
                and partner_id = 'police' and kind = 'transition'`.execute(db);
    expect(await firstCost(db).select('forecast_pence').executeTakeFirstOrThrow()).toEqual({
      forecast_pence: Number.MAX_SAFE_INTEGER,
    });
  });
});

describe('ratios', () => {
  freshStoreForEachTest();

  it('keep 8-byte precision: 0.035 and 1/3 read back exactly as written', async () => {
    await loadPack(db, MINI_PACK);
    await db
      .updateTable('programme')
      .set({ discount_rate: 0.035, reinvestment_share: 1 / 3 })
      .execute();
    await db
      .updateTable('metric')
      .set({ attribution: 1 / 3 })
      .where('programme_id', '=', 'mini')
      .execute();
    const programme = await db
      .selectFrom('programme')
      .select(['discount_rate', 'reinvestment_share'])
      .executeTakeFirstOrThrow();
    expect(programme).toEqual({ discount_rate: 0.035, reinvestment_share: 1 / 3 });
    const attributions = await db.selectFrom('metric').select('attribution').execute();
    expect(attributions.map((m) => m.attribution)).toEqual(attributions.map(() => 1 / 3));
    // A 4-byte float would read 1/3 back as 0.3333333432674408.
    expect(Math.fround(1 / 3)).not.toBe(1 / 3);
  });
});

describe('text', () => {
  freshStoreForEachTest();

  it("orders ids byte by byte on both engines, as JavaScript's default sort does", async () => {
    await loadPack(db, MINI_PACK);
    const ids = ['ab', 'B', 'a-b', 'a', 'Z', 'é', 'a_b', '1'];
    await db
      .insertInto('partner')
      .values(
        ids.map((id, position) => ({
          programme_id: 'mini',
          id,
          position: 10 + position,
          name: id,
          kind: 'other',
        })),
      )
      .execute();
    const stored = await db
      .selectFrom('partner')
      .select('id')
      .where('programme_id', '=', 'mini')
      .where('id', 'in', ids)
      .orderBy('id')
      .execute();
    // A locale's collation would put 'a' before 'B' and ignore the '-' in 'a-b'.
    expect(stored.map((p) => p.id)).toEqual([...ids].sort());
    expect([...ids].sort()).toEqual(['1', 'B', 'Z', 'a', 'a-b', 'a_b', 'ab', 'é']);
  });

  it('compares case-sensitively: "Police" and "police" are two ids', async () => {
    await loadPack(db, MINI_PACK);
    await db
      .insertInto('partner')
      .values({ programme_id: 'mini', id: 'Police', position: 9, name: 'P', kind: 'police' })
      .execute();
    const found = await db
      .selectFrom('partner')
      .select('id')
      .where('programme_id', '=', 'mini')
      .where('id', 'in', ['police', 'Police', 'POLICE'])
      .orderBy('id')
      .execute();
    expect(found).toEqual([{ id: 'Police' }, { id: 'police' }]);
  });
});

describe('generated ids', () => {
  freshStoreForEachTest();

  it('increase, and are never reused after a delete', async () => {
    const at = new Date().toISOString();
    const addUser = async (email: string) =>
      (
        await db
          .insertInto('app_user')
          .values({
            email,
            name: email,
            password_hash: 'x',
            disabled_at: null,
            created_at: at,
            updated_at: at,
          })
          .returning('id')
          .executeTakeFirstOrThrow()
      ).id;
    const first = await addUser('one@test.local');
    const second = await addUser('two@test.local');
    expect(second).toBeGreaterThan(first);
    await db.deleteFrom('app_user').where('id', '=', second).execute();
    const third = await addUser('three@test.local');
    expect(third).toBeGreaterThan(second);
    expect(typeof third).toBe('number');
  });
});

describe('the audit log', () => {
  freshStoreForEachTest();

  it('refuses UPDATE and DELETE from raw SQL, saying it is append-only', async () => {
    await loadPack(db, MINI_PACK);
    await recordAudit(db, {
      programmeId: 'mini',
      actor: { userId: null, label: 'system' },
      action: 'test',
    });
    const count = async () =>
      (
        await db
          .selectFrom('audit_log')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow()
      ).n;
    expect(await count()).toBe(2);
    await expect(sql`update audit_log set actor = 'someone else'`.execute(db)).rejects.toThrow(
      'audit_log is append-only',
    );
    await expect(sql`delete from audit_log where action = 'test'`.execute(db)).rejects.toThrow(
      'audit_log is append-only',
    );
    await expect(sql`delete from audit_log`.execute(db)).rejects.toThrow(
      'audit_log is append-only',
    );
    expect(await count()).toBe(2);
  });

  if (engine === 'postgres') {
    // SQLite has no TRUNCATE; its "delete from" without a where clause is refused above.
    it('refuses TRUNCATE on PostgreSQL', async () => {
      await recordAudit(db, {
        programmeId: null,
        actor: { userId: null, label: 'system' },
        action: 'test',
      });
      await expect(sql`truncate audit_log`.execute(db)).rejects.toThrow('audit_log is append-only');
      await expect(sql`truncate audit_log cascade`.execute(db)).rejects.toThrow(
        'audit_log is append-only',
      );
      expect(await db.selectFrom('audit_log').select('action').execute()).toEqual([
        { action: 'test' },
      ]);
    });
  }
});

describe('where the store is', () => {
  it('isPostgresUrl: postgres:// and postgresql:// URLs, in any case', () => {
    expect(isPostgresUrl('postgres://db.example/outcomes')).toBe(true);
    expect(isPostgresUrl('postgresql://u:p@db.example:5432/outcomes')).toBe(true);
    expect(isPostgresUrl('POSTGRES://db.example/outcomes')).toBe(true);
    expect(isPostgresUrl('var/outcomes.sqlite')).toBe(false);
    expect(isPostgresUrl('/srv/postgres/outcomes.sqlite')).toBe(false);
    expect(isPostgresUrl('mysql://db.example/outcomes')).toBe(false);
    expect(isPostgresUrl('')).toBe(false);
  });

  it('databaseLocation: DATABASE_URL when set, else DATABASE_PATH, else var/outcomes.sqlite', () => {
    const url = 'postgres://outcomes@db.example/outcomes';
    expect(databaseLocation({ DATABASE_URL: url })).toBe(url);
    expect(databaseLocation({ DATABASE_URL: url, DATABASE_PATH: 'other.sqlite' })).toBe(url);
    expect(databaseLocation({ DATABASE_URL: `  ${url}\n` })).toBe(url);
    expect(databaseLocation({ DATABASE_PATH: 'data/x.sqlite' })).toBe(resolve('data/x.sqlite'));
    // Empty counts as unset, so a child process can be pointed back at SQLite.
    expect(databaseLocation({ DATABASE_URL: '', DATABASE_PATH: '/tmp/x.sqlite' })).toBe(
      '/tmp/x.sqlite',
    );
    expect(databaseLocation({ DATABASE_URL: ' ' })).toBe(resolve('var/outcomes.sqlite'));
    expect(databaseLocation({})).toBe(resolve('var/outcomes.sqlite'));
  });

  it('databaseLocation refuses a DATABASE_URL that is not PostgreSQL', () => {
    expect(() => databaseLocation({ DATABASE_URL: 'mysql://db.example/outcomes' })).toThrow(
      'DATABASE_URL must be a postgres:// or postgresql:// URL',
    );
    expect(() => databaseLocation({ DATABASE_URL: 'var/outcomes.sqlite' })).toThrow(
      'DATABASE_URL must be a postgres:// or postgresql:// URL',
    );
  });

  it('describeDatabase hides a password and the connection options, and leaves a path alone', () => {
    expect(
      describeDatabase(
        'postgres://outcomes:s3cret%40pass@db.example:5432/outcomes?options=-c%20search_path%3Dx',
      ),
    ).toBe('postgres://outcomes:***@db.example:5432/outcomes');
    expect(describeDatabase('postgresql://outcomes@db.example/outcomes')).toBe(
      'postgresql://outcomes@db.example/outcomes',
    );
    expect(describeDatabase('/srv/outcomes/outcomes.sqlite')).toBe('/srv/outcomes/outcomes.sqlite');
    expect(describeDatabase('postgres://u:p@h/d')).not.toContain(':p@');
  });
});
