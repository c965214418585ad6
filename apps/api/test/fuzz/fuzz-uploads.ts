// The upload fuzz run: hostile requests (upload-cases.ts) sent to the real app on real stores,
// in `lanes` lanes at once (each its own app and store, fuzz-lane.ts), checking after each that
// the answer is not a server error and that a refusal changed nothing. Used by
// upload-fuzz.test.ts (a couple of hundred cases in the normal test run) and run-upload-fuzz.ts
// (`npm run fuzz`, 100,000 by default).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { FuzzLane, type FuzzRequest } from './fuzz-lane.js';
import { fuzzRequest, prepareIngredients } from './upload-cases.js';

export interface FuzzFigures {
  cases: number;
  /** Answers by class: 2xx, 4xx, 5xx. */
  accepted: number;
  refused: number;
  serverErrors: number;
  /** Refusals after which the store was not as before. */
  partialWrites: number;
  byStatus: Record<number, number>;
  /** Resident memory from /proc/self/status: VmRSS at the start, the peak (VmHWM) at the end. */
  peakRssBytes: number;
  startRssBytes: number;
  ms: number;
  seed: number;
  /** The slowest answer: what it was and how long it took. */
  slowest: { label: string; status: number; ms: number };
}

export interface FuzzOptions {
  cases: number;
  /** Cases per app and store (each lane has its own). */
  casesPerStore?: number;
  /** The full checksum every this many cases on a store (the fingerprint after every case). */
  checksumEvery?: number;
  lanes?: number;
  seed?: number;
  onProgress?: (figures: FuzzFigures) => void;
}

/** A property broken: the case's number, what it was, and where its body was saved to replay. */
export class FuzzFailure extends Error {
  override name = 'FuzzFailure';
}

