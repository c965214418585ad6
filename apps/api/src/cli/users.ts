// `npm run users -- <command>`: accounts for operators, on the store at DATABASE_PATH (default
// var/outcomes.sqlite). Works on a store with no user yet: this is how the first admin is made.
//
//   add --email E --name N --programme P --role R [--partner ID] [--strand ID ...]
//       creates the account (password from OUTCOMES_PASSWORD, or asked for), or gives an existing
//       account the role (replacing that role's scope); audited as 'cli'
//   token --email E [--name LABEL] [--days N]   prints a new API token as the last line
//   list                                        every account and its roles
//   disable --email E / enable --email E
//   password --email E                          sets a new password (OUTCOMES_PASSWORD or asked
//                                               for); ends the account's sessions
//   installation-admin --email E [--remove]     makes the account an installation administrator
//                                               (creates programmes, reads every one), or removes
//                                               that role; the last one is never removed
//
// Exit 0 done, 1 refused (the reason on stderr), 2 usage.
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { emailSchema, roleSchema, type RoleAssignment } from '@outcomes/contract';
import {
  announceChanges,
  createDb,
  databaseLocation,
  runCli,
  findUserByEmail,
  grantInstallationAdmin,
  LastInstallationAdminError,
  listInstallationAdmins,
  listUserRoleGrants,
  listUsers,
  migrateToLatest,
  programmeExists,
  revokeInstallationAdmin,
  type AuditActor,
  type Db,
} from '@outcomes/db';
import { ApiError } from '../lib/api-error.js';
import { createApiToken } from '../services/accounts/api-tokens.js';
import { setPassword } from '../services/accounts/change-password.js';
import { createUser } from '../services/accounts/create-user.js';
import { toGrantSpecs } from '../services/accounts/role-assignments.js';
import { setUserDisabled } from '../services/accounts/set-user-disabled.js';
import { setUserRoles } from '../services/accounts/set-user-roles.js';

const USAGE = `Usage:
  npm run users -- add --email E --name N --programme P --role R [--partner ID] [--strand ID ...]
  npm run users -- token --email E [--name LABEL] [--days N]
  npm run users -- list
  npm run users -- disable --email E
  npm run users -- enable --email E
  npm run users -- password --email E
  npm run users -- installation-admin --email E [--remove]
Roles: board, finance, sponsor (needs --strand), data-officer (needs --partner), admin.
The password comes from OUTCOMES_PASSWORD, or is asked for.`;

const CLI_ACTOR: AuditActor = { userId: null, label: 'cli' };

class UsageError extends Error {}
class Refused extends Error {}

/** Reads a password: from OUTCOMES_PASSWORD, a terminal (not echoed, asked twice) or stdin. */
async function readPassword(): Promise<string> {
  const fromEnv = process.env['OUTCOMES_PASSWORD'];
  if (fromEnv !== undefined && fromEnv !== '') return fromEnv;
  if (!process.stdin.isTTY) {
    const rl = createInterface({ input: process.stdin });
    for await (const line of rl) {
      rl.close();
      return line;
    }
    throw new Refused('No password: set OUTCOMES_PASSWORD or type one.');
  }
  const ask = (prompt: string) =>
    new Promise<string>((done) => {
      process.stdout.write(prompt);
      const stdin = process.stdin;
      stdin.setRawMode(true);
      stdin.resume();
      let value = '';
      const onData = (chunk: Buffer) => {
        for (const ch of chunk.toString('utf8')) {
          if (ch === '\r' || ch === '\n') {
            stdin.setRawMode(false);
            stdin.pause();
            stdin.off('data', onData);
            process.stdout.write('\n');
            done(value);
            return;
          }
          if (ch === '\u0003') process.exit(130);
          if (ch === '\u007f') value = value.slice(0, -1);
          else value += ch;
        }
      };
      stdin.on('data', onData);
    });
  const first = await ask('Password: ');
  const second = await ask('Password again: ');
  if (first !== second) throw new Refused('The two passwords differ; nothing was changed.');
  return first;
}

function required(values: Record<string, unknown>, name: string): string {
  const value = values[name];
  if (typeof value !== 'string' || value.trim() === '')
    throw new UsageError(`--${name} is required.`);
  return value;
}

function parseEmail(text: string): string {
  const parsed = emailSchema.safeParse(text);
  if (!parsed.success) throw new UsageError(`"${text}" is not an email address.`);
  return parsed.data;
}

async function requireUser(db: Db, email: string) {
  const user = await findUserByEmail(db, email);
  if (!user) throw new Refused(`No account with the email ${email}.`);
  return user;
}

async function add(db: Db, argv: string[]): Promise<void> {
  const { values } = parseArgs({
    args: argv,
    options: {
      email: { type: 'string' },
      name: { type: 'string' },
      programme: { type: 'string' },
      role: { type: 'string' },
      partner: { type: 'string' },
      strand: { type: 'string', multiple: true },
    },
  });
  const email = parseEmail(required(values, 'email'));
  const programmeId = required(values, 'programme');
  const role = roleSchema.safeParse(required(values, 'role'));
  if (!role.success)
    throw new UsageError(`--role must be one of ${roleSchema.options.join(', ')}.`);
  if (!(await programmeExists(db, programmeId))) {
    throw new Refused(`No programme "${programmeId}": load it first (npm run load -- <pack-dir>).`);
  }
  const assignment: RoleAssignment = {
    role: role.data,
    partnerId: values.partner ?? null,
    strandIds: values.strand ?? [],
  };
  const existing = await findUserByEmail(db, email);
  if (existing) {
    // Keep the account's other roles in the programme; this role's scope becomes the one given.
    const others = (await listUserRoleGrants(db, existing.id)).filter(
      (g) => g.programmeId === programmeId && g.role !== role.data,
    );
    const grants = await toGrantSpecs(db, programmeId, [
      ...others.map((g) => ({
        role: roleSchema.parse(g.role),
        partnerId: g.partnerId,
        strandIds: g.strandIds,
      })),
      assignment,
    ]);
    await setUserRoles(db, { userId: existing.id, programmeId, grants }, CLI_ACTOR);
    console.log(`Gave ${email} the role ${role.data} in programme ${programmeId}.`);
    return;
  }
  const name = required(values, 'name');
  const grants = await toGrantSpecs(db, programmeId, [assignment]);
  const password = await readPassword();
  const id = await createUser(db, { email, name, password, programmeId, grants }, CLI_ACTOR);
  console.log(
    `Created ${email} (user ${id}) with the role ${role.data} in programme ${programmeId}.`,
  );
}

