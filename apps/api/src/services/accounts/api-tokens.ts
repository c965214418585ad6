import type { ApiToken, CreatedToken } from '@outcomes/contract';
import {
  findApiToken,
  insertApiToken,
  recordAudit,
  revokeApiTokens,
  type ApiTokenRow,
  type AuditActor,
  type Db,
} from '@outcomes/db';
import { ApiError } from '../../lib/api-error.js';
import { auditProgrammesOf } from './audit-programmes.js';
import { newSecret, sha256Hex } from './secrets.js';

/** Tokens start with this, so a leaked one is recognisable (e.g. by secret scanners). */
export const API_TOKEN_PREFIX = 'otk_';

export function toApiToken(row: ApiTokenRow): ApiToken {
  return {
    id: row.id,
    name: row.name,
    prefix: row.prefix,
    createdAt: row.created_at,
    expiresAt: row.expires_at,
    lastUsedAt: row.last_used_at,
    revokedAt: row.revoked_at,
  };
}

/** Makes a token for the user; the token itself is in the answer once and never stored. */
export async function createApiToken(
  db: Db,
  userId: number,
  request: { name: string; expiresInDays: number },
  actor: AuditActor,
): Promise<CreatedToken> {
  const token = newSecret(API_TOKEN_PREFIX);
  const now = new Date();
  const expiresAt = new Date(now.getTime() + request.expiresInDays * 86_400_000).toISOString();
  return db.transaction().execute(async (trx) => {
    const id = await insertApiToken(trx, {
      user_id: userId,
      name: request.name,
      token_hash: sha256Hex(token),
      prefix: token.slice(0, API_TOKEN_PREFIX.length + 6),
      created_at: now.toISOString(),
      expires_at: expiresAt,
      last_used_at: null,
      revoked_at: null,
    });
    const row = await findApiToken(trx, id);
    if (!row) throw new Error('the new token was not stored');
    for (const programmeId of await auditProgrammesOf(trx, userId)) {
      await recordAudit(trx, {
        programmeId,
        actor,
        action: 'token-create',
        entity: 'api-token',
        entityId: id,
        at: row.created_at,
        after: { ...toApiToken(row), userId },
      });
    }
    return { ...toApiToken(row), token };
  });
}

/** Revokes one of the user's own tokens; 404 for a token that is not theirs. */
export async function revokeApiToken(
  db: Db,
  userId: number,
  tokenId: number,
  actor: AuditActor,
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const row = await findApiToken(trx, tokenId);
    if (!row || row.user_id !== userId) {
      throw new ApiError(404, 'not_found', `You have no API token with id "${tokenId}".`);
    }
    if (row.revoked_at !== null) return;
    const at = new Date().toISOString();
    await revokeApiTokens(trx, userId, at, tokenId);
    for (const programmeId of await auditProgrammesOf(trx, userId)) {
      await recordAudit(trx, {
        programmeId,
        actor,
        action: 'token-revoke',
        entity: 'api-token',
        entityId: tokenId,
        at,
        before: { ...toApiToken(row), userId },
        after: { ...toApiToken({ ...row, revoked_at: at }), userId },
      });
    }
  });
}
