// `npm run load -- <pack-dir> [--replace] [--version-name <name>]`: validates a programme pack and loads it into the
// store at DATABASE_PATH (default var/outcomes.sqlite). Exit 0 loaded, 1 refused, 2 usage.
import { parseArgs } from 'node:util';
import { runCli } from './run-cli.js';
import { announceChanges } from '../accounts/request-context-changes.js';
import { createDb, databaseLocation, describeDatabase } from '../create-db.js';
import { migrateToLatest } from '../migrate.js';
import { formatPackError, ProgrammeExistsError } from '../pack/pack-error.js';
import { readPack } from '../pack/read-pack.js';
import { savePack } from '../pack/save-pack.js';

const USAGE = 'Usage: npm run load -- <pack-dir> [--replace] [--version-name <name>]';
const number = new Intl.NumberFormat('en-GB');

function plural(n: number, one: string, many: string): string {
  return `${number.format(n)} ${n === 1 ? one : many}`;
}

async function main(argv: string[]): Promise<number> {
  let args;
  try {
    args = parseArgs({
      args: argv,
      allowPositionals: true,
      options: { replace: { type: 'boolean' }, 'version-name': { type: 'string' } },
    });
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
    return 2;
  }
  const [dir, ...rest] = args.positionals;
  if (dir === undefined || rest.length > 0) {
    console.error(USAGE);
    return 2;
  }
  const started = performance.now();

  // Validate before opening the store, so a bad pack leaves no trace at all.
  console.log(`Validating ${dir}`);
  const result = await readPack(dir);
  if (!result.ok) {
    for (const error of result.errors) console.error(formatPackError(error));
    console.error(
      `Not loaded: ${plural(result.errors.length, 'error', 'errors')} in ${dir}; nothing was written.`,
    );
    return 1;
  }

  const location = databaseLocation();
  const db = createDb(location);
  try {
    await migrateToLatest(db);
    const loaded = await savePack(db, result.pack, {
      replace: args.values.replace === true,
      actor: 'cli',
      source: dir,
      ...(args.values['version-name'] === undefined
        ? {}
        : { versionName: args.values['version-name'] }),
      onProgress: (step, done, total) => {
        if (done === total) console.log(`  ${step}: ${number.format(total)}`);
      },
    });
    // A replace's new version changes no judgement until an admin puts it in force.
    console.log(
      loaded.businessCaseVersion === null
        ? 'Business case unchanged: no new version recorded.'
        : loaded.replaced
          ? `Recorded business case version ${loaded.businessCaseVersion}; it is not in force until a programme admin sets it on the Business case versions page.`
          : `Recorded business case version ${loaded.businessCaseVersion}, the original business case.`,
    );
    // PostgreSQL: every running server has dropped what it kept before this command ends.
    await announceChanges(db);
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    const { counts } = loaded;
    console.log(
      `${loaded.replaced ? 'Replaced' : 'Loaded'} programme ${loaded.programmeId}: ` +
        `${plural(counts.strand, 'strand', 'strands')}, ${plural(counts.metric, 'metric', 'metrics')}, ` +
        `${plural(counts.forecast, 'forecast', 'forecasts')}, ${plural(counts.actual_revision, 'actual', 'actuals')} ` +
        `(${seconds} s) into ${describeDatabase(location)}`,
    );
    return 0;
  } catch (error) {
    if (error instanceof ProgrammeExistsError) {
      console.error(error.message);
      return 1;
    }
    throw error;
  } finally {
    await db.destroy();
  }
}

runCli(main);
