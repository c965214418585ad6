// Accounts, roles, sessions, API tokens and the audit log: the shapes of the auth API.
import { z } from 'zod';
import { isoDateSchema, slugSchema } from './common.js';

/** Every role, each held within one programme. */
export const ROLES = ['board', 'finance', 'sponsor', 'data-officer', 'admin'] as const;
export const roleSchema = z.enum(ROLES);
export type Role = z.infer<typeof roleSchema>;

/** One role a user holds in one programme, with its scope (sponsor: strands; data officer: partner). */
export const roleGrantSchema = z.object({
  programmeId: z.string(),
  role: roleSchema,
  partnerId: z.string().nullable(),
  strandIds: z.array(z.string()),
});
export type RoleGrant = z.infer<typeof roleGrantSchema>;

/** GET /api/me: the acting user, their roles and (for a browser session) the CSRF token. */
export const meSchema = z.object({
  id: z.number().int(),
  email: z.string(),
  name: z.string(),
  roles: z.array(roleGrantSchema),
  /** Administers the installation: may create programmes and read every one. */
  installationAdmin: z.boolean(),
  /** How this request was authenticated. */
  via: z.enum(['session', 'token']),
  /** Send as `X-CSRF-Token` with every cookie-authenticated write; null for API tokens. */
  csrfToken: z.string().nullable(),
});
export type Me = z.infer<typeof meSchema>;

/** Emails are compared lower-case; the length limit is RFC 5321's. */
export const emailSchema = z
  .string()
  .trim()
  .max(254)
  .regex(
    /^[^\s@<>()[\]\\,;:"]+@[^\s@<>()[\]\\,;:"]+\.[^\s@<>()[\]\\,;:"]+$/,
    'must be an email address',
  )
  .transform((s) => s.toLowerCase());

export const PASSWORD_MIN_LENGTH = 12;
/** Long enough for any passphrase, short enough that hashing it cannot be used to tie up the server. */
export const PASSWORD_MAX_LENGTH = 128;

export const loginBodySchema = z.object({
  email: z.string().max(254),
  password: z.string().max(PASSWORD_MAX_LENGTH),
});
export type LoginBody = z.infer<typeof loginBodySchema>;

export const personNameSchema = z.string().trim().min(1).max(200);

/** A new password: its strength is checked on the server (length, common passwords). */
export const newPasswordSchema = z.string().max(PASSWORD_MAX_LENGTH);

export const changePasswordBodySchema = z.object({
  currentPassword: z.string().max(PASSWORD_MAX_LENGTH),
  newPassword: newPasswordSchema,
});
export type ChangePasswordBody = z.infer<typeof changePasswordBodySchema>;

/** A role to give, within the programme in the URL. */
export const roleAssignmentSchema = z.object({
  role: roleSchema,
  partnerId: slugSchema.nullable().optional(),
  strandIds: z.array(slugSchema).max(100).optional(),
});
export type RoleAssignment = z.infer<typeof roleAssignmentSchema>;

export const roleAssignmentsSchema = z.array(roleAssignmentSchema).max(ROLES.length);

export const createUserBodySchema = z.object({
  email: emailSchema,
  name: personNameSchema,
  password: newPasswordSchema,
  roles: roleAssignmentsSchema.min(1),
});
export type CreateUserBody = z.input<typeof createUserBodySchema>;

export const setRolesBodySchema = z.object({ roles: roleAssignmentsSchema });
export type SetRolesBody = z.infer<typeof setRolesBodySchema>;

/** A user as a programme's admin sees them: their roles in that programme only. */
export const programmeUserSchema = z.object({
  id: z.number().int(),
  email: z.string(),
  name: z.string(),
  disabled: z.boolean(),
  createdAt: z.string(),
  roles: z.array(roleGrantSchema),
});
export type ProgrammeUser = z.infer<typeof programmeUserSchema>;
export const programmeUserListSchema = z.array(programmeUserSchema);

export const apiTokenSchema = z.object({
  id: z.number().int(),
  name: z.string(),
  /** The token's first characters, to tell tokens apart; never enough to use it. */
  prefix: z.string(),
  createdAt: z.string(),
  expiresAt: z.string().nullable(),
  lastUsedAt: z.string().nullable(),
  revokedAt: z.string().nullable(),
});
export type ApiToken = z.infer<typeof apiTokenSchema>;
export const apiTokenListSchema = z.array(apiTokenSchema);

export const createTokenBodySchema = z.object({
  name: z.string().trim().min(1).max(100),
  /** Days until the token stops working: 1 to 366, default 90. */
  expiresInDays: z.number().int().min(1).max(366).default(90),
});
export type CreateTokenBody = z.input<typeof createTokenBodySchema>;

/** The new token, shown once: only its hash is stored. */
export const createdTokenSchema = apiTokenSchema.extend({ token: z.string() });
export type CreatedToken = z.infer<typeof createdTokenSchema>;

export const AUDIT_ACTIONS = [
  'pack-load',
  'submission',
  'actual-revision',
  'commentary',
  'forecast-revision',
  'spc-rebase',
  'user-create',
  'user-disable',
  'user-enable',
  'role-change',
  'password-change',
  'token-create',
  'token-revoke',
] as const;

export const auditEntrySchema = z.object({
  id: z.number().int(),
  programmeId: z.string().nullable(),
  at: z.string(),
  actor: z.string(),
  actorUserId: z.number().int().nullable(),
  action: z.string(),
  entity: z.string().nullable(),
  entityId: z.string().nullable(),
  before: z.unknown(),
  after: z.unknown(),
  detail: z.unknown(),
});
export type AuditEntry = z.infer<typeof auditEntrySchema>;

export const auditPageSchema = z.object({
  entries: z.array(auditEntrySchema),
  total: z.number().int(),
  limit: z.number().int(),
  offset: z.number().int(),
});
export type AuditPage = z.infer<typeof auditPageSchema>;

/** Filters for the audit log; strict patterns, so a filter is never free text. */
export const auditQuerySchema = z.object({
  action: z
    .string()
    .max(100)
    .regex(/^[a-z]+(-[a-z]+)*$/, 'must be an action name such as "role-change"')
    .optional(),
  actor: z
    .string()
    .max(254)
    .regex(
      /^(system|cli|[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+)$/,
      'must be an email address, "system" or "cli"',
    )
    .optional(),
  from: isoDateSchema.optional(),
  to: isoDateSchema.optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
});
export type AuditQuery = z.input<typeof auditQuerySchema>;
