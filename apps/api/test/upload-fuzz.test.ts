// Property-based fuzzing of uploads (fuzz/upload-cases.ts): hostile CSV, real ZIP workbooks
// (bombs, broken archives, lying directories) and broken multipart bodies. For every case: never
// a 5xx, a refusal always in the one error shape and changing nothing in the store, and the
// process's memory bounded. `npm run fuzz` runs the same for 100,000 cases.
import { expect, it } from 'vitest';
import { describeFigures, runUploadFuzz } from './fuzz/fuzz-uploads.js';

// PostgreSQL's checksum of the store (after every case) is the slow part there: fewer cases.
const CASES = Number(
  process.env['FUZZ_CASES'] ?? (process.env['TEST_ENGINE'] === 'postgres' ? 60 : 200),
);

it(
  `${CASES} hostile uploads: no server error, no change on refusal, memory bounded`,
  { timeout: 300_000 },
  async () => {
    const figures = await runUploadFuzz({ cases: CASES });
    console.log(describeFigures(figures).join('\n'));
    expect(figures.cases).toBe(CASES);
    expect(figures.serverErrors).toBe(0);
    expect(figures.partialWrites).toBe(0);
    expect(figures.refused).toBeGreaterThan(CASES / 2);
    // Bombs unpack in workers capped at 256 MiB of heap and 64 MiB of parts.
    expect(figures.peakRssBytes - figures.startRssBytes).toBeLessThan(768 * 1024 * 1024);
  },
);
