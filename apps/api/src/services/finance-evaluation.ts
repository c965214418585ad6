// The finance view's starting point: the programme evaluated once (the same service as the
// summary), and its benefits split into lines.
import { benefitLines, type FinanceEvaluation } from '@outcomes/core';
import type { Db } from '@outcomes/db';
import { evaluateProgrammeAsOf } from './programme-evaluation.js';

/** Reads and evaluates a programme as known at `asOf`, with its benefit lines; 404 if unknown. */
export async function financeAsOf(
  db: Db,
  programmeId: string,
  asOf: string,
): Promise<FinanceEvaluation> {
  const { data, evaluation } = await evaluateProgrammeAsOf(db, programmeId, asOf);
  return { data, asOf, evaluation, lines: benefitLines(evaluation) };
}
