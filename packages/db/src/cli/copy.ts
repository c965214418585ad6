// `npm run db:copy -- --from <sqlite file> --to <postgres url>`: moves a whole installation into
// an empty PostgreSQL database in one transaction, and checks every table's row count (and a
// checksum of every row) before committing. `--from <postgres url> --to <sqlite file>` makes a
// SQLite copy of a PostgreSQL installation. Exit 0 copied, 1 refused or failed (nothing written
// to the target), 2 usage.
import { closeSync, openSync, readSync, statSync } from 'node:fs';
import { runCli } from './run-cli.js';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { createDb, describeDatabase, isPostgresUrl } from '../create-db.js';
import { CopyCheckError, CopyRefusedError } from '../copy/copy-errors.js';
import { copyStore, type CopyProgress } from '../copy/copy-store.js';
import { formatCounts } from '../copy/format-counts.js';

const USAGE =
  'Usage: npm run db:copy -- --from <sqlite file> --to <postgres url>\n' +
  '       npm run db:copy -- --from <postgres url> --to <sqlite file>   (a SQLite copy)';
const number = new Intl.NumberFormat('en-GB');

/** The locations to copy between, or why the arguments are wrong. */
function locations(argv: string[]): { from: string; to: string } | string {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: { from: { type: 'string' }, to: { type: 'string' } },
    }));
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
  const { from, to } = values;
  if (from === undefined || to === undefined || from === '' || to === '') {
    return 'Both --from and --to are needed';
  }
  if (isPostgresUrl(from) === isPostgresUrl(to)) {
    return 'One of --from and --to must be a SQLite file and the other a postgres:// URL';
  }
  if (isPostgresUrl(from)) return { from, to: resolve(to) };
  // Opening a missing path would create an empty database there: check before opening.
  const path = resolve(from);
  const problem = sqliteFileProblem(path);
  return problem ?? { from: path, to };
}

const SQLITE_HEADER = 'SQLite format 3\u0000';

function sqliteFileProblem(path: string): string | undefined {
  let stat;
  try {
    stat = statSync(path);
  } catch {
    return `--from ${path}: no such file`;
  }
  if (!stat.isFile()) return `--from ${path} is not a file`;
  const header = Buffer.alloc(SQLITE_HEADER.length);
  const fd = openSync(path, 'r');
  try {
    readSync(fd, header, 0, header.length, 0);
  } finally {
    closeSync(fd);
  }
  return header.toString('latin1') === SQLITE_HEADER
    ? undefined
    : `--from ${path} is not a SQLite database`;
}

function printProgress(progress: CopyProgress): void {
  if (progress.step === 'migrated') {
    const { store, migrations } = progress;
    console.log(
      migrations.length === 0
        ? `  ${store}: schema up to date`
        : `  ${store}: migrated (${migrations.join(', ')})`,
    );
  } else if (progress.step === 'table' && progress.done === progress.total) {
    console.log(`  ${progress.table}: ${number.format(progress.total)}`);
  } else if (progress.step === 'checking') {
    console.log('Checking counts and checksums');
  }
}

async function main(argv: string[]): Promise<number> {
  const args = locations(argv);
  if (typeof args === 'string') {
    console.error(`${args}\n${USAGE}`);
    return 2;
  }
  const started = performance.now();
  const fromName = describeDatabase(args.from);
  const toName = describeDatabase(args.to);
  console.log(`Copying ${fromName} to ${toName}`);
  const source = createDb(args.from);
  const target = createDb(args.to);
  try {
    const result = await copyStore(source, target, { onProgress: printProgress });
    for (const line of formatCounts(result.counts)) console.log(line);
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.log(
      `Copied ${number.format(result.counts.length)} tables, ${number.format(result.rows)} rows ` +
        `(${seconds} s) to ${toName}: every count and the checksum match.`,
    );
    return 0;
  } catch (error) {
    if (error instanceof CopyCheckError) {
      for (const line of formatCounts(error.counts)) console.error(line);
    }
    if (error instanceof CopyRefusedError || error instanceof CopyCheckError) {
      console.error(`Not copied: ${error.message}`);
      return 1;
    }
    const message = error instanceof Error ? error.message : String(error);
    console.error(`Not copied: ${message}. Nothing was committed to the target.`);
    return 1;
  } finally {
    await Promise.all([source.destroy(), target.destroy()]);
  }
}

runCli(main);