/** Resident memory as the kernel counts it (kB in /proc), so worker threads' heaps are in it. */
export function residentBytes(): { rss: number; hwm: number } {
  const status = readFileSync('/proc/self/status', 'utf8');
  const kb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+)`, 'm').exec(status)?.[1]);
  return { rss: kb('VmRSS') * 1024, hwm: kb('VmHWM') * 1024 };
}

/** Saves a failing case's body, so it can be replayed by hand after the run. */
function saveCounterexample(c: FuzzRequest, caseNumber: number): string {
  const dir = join(tmpdir(), 'outcomes-fuzz');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `case-${caseNumber}.bin`);
  writeFileSync(file, c.body);
  return file;
}

function describeCase(c: FuzzRequest, caseNumber: number): string {
  const head = c.body
    .subarray(0, 160)
    .toString('latin1')
    .replace(/[^\x20-\x7e]/g, '.');
  return [
    `case ${caseNumber}: ${c.label}`,
    `  POST ${c.url ?? '/api/programmes/tiny/submissions'} as ${c.as ?? 'officer'}`,
    `  content-type: ${c.contentType}`,
    `  body: ${c.body.length} bytes, starting ${JSON.stringify(head)}`,
    `  body saved to ${saveCounterexample(c, caseNumber)}`,
  ].join('\n');
}

/**
 * Runs the cases; throws a FuzzFailure (the case number, the counterexample, the seed and path to
 * replay it) at the first server error or partial write, after reporting the figures so far.
 */
export async function runUploadFuzz(options: FuzzOptions): Promise<FuzzFigures> {
  const ingredients = await prepareIngredients();
  const laneCount = options.lanes ?? 2;
  const seed = options.seed ?? Date.now() ^ (Math.random() * 0x100000000);
  const started = Date.now();
  const figures: FuzzFigures = {
    cases: 0,
    accepted: 0,
    refused: 0,
    serverErrors: 0,
    partialWrites: 0,
    byStatus: {},
    startRssBytes: residentBytes().rss,
    peakRssBytes: 0,
    ms: 0,
    seed,
    slowest: { label: '', status: 0, ms: 0 },
  };
  const lanes = Array.from(
    { length: laneCount },
    (_, i) => new FuzzLane(i, options.casesPerStore ?? 10_000, options.checksumEvery ?? 100),
  );
  await Promise.all(lanes.map((lane) => lane.open()));
  let issued = 0;
  let failure: string | null = null;

  const one = async (lane: FuzzLane, c: FuzzRequest): Promise<void> => {
    if (issued >= options.cases) return;
    const caseNumber = ++issued;
    const r = await lane.run(c, caseNumber);
    figures.cases++;
    figures.byStatus[r.status] = (figures.byStatus[r.status] ?? 0) + 1;
    if (r.status >= 500) figures.serverErrors++;
    else if (r.status >= 400) figures.refused++;
    else if (r.status > 0) figures.accepted++;
    if (r.partialWrite) figures.partialWrites++;
    if (r.ms > figures.slowest.ms) figures.slowest = { label: c.label, status: r.status, ms: r.ms };
    figures.ms = Date.now() - started;
    if (figures.cases % 1000 === 0) {
      figures.peakRssBytes = residentBytes().hwm;
      options.onProgress?.(figures);
    }
    if (r.failure !== null && failure === null) {
      failure = `${r.failure}\n${describeCase(c, caseNumber)}`;
      throw new FuzzFailure(failure);
    }
  };

  let details: fc.RunDetails<[FuzzRequest[]]> | undefined;
  try {
    details = await fc.check(
      fc.asyncProperty(
        fc.array(fuzzRequest(ingredients), {
          minLength: laneCount,
          maxLength: laneCount,
        }),
        async (batch) => {
          // Settled, not all: a failing lane's partner finishes its case before the run stops.
          const settled = await Promise.allSettled(batch.map((c, i) => one(lanes[i]!, c)));
          for (const s of settled) if (s.status === 'rejected') throw s.reason;
        },
      ),
      { numRuns: Math.ceil(options.cases / laneCount), seed, endOnFailure: true },
    );
    if (failure === null) {
      for (const lane of lanes) {
        const atClose = await lane.close();
        if (atClose !== null) {
          figures.partialWrites++;
          failure ??= atClose;
        }
      }
    }
  } finally {
    if (failure !== null || details === undefined || details.failed) {
      await Promise.all(lanes.map((lane) => lane.close().catch(() => null)));
    }
    figures.ms = Date.now() - started;
    figures.peakRssBytes = residentBytes().hwm;
  }
  if (failure === null && details?.failed === true) {
    failure = `the run failed outside a case: ${String(details.errorInstance)}`;
  }
  if (failure !== null) {
    const replay = `replay with FUZZ_SEED=${seed}${details?.counterexamplePath == null ? '' : ` (fast-check path ${details.counterexamplePath})`}`;
    throw new FuzzFailure(`${failure}\n${replay}\n${describeFigures(figures).join('\n')}`);
  }
  return figures;
}

const mib = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MiB`;

/** The figures as printed by `npm run fuzz` and recorded in the README. */
export function describeFigures(f: FuzzFigures): string[] {
  const statuses = Object.entries(f.byStatus)
    .map(([status, n]) => `${status}: ${n}`)
    .join(', ');
  return [
    `cases: ${f.cases} in ${(f.ms / 1000).toFixed(1)} s (${(f.cases / Math.max(f.ms / 1000, 0.001)).toFixed(1)} cases/s), seed ${f.seed}`,
    `2xx (stored): ${f.accepted}; 4xx (refused): ${f.refused}; 5xx (server errors): ${f.serverErrors}; by status: ${statuses}`,
    `partial writes (a refusal that changed the store): ${f.partialWrites}`,
    `resident memory (VmRSS/VmHWM): ${mib(f.startRssBytes)} at start, ${mib(f.peakRssBytes)} at peak`,
    `slowest answer: ${f.slowest.ms} ms (${f.slowest.label}, ${f.slowest.status})`,
  ];
}
