// A stored programme read back as a pack: what an export writes and what an import is compared
// with. The actuals are the figures in force (each figure's latest revision, with its note).
import type { Kysely } from 'kysely';
import { getProgrammeData } from '../queries/get-programme-data.js';
import { listCurrentActuals } from '../queries/list-current-actuals.js';
import type { Database } from '../schema/database.js';
import type { Pack } from './pack.js';

async function read(db: Kysely<Database>, programmeId: string): Promise<Pack | null> {
  // The business case loaded last (live), not the version in force: export then import is the identity.
  const data = await getProgrammeData(db, programmeId, { live: true });
  if (data === null) return null;
  const actuals = await listCurrentActuals(db, programmeId);
  return {
    programme: data.programme,
    partners: data.partners,
    outcomes: data.outcomes,
    strands: data.strands,
    unitCosts: data.unitCosts,
    metrics: data.metrics.map(({ baseline: _b, forecasts: _f, actuals: _a, ...metric }) => metric),
    baselines: data.metrics.map((m) => ({ metricId: m.id, ...m.baseline })),
    forecasts: data.metrics.flatMap((m) =>
      m.forecasts.map((f) => ({ metricId: m.id, periodStart: f.periodStart, value: f.value })),
    ),
    actuals: actuals.map((a) => ({
      metricId: a.metricId,
      periodStart: a.periodStart,
      value: a.value,
      note: a.note,
    })),
    costs: data.costs,
    deflators: data.deflators,
    // The sponsors' stories are what users write in the app, not the business case: an export
    // leaves them out, and an import never touches them.
    commentary: [],
  };
}

/** The programme as a pack, or null when it is not in the store; one consistent read. */
export async function readStoredPack(
  db: Kysely<Database>,
  programmeId: string,
): Promise<Pack | null> {
  return db.isTransaction
    ? read(db, programmeId)
    : db
        .transaction()
        .setIsolationLevel('repeatable read')
        .execute((trx) => read(trx, programmeId));
}
