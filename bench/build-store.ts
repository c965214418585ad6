// Grows a benchmark store programme by programme: writes each pack, loads it with the product's
// loader (readPack then savePack, timed apart), optionally inserts the same rows into the floor
// store, and appends revisions to about 2% of its figures through the product's submission path.
import { readPack, recordSubmission, savePack, type Db, type Pack } from '@outcomes/db';
import type { Database as Sqlite } from 'better-sqlite3';
import type pg from 'pg';
import { generatePack, makeRng } from './generate-pack.js';
import { insertPackFloor, insertPackFloorPostgres } from './raw-insert-floor.js';

export interface GrowResult {
  programmes: number;
  /** Rows the loader wrote (every table, as savePack counts them). */
  rows: number;
  generateMs: number;
  /** readPack: parsing and validating the CSV files. */
  readMs: number;
  /** savePack: writing the rows in one transaction. */
  saveMs: number;
  /** The same rows through one prepared statement per table (undefined without a floor store). */
  floorMs?: number;
  floorRows?: number;
  /** The same three steps in CPU time of this process (steadier than wall time on a busy machine). */
  readCpuMs: number;
  saveCpuMs: number;
  floorCpuMs?: number;
  revisions: number;
  revisionMs: number;
}

export interface GrowOptions {
  db: Db;
  packsDir: string;
  /** Programme indexes [from, to). */
  from: number;
  to: number;
  seed: number;
  floor?: Sqlite;
  /** PostgreSQL's floor: a bare pg connection to another migrated schema of the same server. */
  postgresFloor?: pg.ClientBase;
  /** Revise about this share of each programme's figures (default 0.02). */
  revisedShare?: number;
  progress?: (line: string) => void;
}

const cpuMs = () => {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1000;
};

const REVISION_AT = '2016-11-15T10:00:00.000Z';
const SECOND_REVISION_AT = '2017-02-20T10:00:00.000Z';

/**
 * Two returns per programme that correct earlier figures: one revising about `share` of its
 * figures for periods before September 2016, a later one revising a tenth of those again (so
 * some figures have three revisions). Both before the benchmark's as-of date, so they count.
 */
async function appendRevisions(db: Db, pack: Pack, seed: number, share: number) {
  const rng = makeRng(seed);
  const candidates = pack.actuals.filter((a) => a.periodStart < '2016-09-01');
  // `share` of all the programme's figures, drawn from the periods that can be revised.
  const chance = (share * pack.actuals.length) / Math.max(1, candidates.length);
  const first = candidates.filter(() => rng.uniform() < chance);
  const second = first.filter(() => rng.uniform() < 0.1);
  const revise = (rows: typeof first) =>
    rows.map((a, i) => {
      let value = Math.max(0, Math.round(a.value * (1 + 0.04 * rng.normal())));
      if (value === a.value) value += 1;
      return {
        row: i + 2,
        metricId: a.metricId,
        periodStart: a.periodStart,
        value,
        note: 'Corrected',
      };
    });
  const submit = async (rows: ReturnType<typeof revise>, at: string) => {
    if (rows.length === 0) return 0;
    await recordSubmission(db, {
      programmeId: pack.programme.id,
      source: 'form',
      actor: { userId: null, label: 'bench' },
      partnerId: null,
      rows,
      at,
    });
    return rows.length;
  };
  return (
    (await submit(revise(first), REVISION_AT)) + (await submit(revise(second), SECOND_REVISION_AT))
  );
}

export async function growStore(options: GrowOptions): Promise<GrowResult> {
  const { db, packsDir, from, to, seed, floor, postgresFloor, progress } = options;
  const result: GrowResult = {
    programmes: 0,
    rows: 0,
    generateMs: 0,
    readMs: 0,
    saveMs: 0,
    revisions: 0,
    revisionMs: 0,
    readCpuMs: 0,
    saveCpuMs: 0,
    ...(floor || postgresFloor ? { floorMs: 0, floorRows: 0, floorCpuMs: 0 } : {}),
  };
  const every = Math.max(1, Math.round((to - from) / 10));
  for (let index = from; index < to; index++) {
    let t = performance.now();
    const generated = generatePack(packsDir, index, seed);
    result.generateMs += performance.now() - t;

    t = performance.now();
    let c = cpuMs();
    const read = await readPack(generated.dir);
    result.readMs += performance.now() - t;
    result.readCpuMs += cpuMs() - c;
    if (!read.ok) {
      throw new Error(
        `Generated pack ${generated.dir} is invalid: ${JSON.stringify(read.errors.slice(0, 3))}`,
      );
    }
    t = performance.now();
    c = cpuMs();
    const saved = await savePack(db, read.pack, { actor: 'bench', source: generated.dir });
    result.saveMs += performance.now() - t;
    result.saveCpuMs += cpuMs() - c;
    result.rows += Object.values(saved.counts).reduce((a, b) => a + b, 0);

    if (floor || postgresFloor) {
      t = performance.now();
      c = cpuMs();
      const rows = postgresFloor
        ? await insertPackFloorPostgres(postgresFloor, read.pack)
        : floor
          ? insertPackFloor(floor, read.pack)
          : 0;
      result.floorMs = (result.floorMs ?? 0) + performance.now() - t;
      result.floorCpuMs = (result.floorCpuMs ?? 0) + cpuMs() - c;
      result.floorRows = (result.floorRows ?? 0) + rows;
    }

    t = performance.now();
    result.revisions += await appendRevisions(
      db,
      read.pack,
      seed * 31 + index,
      options.revisedShare ?? 0.02,
    );
    result.revisionMs += performance.now() - t;
    result.programmes += 1;

    const done = index + 1 - from;
    if (progress && (done % every === 0 || index === to - 1)) {
      const seconds = (result.readMs + result.saveMs) / 1000;
      progress(
        `  loaded ${index + 1} programmes (${done}/${to - from} of this step): ` +
          `${result.rows.toLocaleString('en-GB')} rows in ${seconds.toFixed(1)} s, ` +
          `${result.revisions.toLocaleString('en-GB')} revisions`,
      );
    }
  }
  return result;
}
