// `npm run fuzz [cases]`: the upload fuzz run at length (100,000 cases unless told otherwise, by
// the argument or FUZZ_CASES), on fresh SQLite stores (or PostgreSQL with TEST_ENGINE=postgres
// and TEST_DATABASE_URL), printing its figures; exits 1 at the first server error or partial
// write, with the case's number, the counterexample and the seed to replay it (FUZZ_SEED).
// FUZZ_LANES (2), FUZZ_CASES_PER_STORE (10,000) and FUZZ_CHECKSUM_EVERY (100) tune it.
import { describeFigures, runUploadFuzz } from './fuzz-uploads.js';

const cases = Number(process.argv[2] ?? process.env['FUZZ_CASES'] ?? 100_000);
// Chosen here, not by fast-check, so that it is printed before the first case (a run stopped
// from outside can still be replayed).
const seed =
  process.env['FUZZ_SEED'] === undefined
    ? (Date.now() ^ (Math.random() * 0x100000000)) | 0
    : Number(process.env['FUZZ_SEED']);
if (!Number.isInteger(cases) || cases < 1) {
  console.error('Usage: npm run fuzz [-- cases]   (a whole number of cases, 100000 by default)');
  process.exit(2);
}
const numberFrom = (name: string) =>
  process.env[name] === undefined ? undefined : Number(process.env[name]);
const tuning = {
  lanes: numberFrom('FUZZ_LANES'),
  casesPerStore: numberFrom('FUZZ_CASES_PER_STORE'),
  checksumEvery: numberFrom('FUZZ_CHECKSUM_EVERY'),
};

console.log(`Fuzzing uploads: ${cases} cases, seed ${seed} (FUZZ_SEED=${seed} replays it)`);
try {
  const figures = await runUploadFuzz({
    cases,
    ...Object.fromEntries(Object.entries(tuning).filter(([, v]) => v !== undefined)),
    seed,
    onProgress: (f) =>
      console.log(
        `  ${f.cases} cases, ${f.accepted} stored, ${f.refused} refused, ${f.serverErrors} server errors, ${f.partialWrites} partial writes, ${Math.round(f.peakRssBytes / 1024 / 1024)} MiB peak, ${(f.ms / 1000).toFixed(0)} s, ${(f.cases / (f.ms / 1000)).toFixed(1)} cases/s`,
      ),
  });
  for (const line of describeFigures(figures)) console.log(line);
  process.exit(0);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
