// Password hashing (argon2id, OWASP's minimum parameters) and the strength rule for new passwords.
import { hash, verify, type Algorithm } from '@node-rs/argon2';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '@outcomes/contract';
import { COMMON_PASSWORD_WORDS, COMMON_PASSWORDS } from './common-passwords.js';

const ARGON2ID = 2 as Algorithm;
/** OWASP Password Storage Cheat Sheet: argon2id, m = 19 MiB, t = 2, p = 1. */
const OPTIONS = { algorithm: ARGON2ID, memoryCost: 19_456, timeCost: 2, parallelism: 1 };

export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

// Verified against when the email is unknown, so an unknown email takes as long as a wrong password.
let dummyHash: Promise<string> | undefined;

/** True when `password` matches `passwordHash`; with no hash, spends the same time and is false. */
export async function verifyPassword(
  passwordHash: string | undefined,
  password: string,
): Promise<boolean> {
  if (password.length > PASSWORD_MAX_LENGTH) return false;
  if (passwordHash === undefined) {
    dummyHash ??= hashPassword('not a real password, only spends time');
    await verify(await dummyHash, password).catch(() => false);
    return false;
  }
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

/** Parts shorter than this are too common inside ordinary words ("Jo", "Lee") to refuse. */
const MIN_IDENTITY_PART = 4;

const compact = (text: string): string => text.replace(/[^\p{L}\p{N}]+/gu, '');
const parts = (text: string): string[] =>
  text.split(/[^\p{L}\p{N}]+/u).filter((part) => part.length >= MIN_IDENTITY_PART);

/**
 * True when the (lower-cased) password contains the account's email, its local part, the name, or
 * any word of four or more letters from either ("Priya Shah" refuses "shah-river-12"): an attacker
 * who knows whose account it is tries those first. Spacing and punctuation are ignored, so
 * "jo.bloggs" is found in "Jo Bloggs 2026!".
 */
function containsIdentity(lower: string, account: { email?: string; name?: string }): boolean {
  const email = account.email?.toLowerCase() ?? '';
  const local = email.split('@')[0] ?? '';
  const name = account.name?.toLowerCase() ?? '';
  const squeezed = compact(lower);
  const wholes = [compact(email), compact(local), compact(name)].filter(
    (whole) => whole.length >= MIN_IDENTITY_PART,
  );
  return (
    wholes.some((whole) => squeezed.includes(whole)) ||
    [...parts(local), ...parts(name)].some((part) => lower.includes(part))
  );
}

/**
 * Why a new password is refused, or null when it is acceptable. The rule is NIST SP 800-63B's
 * and ASVS's: length (12 to 128 characters), not a common or breached password, not the account's
 * own email or name; no composition rules (any characters, spaces included, are allowed).
 */
export function passwordProblem(
  password: string,
  account: { email?: string; name?: string } = {},
): string | null {
  const length = [...password].length;
  if (length < PASSWORD_MIN_LENGTH) {
    return `The password must be at least ${PASSWORD_MIN_LENGTH} characters long.`;
  }
  if (length > PASSWORD_MAX_LENGTH) {
    return `The password must be at most ${PASSWORD_MAX_LENGTH} characters long.`;
  }
  const lower = password.toLowerCase();
  // Common passwords padded with digits and symbols ("Password1234!") are just as guessable.
  const core = lower.replace(/^[^a-z]+|[^a-z]+$/g, '').replace(/\s+/g, '');
  if (
    COMMON_PASSWORDS.has(lower) ||
    COMMON_PASSWORD_WORDS.has(core) ||
    /^(.)\1+$/.test(lower) ||
    /^[0-9\s\W]+$/.test(lower)
  ) {
    return 'The password is too common: choose one that is harder to guess, such as three or four random words.';
  }
  if (containsIdentity(lower, account)) {
    return 'The password must not contain your email address or name.';
  }
  return null;
}
