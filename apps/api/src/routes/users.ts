// A programme's admins manage who can do what in it: invite (create) users, set their roles in the
// programme, disable and re-enable accounts. Every change is audited with before and after.
import {
  createUserBodySchema,
  errorResponseSchema,
  programmeUserListSchema,
  programmeUserSchema,
  setRolesBodySchema,
  type ProgrammeUser,
} from '@outcomes/contract';
import { findUserById, listProgrammeRoleGrants, listUserRoleGrants, listUsers } from '@outcomes/db';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ApiError } from '../lib/api-error.js';
import type { AuthenticatedUser } from '../lib/authenticated-user.js';
import { auditActor, forbidden, hasRole, requireRole } from '../lib/authorise.js';
import { createUser } from '../services/accounts/create-user.js';
import { toGrantSpecs } from '../services/accounts/role-assignments.js';
import { setUserDisabled } from '../services/accounts/set-user-disabled.js';
import { setUserRoles } from '../services/accounts/set-user-roles.js';
import { SMALL_BODY_LIMIT } from './auth.js';
import { programmeParams } from './schemas.js';

const userParams = programmeParams.extend({
  userId: z.coerce
    .number()
    .int()
    .positive()
    .max(2 ** 31),
});

const errors = {
  400: errorResponseSchema,
  401: errorResponseSchema,
  403: errorResponseSchema,
  404: errorResponseSchema,
  409: errorResponseSchema,
};

async function programmeUsers(
  db: Parameters<typeof listUsers>[0],
  programmeId: string,
): Promise<ProgrammeUser[]> {
  const grants = await listProgrammeRoleGrants(db, programmeId);
  const users = await listUsers(db);
  return users
    .filter((u) => grants.some((g) => g.userId === u.id))
    .map((u) => ({
      id: u.id,
      email: u.email,
      name: u.name,
      disabled: u.disabled_at !== null,
      createdAt: u.created_at,
      roles: grants
        .filter((g) => g.userId === u.id)
        .map((g) => ({
          programmeId: g.programmeId,
          role: g.role as ProgrammeUser['roles'][number]['role'],
          partnerId: g.partnerId,
          strandIds: g.strandIds,
        })),
    }));
}

async function requireProgrammeUser(
  db: Parameters<typeof listUsers>[0],
  programmeId: string,
  userId: number,
): Promise<ProgrammeUser> {
  const user = (await programmeUsers(db, programmeId)).find((u) => u.id === userId);
  if (!user) {
    throw new ApiError(
      404,
      'not_found',
      `No user with id "${userId}" in programme "${programmeId}".`,
    );
  }
  return user;
}

/**
 * An account can act in every programme it has a role in, so disabling it needs the admin role
 * in all of them, not just this one.
 */
async function requireAdminOfAll(
  db: Parameters<typeof listUsers>[0],
  actor: AuthenticatedUser,
  userId: number,
): Promise<void> {
  const programmes = [...new Set((await listUserRoleGrants(db, userId)).map((g) => g.programmeId))];
  const missing = programmes.filter((p) => !hasRole(actor, p, ['admin']));
  if (missing.length > 0) {
    throw forbidden(
      `This account also has roles in programme "${missing.join('", "')}": only an admin of every programme it belongs to can disable or enable it.`,
    );
  }
}

export const userRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/programmes/:programmeId/users',
    {
      schema: {
        tags: ['accounts'],
        summary: "The programme's users and their roles in it (admin)",
        params: programmeParams,
        response: { 200: programmeUserListSchema, ...errors },
      },
    },
    async (request) => {
      const { programmeId } = request.params;
      requireRole(request, programmeId, ['admin']);
      return programmeUsers(app.db, programmeId);
    },
  );

  app.post(
    '/api/programmes/:programmeId/users',
    {
      bodyLimit: SMALL_BODY_LIMIT,
      schema: {
        tags: ['accounts'],
        summary: 'Invite a user: create their account with roles in this programme (admin)',
        params: programmeParams,
        body: createUserBodySchema,
        response: { 201: programmeUserSchema, ...errors },
      },
    },
    async (request, reply) => {
      const { programmeId } = request.params;
      const actor = requireRole(request, programmeId, ['admin']);
      const grants = await toGrantSpecs(app.db, programmeId, request.body.roles);
      const id = await createUser(
        app.db,
        { ...request.body, programmeId, grants },
        auditActor(actor),
      );
      return reply.code(201).send(await requireProgrammeUser(app.db, programmeId, id));
    },
  );

  app.put(
    '/api/programmes/:programmeId/users/:userId/roles',
    {
      bodyLimit: SMALL_BODY_LIMIT,
      schema: {
        tags: ['accounts'],
        summary: "Set a user's roles in this programme; an empty list removes them all (admin)",
        params: userParams,
        body: setRolesBodySchema,
        response: { 200: programmeUserSchema, ...errors },
      },
    },
    async (request) => {
      const { programmeId, userId } = request.params;
      const actor = requireRole(request, programmeId, ['admin']);
      await requireProgrammeUser(app.db, programmeId, userId);
      const grants = await toGrantSpecs(app.db, programmeId, request.body.roles);
      await setUserRoles(app.db, { userId, programmeId, grants }, auditActor(actor));
      const user = await findUserById(app.db, userId);
      const after = (await programmeUsers(app.db, programmeId)).find((u) => u.id === userId);
      // With every role removed the user is no longer in the programme's list.
      return (
        after ?? {
          id: userId,
          email: user?.email ?? '',
          name: user?.name ?? '',
          disabled: user?.disabled_at != null,
          createdAt: user?.created_at ?? '',
          roles: [],
        }
      );
    },
  );

  for (const [action, disabled] of [
    ['disable', true],
    ['enable', false],
  ] as const) {
    app.post(
      `/api/programmes/:programmeId/users/:userId/${action}`,
      {
        bodyLimit: SMALL_BODY_LIMIT,
        schema: {
          tags: ['accounts'],
          summary: disabled
            ? 'Disable an account: its sessions end and its API tokens are revoked (admin)'
            : 'Enable a disabled account again (admin)',
          params: userParams,
          response: { 200: programmeUserSchema, ...errors },
        },
      },
      async (request) => {
        const { programmeId, userId } = request.params;
        const actor = requireRole(request, programmeId, ['admin']);
        await requireProgrammeUser(app.db, programmeId, userId);
        if (userId === actor.id) {
          throw new ApiError(409, 'conflict', 'You cannot disable or enable your own account.');
        }
        await requireAdminOfAll(app.db, actor, userId);
        await setUserDisabled(app.db, userId, disabled, auditActor(actor));
        return requireProgrammeUser(app.db, programmeId, userId);
      },
    );
  }
};
