// The opted-in places a user may see: those of programmes they may read (canReadProgramme: a role
// in the programme, or the installation-wide administrator, who sees every place).
import type { ComparisonPlace, Db } from '@outcomes/db';
import { listComparisonPlaces } from '@outcomes/db';
import type { AuthenticatedUser } from '../../lib/authenticated-user.js';
import { canReadProgramme } from '../../lib/authorise.js';

export async function visiblePlaces(db: Db, user: AuthenticatedUser): Promise<ComparisonPlace[]> {
  const places = await listComparisonPlaces(db);
  return places.filter((p) => canReadProgramme(user, p.programmeId));
}
