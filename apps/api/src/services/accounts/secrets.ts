import { hash, randomBytes, timingSafeEqual } from 'node:crypto';

/** A new random secret: 32 bytes (256 bits) as base64url, with an optional readable prefix. */
export function newSecret(prefix = ''): string {
  return `${prefix}${randomBytes(32).toString('base64url')}`;
}

/**
 * SHA-256 (hex). Enough for session and API-token secrets: they are 256-bit random values, so
 * unlike passwords they cannot be guessed from a dictionary and need no slow hash.
 */
export function sha256Hex(value: string): string {
  // The one-shot form: about twice as fast as createHash for a short input, on every request.
  return hash('sha256', value, 'hex');
}

/** Compares two strings in time that does not depend on where they differ. */
export function safeEqual(a: string, b: string): boolean {
  const left = Buffer.from(a, 'utf8');
  const right = Buffer.from(b, 'utf8');
  return left.length === right.length && timingSafeEqual(left, right);
}
