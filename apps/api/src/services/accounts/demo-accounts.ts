// One account per role for the demonstration programme, so that anyone can try each view.
import type { Role } from '@outcomes/contract';
import {
  findUserByEmail,
  grantInstallationAdmin,
  listProgrammeScopeIds,
  SYSTEM_ACTOR,
  type Db,
} from '@outcomes/db';
import { createUser } from './create-user.js';
import type { GrantSpec } from './role-assignments.js';
import { passwordProblem } from './passwords.js';
import { newSecret } from './secrets.js';

export const DEMO_EMAIL_DOMAIN = 'demo.outcomes.local';

/** The demonstration's sponsor and data officer: police, sponsors of Safer Communities. */
const PREFERRED_STRAND = 'safer-communities';
const PREFERRED_PARTNER = 'cheshire-constabulary';

export interface DemoAccount {
  role: Role;
  email: string;
  name: string;
  partnerId: string | null;
  strandIds: string[];
  /** False when an account with this email already existed (it was left as it was). */
  created: boolean;
}

export const demoEmail = (role: Role): string => `${role}@${DEMO_EMAIL_DOMAIN}`;

const NAMES: Record<Role, string> = {
  board: 'Demo board member',
  finance: 'Demo finance officer',
  sponsor: 'Demo strand sponsor',
  'data-officer': 'Demo data officer',
  admin: 'Demo programme admin',
};

/**
 * A random password for the demonstration accounts when DEMO_PASSWORD is not set. Drawn again in
 * the (one in millions) case that the letters spell an account's name or email ("Demo", "data").
 */
export function randomDemoPassword(): string {
  for (;;) {
    const password = newSecret().slice(0, 20);
    const acceptable = (Object.keys(NAMES) as Role[]).every(
      (role) => passwordProblem(password, { email: demoEmail(role), name: NAMES[role] }) === null,
    );
    if (acceptable) return password;
  }
}

/**
 * Creates `<role>@demo.outcomes.local` for every role in `programmeId`, all with `password`
 * (checked like any other). The sponsor sponsors Safer Communities (or the first strand) and the
 * data officer returns figures for the police (or the first partner); the admin is an installation
 * administrator too. Existing accounts are kept.
 */
export async function createDemoAccounts(
  db: Db,
  programmeId: string,
  password: string,
): Promise<DemoAccount[]> {
  const { partnerIds, strandIds } = await listProgrammeScopeIds(db, programmeId);
  const strand = strandIds.includes(PREFERRED_STRAND) ? PREFERRED_STRAND : strandIds[0];
  const partner = partnerIds.includes(PREFERRED_PARTNER) ? PREFERRED_PARTNER : partnerIds[0];
  const accounts: DemoAccount[] = [];
  for (const role of ['board', 'finance', 'sponsor', 'data-officer', 'admin'] as const) {
    const grant: GrantSpec = {
      role,
      partnerId: role === 'data-officer' ? (partner ?? null) : null,
      strandIds: role === 'sponsor' && strand !== undefined ? [strand] : [],
    };
    if (role === 'data-officer' && grant.partnerId === null) continue;
    if (role === 'sponsor' && grant.strandIds.length === 0) continue;
    const email = demoEmail(role);
    const exists = (await findUserByEmail(db, email)) !== undefined;
    if (!exists) {
      const id = await createUser(
        db,
        { email, name: NAMES[role], password, programmeId, grants: [grant] },
        SYSTEM_ACTOR,
      );
      // The demonstration's admin also administers the installation, so that creating a
      // programme can be tried too. Only when the account is new: an operator who removed the
      // role from it keeps it removed.
      if (role === 'admin') await grantInstallationAdmin(db, { id, email }, SYSTEM_ACTOR);
    }
    accounts.push({
      role,
      email,
      name: NAMES[role],
      partnerId: grant.partnerId,
      strandIds: grant.strandIds,
      created: !exists,
    });
  }
  return accounts;
}

/** The start-up lines that list the accounts and their password (printed once). */
export function describeDemoAccounts(accounts: readonly DemoAccount[], password: string): string[] {
  const lines = ['Demonstration accounts (shown once; change or disable them before real use):'];
  for (const a of accounts) {
    const scope = a.partnerId
      ? ` (partner ${a.partnerId})`
      : a.strandIds.length
        ? ` (strand ${a.strandIds.join(', ')})`
        : '';
    lines.push(
      `  ${a.role.padEnd(12)} ${a.email}${scope}${a.created ? '' : ' — already existed, unchanged'}`,
    );
  }
  lines.push(`  password: ${password}`);
  return lines;
}
