// `npm run bench:monte-carlo [-- --draws N --seed S --as-of YYYY-MM-DD]`: loads the
// demonstration pack into a throw-away SQLite store, builds the fast NPV model and times the
// switching values and a Monte Carlo run (the budget: 10,000 draws in under 2 s). Also prints
// the fast model's NPV beside the full evaluation's, which must agree to the penny.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import {
  buildNpvModel,
  centralValues,
  evaluateFinance,
  financePersistence,
  financeReturns,
  modelNpv,
  runMonteCarlo,
  switchingValues,
} from '@outcomes/core';
import { createDb, getProgrammeData, loadPack, migrateToLatest } from '@outcomes/db';

const BUDGET_MS = 2000;

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      draws: { type: 'string', default: '10000' },
      seed: { type: 'string', default: '1' },
      'as-of': { type: 'string', default: '2016-03-31' },
    },
  });
  const draws = Number(values.draws);
  const seed = Number(values.seed);
  const asOf = values['as-of'];
  const dir = mkdtempSync(join(tmpdir(), 'outcomes-mc-'));
  const db = createDb(join(dir, 'bench.sqlite'));
  try {
    await migrateToLatest(db);
    await loadPack(db, resolve('data/programmes/west-cheshire'));
    const data = await getProgrammeData(db, 'west-cheshire', { asOf });
    if (!data) throw new Error('The demonstration programme did not load');

    let t = performance.now();
    const f = evaluateFinance(data, asOf);
    const full = financePersistence(f, financeReturns(f).programme.businessCase).programme
      .netPresentValue;
    const model = buildNpvModel(f);
    const buildMs = performance.now() - t;
    const fast = modelNpv(model, centralValues(model.discountRate));

    t = performance.now();
    const switching = switchingValues(model);
    const switchingMs = performance.now() - t;

    t = performance.now();
    const run = runMonteCarlo(model, { seed, draws });
    const runMs = performance.now() - t;

    const gbp = (x: number) => `£${Math.round(x).toLocaleString('en-GB')}`;
    console.log(`West Cheshire as of ${asOf}: ${model.metrics.length} monetised metrics`);
    console.log(`  NPV, full evaluation ${full.toFixed(2)}; fast model ${fast.toFixed(2)}`);
    console.log(`  evaluation + model build ${buildMs.toFixed(1)} ms`);
    console.log(`  switching values ${switchingMs.toFixed(1)} ms`);
    for (const s of switching) {
      console.log(
        `    ${s.key}: ${s.switchingValue === null ? 'none in range' : s.switchingValue}`,
      );
    }
    console.log(`  Monte Carlo ${draws} draws, seed ${seed}: ${runMs.toFixed(1)} ms`);
    console.log(`    P10 ${gbp(run.p10)}  P50 ${gbp(run.p50)}  P90 ${gbp(run.p90)}`);
    const within = runMs < BUDGET_MS && Math.abs(full - fast) < 0.01 * model.lineCount;
    console.log(within ? `  within the ${BUDGET_MS} ms budget` : '  OVER BUDGET OR MISMATCH');
    return within ? 0 : 1;
  } finally {
    await db.destroy();
    rmSync(dir, { recursive: true, force: true });
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
