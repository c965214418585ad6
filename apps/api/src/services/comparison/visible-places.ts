// The opted-in places a user may see: those of programmes they hold a role in, or all of them
// for the installation-wide role (lib/installation-role.ts).
import type { ComparisonPlace, Db } from '@outcomes/db';
import { listComparisonPlaces } from '@outcomes/db';
import type { AuthenticatedUser } from '../../lib/authenticated-user.js';
import { memberProgrammeIds } from '../../lib/authorise.js';
import { canSeeAllProgrammes } from '../../lib/installation-role.js';

export async function visiblePlaces(db: Db, user: AuthenticatedUser): Promise<ComparisonPlace[]> {
  const places = await listComparisonPlaces(db);
  if (canSeeAllProgrammes(user)) return places;
  const member = memberProgrammeIds(user);
  return places.filter((p) => member.has(p.programmeId));
}
