import { evaluateProgramme, type ProgrammeData, type ProgrammeEvaluation } from '@outcomes/core';
import { getProgrammeData, type Db } from '@outcomes/db';
import { notFound } from '../lib/api-error.js';

export interface EvaluatedProgramme {
  data: ProgrammeData;
  evaluation: ProgrammeEvaluation;
}

/** Reads a programme as known at `asOf` and evaluates it; 404 when the id is unknown. */
export async function evaluateProgrammeAsOf(
  db: Db,
  programmeId: string,
  asOf: string,
): Promise<EvaluatedProgramme> {
  const data = await getProgrammeData(db, programmeId, { asOf });
  if (!data) throw notFound('programme', programmeId);
  return { data, evaluation: evaluateProgramme(data, asOf) };
}

export async function requireProgrammeData(db: Db, programmeId: string): Promise<ProgrammeData> {
  const data = await getProgrammeData(db, programmeId, {});
  if (!data) throw notFound('programme', programmeId);
  return data;
}
