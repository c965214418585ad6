// `npm run fuzz [cases]`: the upload fuzz run at length (100,000 cases unless told otherwise, by
// the argument or FUZZ_CASES), on a fresh SQLite store (or PostgreSQL with TEST_ENGINE=postgres
// and TEST_DATABASE_URL), printing its figures; exits 1 at the first server error or partial
// write, with fast-check's counterexample and the seed to replay it (FUZZ_SEED).
import { describeFigures, runUploadFuzz } from './fuzz-uploads.js';

const cases = Number(process.argv[2] ?? process.env['FUZZ_CASES'] ?? 100_000);
const seed = process.env['FUZZ_SEED'] === undefined ? undefined : Number(process.env['FUZZ_SEED']);
if (!Number.isInteger(cases) || cases < 1) {
  console.error('Usage: npm run fuzz [-- cases]   (a whole number of cases, 100000 by default)');
  process.exit(2);
}

console.log(`Fuzzing uploads: ${cases} cases${seed === undefined ? '' : `, seed ${seed}`}`);
try {
  const figures = await runUploadFuzz({
    cases,
    ...(process.env['FUZZ_CASES_PER_STORE'] === undefined
      ? {}
      : { casesPerStore: Number(process.env['FUZZ_CASES_PER_STORE']) }),
    ...(seed === undefined ? {} : { seed }),
    onProgress: (f) =>
      console.log(
        `  ${f.cases} cases, ${f.refused} refused, ${f.serverErrors} server errors, ${Math.round(f.peakRssBytes / 1024 / 1024)} MiB peak, ${(f.ms / 1000).toFixed(0)} s`,
      ),
  });
  for (const line of describeFigures(figures)) console.log(line);
  process.exit(0);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  // fast-check keeps what the property threw as the cause.
  if (error instanceof Error && error.cause !== undefined) console.error('Cause:', error.cause);
  process.exit(1);
}
