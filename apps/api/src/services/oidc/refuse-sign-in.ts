// A refused single sign-on: audited (who it claimed to be, why) and answered by sending the
// browser back to the sign-in page with the reason's code, whose message the page shows.
import { oidcRefusalMessages, type OidcRefusalCode } from '@outcomes/contract';
import { recordAudit, type Db } from '@outcomes/db';
import { auditProgrammesOf } from '../accounts/audit-programmes.js';

export class OidcRefusal extends Error {
  constructor(
    readonly code: OidcRefusalCode,
    /** Who the sign-in claimed to be, once known. */
    readonly claimed: { email?: string; userId?: number } = {},
    /** What went wrong underneath (a library's error code), for the audit entry only. */
    readonly underlying?: string,
  ) {
    super(oidcRefusalMessages[code]);
    this.name = 'OidcRefusal';
  }
}

/** Records the refusal under the account's programmes when one was matched; else under none. */
export async function auditRefusal(db: Db, refusal: OidcRefusal, ip: string): Promise<void> {
  const { email, userId } = refusal.claimed;
  const programmes = userId === undefined ? [null] : await auditProgrammesOf(db, userId);
  await db.transaction().execute(async (trx) => {
    const at = new Date().toISOString();
    for (const programmeId of programmes) {
      await recordAudit(trx, {
        programmeId,
        actor: { userId: userId ?? null, label: email ?? 'unknown' },
        action: 'sign-in-refused',
        entity: userId === undefined ? null : 'user',
        entityId: userId ?? null,
        at,
        detail: {
          method: 'oidc',
          reason: refusal.code,
          message: refusal.message,
          ip,
          ...(refusal.underlying === undefined ? {} : { cause: refusal.underlying }),
        },
      });
    }
  });
}

/** The sign-in page, telling the person why. */
export function refusalLocation(code: OidcRefusalCode): string {
  return `/?sign-in-error=${code}`;
}

/**
 * Sorts an error from the code exchange: a token that fails a check (signature, audience,
 * issuer, nonce, expiry) is `sso-invalid-token`; an error the provider answered with is
 * `sso-provider-error`; the provider out of reach is `sso-unavailable`.
 */
export function classifyExchangeError(error: unknown): OidcRefusal {
  const code = codeOf(error);
  // openid-client wraps the check that failed; its cause says which (e.g. the signature).
  const text = [error, causeOf(error)]
    .filter((e) => e !== undefined)
    .map((e) => `${codeOf(e)} ${e instanceof Error ? e.message : String(e)}`.trim())
    .join(': ');
  const underlying = text.slice(0, 300);
  if (
    error instanceof Error &&
    /^(AuthorizationResponseError|ResponseBodyError)$/.test(error.name)
  ) {
    return new OidcRefusal('sso-provider-error', {}, underlying);
  }
  if (/fetch failed|ECONNREFUSED|ENOTFOUND|timed? ?out|abort/i.test(text)) {
    return new OidcRefusal('sso-unavailable', {}, underlying);
  }
  if (!/JWT|JWS|JWK|CLAIM|TIMESTAMP|SIGNATURE|INVALID_RESPONSE/.test(code)) {
    return new OidcRefusal('sso-provider-error', {}, underlying);
  }
  return new OidcRefusal('sso-invalid-token', {}, underlying);
}

function codeOf(error: unknown): string {
  const code =
    typeof error === 'object' && error !== null ? (error as { code?: unknown }).code : '';
  return typeof code === 'string' ? code : '';
}

function causeOf(error: unknown): unknown {
  return error instanceof Error ? error.cause : undefined;
}
