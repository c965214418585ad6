import { evaluateProgramme, type ProgrammeData, type ProgrammeEvaluation } from '@outcomes/core';
import { refreshProgrammeSnapshot, utcToday, type Db, type ProgrammeSnapshot } from '@outcomes/db';
import { notFound } from '../lib/api-error.js';
import { evaluationCacheOf } from './evaluation-cache.js';

export interface EvaluatedProgramme {
  data: ProgrammeData;
  evaluation: ProgrammeEvaluation;
  /** The data with the version they were read at: what the next refresh starts from. */
  snapshot: ProgrammeSnapshot;
}

/**
 * Reads a programme as known at `asOf` and evaluates it; 404 when the id is unknown. Served from
 * the evaluation cache while the programme's data stamp is unchanged (services/evaluation-cache.ts):
 * the answer is shared, so callers must not mutate it.
 *
 * When the stamp has moved, the programme is not read afresh: the last evaluation's data are
 * brought up to date (refreshProgrammeSnapshot), which after a return re-reads only the returned
 * metrics' figures, and the evaluation is reused when those figures are the same as known at
 * `asOf` (a return recorded after a past as-of date).
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
    async (previous) => {
      const { snapshot } = await refreshProgrammeSnapshot(db, programmeId, previous?.snapshot, {
        asOf,
      });
      if (!snapshot) throw notFound('programme', programmeId);
      if (previous !== undefined && snapshot.data === previous.data) {
        return { ...previous, snapshot };
      }
      return {
        data: snapshot.data,
        // Metrics whose figures did not change keep their evaluation (the same objects).
        evaluation: evaluateProgramme(snapshot.data, asOf, previous),
        snapshot,
      };
    },
  );
  if (!evaluated) throw notFound('programme', programmeId);
  return evaluated;
}

/**
 * The programme as it stands: every figure's latest revision, judged against the business-case
 * version in force today; 404 when the id is unknown. Kept like an evaluation (one entry per
 * day, as the version in force can change at midnight) and brought up to date the same way, so a
 * data officer's upload, or the overview page, does not read the whole programme after every
 * return. Shared: callers must not mutate it.
 */
export async function requireProgrammeData(db: Db, programmeId: string): Promise<ProgrammeData> {
  const current = await evaluationCacheOf<ProgrammeSnapshot>(db, 'current-data').get(
    db,
    programmeId,
    utcToday(),
    async (previous) => {
      const { snapshot } = await refreshProgrammeSnapshot(db, programmeId, previous);
      if (!snapshot) throw notFound('programme', programmeId);
      return snapshot;
    },
  );
  if (!current) throw notFound('programme', programmeId);
  return current.data;
}
