import { evaluateProgramme, type ProgrammeData, type ProgrammeEvaluation } from '@outcomes/core';
import { getProgrammeData, type Db } from '@outcomes/db';
import { notFound } from '../lib/api-error.js';
import { evaluationCacheOf } from './evaluation-cache.js';

export interface EvaluatedProgramme {
  data: ProgrammeData;
  evaluation: ProgrammeEvaluation;
}

/**
 * Reads a programme as known at `asOf` and evaluates it; 404 when the id is unknown. Served from
 * the evaluation cache while the programme's data stamp is unchanged (services/evaluation-cache.ts):
 * the answer is shared, so callers must not mutate it.
 */
export async function evaluateProgrammeAsOf(
  db: Db,
  programmeId: string,
  asOf: string,
): Promise<EvaluatedProgramme> {
  const evaluated = await evaluationCacheOf<EvaluatedProgramme>(db).get(
    db,
    programmeId,
    asOf,
    async () => {
      const data = await getProgrammeData(db, programmeId, { asOf });
      if (!data) throw notFound('programme', programmeId);
      return { data, evaluation: evaluateProgramme(data, asOf) };
    },
  );
  if (!evaluated) throw notFound('programme', programmeId);
  return evaluated;
}

export async function requireProgrammeData(db: Db, programmeId: string): Promise<ProgrammeData> {
  const data = await getProgrammeData(db, programmeId, {});
  if (!data) throw notFound('programme', programmeId);
  return data;
}
