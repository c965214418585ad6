// The one place that decides whether a user may see every programme in the installation (a
// regional body or supplier hosting many partnerships). Comparisons of places and any other
// cross-programme view ask this, never a role list of their own.
import type { AuthenticatedUser } from './authenticated-user.js';

/**
 * Whether `user` holds the installation-wide role that sees all programmes. Always false until
 * that role exists: another change (the installation-wide administrator, issue 20's sibling)
 * creates it, and the lead wires it here. Until then a user sees only the programmes they hold a
 * role in, which is the safe reading.
 */
export function canSeeAllProgrammes(user: AuthenticatedUser): boolean {
  void user;
  return false;
}
