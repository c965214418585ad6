// The benchmark's reader: an account with the board, finance and admin roles in the programmes it
// measures, and an API token it sends as `Authorization: Bearer`. Written with the store's own
// account functions (no password sign-in: the token is how automated clients authenticate).
import { createHash, randomBytes } from 'node:crypto';
import {
  findUserByEmail,
  insertApiToken,
  insertUser,
  replaceRoleGrants,
  type Db,
} from '@outcomes/db';

const EMAIL = 'bench@outcomes.invalid';
const ROLES = ['board', 'finance', 'admin'] as const;

/** Creates (once) the bench user and a token; returns the token. */
export async function createBenchToken(db: Db): Promise<string> {
  const now = new Date().toISOString();
  const existing = await findUserByEmail(db, EMAIL);
  const userId =
    existing?.id ??
    (await insertUser(db, {
      email: EMAIL,
      name: 'Benchmark reader',
      // Not a password hash: nobody can sign in with a password as this user.
      password_hash: 'bench:no-password',
      disabled_at: null,
      created_at: now,
      updated_at: now,
    }));
  const token = `otk_${randomBytes(32).toString('base64url')}`;
  await insertApiToken(db, {
    user_id: userId,
    name: 'benchmark',
    token_hash: createHash('sha256').update(token, 'utf8').digest('hex'),
    prefix: token.slice(0, 10),
    created_at: now,
    expires_at: new Date(Date.now() + 86_400_000).toISOString(),
    last_used_at: null,
    revoked_at: null,
  });
  return token;
}

/** Gives the bench user its roles in `programmeId`. */
export async function grantBenchRoles(db: Db, programmeId: string): Promise<void> {
  const user = await findUserByEmail(db, EMAIL);
  if (!user) throw new Error('createBenchToken first');
  await replaceRoleGrants(
    db,
    user.id,
    programmeId,
    ROLES.map((role) => ({ role, partnerId: null, strandIds: [] })),
    new Date().toISOString(),
  );
}
