// The finance view's starting point: the programme evaluated once (the same service as the
// summary), its benefits split into lines and its costs appraised.
import { financeFromEvaluation, type FinanceEvaluation } from '@outcomes/core';
import type { Db } from '@outcomes/db';
import { evaluateProgrammeAsOf } from './programme-evaluation.js';

/** Reads and evaluates a programme as known at `asOf`, with its benefit lines; 404 if unknown. */
export async function financeAsOf(
  db: Db,
  programmeId: string,
  asOf: string,
): Promise<FinanceEvaluation> {
  const { data, evaluation } = await evaluateProgrammeAsOf(db, programmeId, asOf);
  // Costs are appraised here too (price base, optimism bias on forecasts): see core.
  return financeFromEvaluation(data, asOf, evaluation);
}
