// The PostgreSQL column: the same programmes as the SQLite store's largest size (same packs, same
// seed, same revisions through recordSubmission), loaded with the product's loader into a fresh
// PostgreSQL schema (timed: the loader's figure on PostgreSQL), then the same read endpoints under
// the same load, the first read after a write and the server's peak RSS. Each answer is compared
// with SQLite's at the same size: the two engines must give the same answers.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { createDb, migrateToLatest } from '@outcomes/db';
import pg from 'pg';
import { createMeetingAccounts, type BoardMeetingOptions } from './board-meeting.js';
import { growStore } from './build-store.js';
import { createBenchToken, grantBenchRoles } from './bench-user.js';
import type { Endpoint } from './endpoints.js';
import { measureServer } from './measure-server.js';
import type { BenchPostgres } from './postgres-store.js';
import type { PostgresResult } from './report.js';
import { answerDifference } from './same-answers.js';

export interface PostgresBenchOptions {
  pg: BenchPostgres;
  programmes: number;
  programmeId: string;
  seed: number;
  asOf: string;
  endpoints: Endpoint[];
  /** SQLite's first answer to each endpoint at the same size (empty when SQLite was not run). */
  sqliteAnswers: Map<string, string>;
  out: string;
  serverArgs: string[];
  core?: number;
  warmupSeconds: number;
  durationSeconds: number;
  connections: number;
  /** Application servers started in front of the one PostgreSQL. */
  servers: number;
  boardMeeting?: BoardMeetingOptions;
  notes: string[];
  log: (line: string) => void;
}

/** The server's connections call themselves this, so their backends' CPU time can be found. */
const SERVER_APPLICATION = 'outcomes-bench-server';

export async function benchPostgres(o: PostgresBenchOptions): Promise<PostgresResult> {
  const db = createDb(o.pg.location);
  try {
    await migrateToLatest(db);
    const token = await createBenchToken(db);
    // PostgreSQL's raw floor: the same rows through the bare pg driver into a second schema.
    const floorLocation = await o.pg.sibling();
    const floorDb = createDb(floorLocation);
    await migrateToLatest(floorDb);
    await floorDb.destroy();
    const floor = new pg.Client({ connectionString: floorLocation });
    await floor.connect();
    o.log(`  loading ${o.programmes} programmes with the product's loader (and the raw floor)`);
    let load;
    try {
      load = await growStore({
        db,
        // The same folder as SQLite's: generatePack writes the same files for the same seed.
        packsDir: join(o.out, 'packs'),
        from: 0,
        to: o.programmes,
        seed: o.seed,
        postgresFloor: floor,
        progress: o.log,
      });
    } finally {
      await floor.end();
    }
    await grantBenchRoles(db, o.programmeId);
    const meeting = o.boardMeeting
      ? {
          accounts: await createMeetingAccounts(db, o.programmeId, o.boardMeeting, 'postgres'),
          options: o.boardMeeting,
        }
      : undefined;
    const payloadDir = join(o.out, `payloads-postgres-${o.programmes}`);
    mkdirSync(payloadDir, { recursive: true });

    o.log(`  starting ${o.servers} server${o.servers === 1 ? '' : 's'} on PostgreSQL`);
    const run = await measureServer({
      serverArgs: o.serverArgs,
      env: { DATABASE_URL: o.pg.locationAs(SERVER_APPLICATION) },
      ...(o.core === undefined ? {} : { core: o.core }),
      programmeId: o.programmeId,
      asOf: o.asOf,
      endpoints: o.endpoints,
      headers: { authorization: `Bearer ${token}` },
      warmupSeconds: o.warmupSeconds,
      durationSeconds: o.durationSeconds,
      connections: o.connections,
      payloadDir,
      writer: db,
      label: `PostgreSQL at ${o.programmes}`,
      notes: o.notes,
      log: o.log,
      databaseCpuMs: () => o.pg.backendCpuMs(SERVER_APPLICATION),
      servers: o.servers,
      ...(meeting ? { boardMeeting: meeting } : {}),
    });

    const endpoints = run.measured.map((m) => {
      const sqlite = o.sqliteAnswers.get(m.e.name);
      const sameAsSqlite =
        sqlite === undefined ? null : (answerDifference(sqlite, m.body) ?? 'equal');
      if (sameAsSqlite !== null && sameAsSqlite !== 'equal') {
        o.log(`  ${m.e.name}: PostgreSQL's answer differs from SQLite's: ${sameAsSqlite}`);
      }
      return { name: m.e.name, url: m.e.path, bytes: m.bytes, server: m.server, sameAsSqlite };
    });
    const compared = endpoints.filter((e) => e.sameAsSqlite !== null);
    return {
      measured: true,
      source: o.pg.source,
      version: o.pg.version,
      unsafeSettings: o.pg.unsafeSettings,
      programmes: o.programmes,
      programmeId: o.programmeId,
      servers: o.servers,
      storeBytes: await o.pg.schemaBytes(),
      load,
      endpoints,
      skipped: run.skipped,
      answersEqual:
        compared.length === 0 ? null : compared.every((e) => e.sameAsSqlite === 'equal'),
      afterWrite: run.afterWrite,
      peakRssBytes: run.peakRssBytes,
      boardMeeting: run.boardMeeting,
    };
  } finally {
    await db.destroy();
  }
}
