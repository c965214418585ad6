// The one way a browser becomes signed in, whichever way the person proved who they are (a
// password, or the installation's OpenID Connect provider): a new session, never the one the
// browser arrived with (no session fixation), its cookie, and an audit entry naming the method.
import { deleteSession, recordAudit, type Db } from '@outcomes/db';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { ApiError } from '../../lib/api-error.js';
import { sessionCookieName, type AuthOptions } from '../../lib/auth-options.js';
import type { AuthenticatedUser } from '../../lib/authenticated-user.js';
import { setSessionCookie } from '../../plugins/authentication.js';
import { auditProgrammesOf } from './audit-programmes.js';
import { loadAuthenticatedUser } from './load-authenticated-user.js';
import { sha256Hex } from './secrets.js';
import { startSession, type StartedSession } from './sessions.js';

export type SignInMethod = 'password' | 'oidc';

export interface SignedIn {
  user: AuthenticatedUser;
  session: StartedSession;
}

/**
 * Starts a session for `userId` (whose identity the caller has established) and sets its cookie.
 * 401 `invalid_credentials` with `refusal` when the account cannot sign in (disabled meanwhile).
 */
export async function signInBrowser(
  db: Db,
  options: AuthOptions,
  request: FastifyRequest,
  reply: FastifyReply,
  userId: number,
  method: SignInMethod,
  refusal: string,
): Promise<SignedIn> {
  // Whatever session the browser arrived with ends here; the new one has a new id.
  const previous = request.cookies[sessionCookieName(options)];
  if (previous) await deleteSession(db, sha256Hex(previous));
  const user = await loadAuthenticatedUser(db, userId);
  if (!user) throw new ApiError(401, 'invalid_credentials', refusal);
  const session = await startSession(db, userId, options, {
    ip: request.ip,
    userAgent: request.headers['user-agent'] ?? null,
  });
  setSessionCookie(reply, options, session.token, session.expiresAt);
  await db.transaction().execute(async (trx) => {
    const at = new Date().toISOString();
    for (const programmeId of await auditProgrammesOf(trx, userId)) {
      await recordAudit(trx, {
        programmeId,
        actor: { userId, label: user.email },
        action: 'sign-in',
        entity: 'user',
        entityId: userId,
        at,
        detail: { method },
      });
    }
  });
  request.log.info({ userId, method }, 'signed in');
  return { user, session };
}