async function token(db: Db, argv: string[]): Promise<void> {
  const { values } = parseArgs({
    args: argv,
    options: {
      email: { type: 'string' },
      name: { type: 'string' },
      days: { type: 'string' },
    },
  });
  const user = await requireUser(db, parseEmail(required(values, 'email')));
  if (user.disabled_at !== null) throw new Refused(`The account ${user.email} is disabled.`);
  const days = values.days === undefined ? 90 : Number(values.days);
  if (!Number.isInteger(days) || days < 1 || days > 366) {
    throw new UsageError('--days must be a whole number from 1 to 366.');
  }
  const created = await createApiToken(
    db,
    user.id,
    { name: values.name ?? 'command line', expiresInDays: days },
    CLI_ACTOR,
  );
  console.log(
    `API token ${created.id} for ${user.email}, expires ${created.expiresAt}. It is shown once; store it safely:`,
  );
  console.log(created.token);
}

async function list(db: Db): Promise<void> {
  const users = await listUsers(db);
  if (users.length === 0) {
    console.log('No accounts yet.');
    return;
  }
  const installationAdmins = new Set((await listInstallationAdmins(db)).map((a) => a.userId));
  for (const user of users) {
    const grants = await listUserRoleGrants(db, user.id);
    const roles = grants
      .map((g) => {
        const scope = g.partnerId
          ? `:${g.partnerId}`
          : g.strandIds.length
            ? `:${g.strandIds.join('+')}`
            : '';
        return `${g.programmeId}/${g.role}${scope}`;
      })
      .join(' ');
    const status = user.disabled_at === null ? 'active' : 'disabled';
    const all = [installationAdmins.has(user.id) ? 'installation-admin' : '', roles]
      .filter((r) => r !== '')
      .join(' ');
    console.log(`${user.email}\t${user.name}\t${status}\t${all || '(no roles)'}`);
  }
}

async function setDisabled(db: Db, argv: string[], disabled: boolean): Promise<void> {
  const { values } = parseArgs({ args: argv, options: { email: { type: 'string' } } });
  const user = await requireUser(db, parseEmail(required(values, 'email')));
  await setUserDisabled(db, user.id, disabled, CLI_ACTOR);
  console.log(`${disabled ? 'Disabled' : 'Enabled'} ${user.email}.`);
}

async function password(db: Db, argv: string[]): Promise<void> {
  const { values } = parseArgs({ args: argv, options: { email: { type: 'string' } } });
  const user = await requireUser(db, parseEmail(required(values, 'email')));
  await setPassword(db, user.id, await readPassword(), CLI_ACTOR);
  console.log(`Set a new password for ${user.email}; their sessions have ended.`);
}

async function installationAdmin(db: Db, argv: string[]): Promise<void> {
  const { values } = parseArgs({
    args: argv,
    options: { email: { type: 'string' }, remove: { type: 'boolean' } },
  });
  const user = await requireUser(db, parseEmail(required(values, 'email')));
  if (values.remove === true) {
    try {
      const removed = await revokeInstallationAdmin(db, user, CLI_ACTOR);
      console.log(
        removed
          ? `${user.email} is no longer an installation administrator.`
          : `${user.email} was not an installation administrator; nothing was changed.`,
      );
    } catch (error) {
      if (error instanceof LastInstallationAdminError) throw new Refused(error.message);
      throw error;
    }
    return;
  }
  const granted = await grantInstallationAdmin(db, user, CLI_ACTOR);
  console.log(
    granted
      ? `${user.email} is now an installation administrator.`
      : `${user.email} was already an installation administrator; nothing was changed.`,
  );
}

const COMMANDS = ['add', 'token', 'list', 'disable', 'enable', 'password', 'installation-admin'];

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (!COMMANDS.includes(command ?? '')) {
    console.error(USAGE);
    return 2;
  }
  const db = createDb(databaseLocation());
  try {
    await migrateToLatest(db);
    if (command === 'add') await add(db, rest);
    else if (command === 'token') await token(db, rest);
    else if (command === 'list') await list(db);
    else if (command === 'password') await password(db, rest);
    else if (command === 'installation-admin') await installationAdmin(db, rest);
    else await setDisabled(db, rest, command === 'disable');
    // PostgreSQL: every running server has dropped what it kept before this command ends.
    if (command !== 'list') await announceChanges(db);
    return 0;
  } catch (error) {
    if (error instanceof UsageError || (error instanceof TypeError && 'code' in error)) {
      console.error(`${error.message}\n${USAGE}`);
      return 2;
    }
    if (error instanceof Refused || error instanceof ApiError) {
      console.error(error.message);
      return 1;
    }
    throw error;
  } finally {
    await db.destroy();
  }
}

runCli(main);
