// Who may do what in the finance view: any member of the programme reads the figures (the
// authentication plugin checks membership); downloads and scenarios are for the finance role
// (and admins), as the issue gives them to the section 151 officer's group.
import type { FastifyRequest } from 'fastify';
import { requireRole } from '../../lib/authorise.js';

export const FINANCE_ROLES = ['finance', 'admin'] as const;

/** 401/403 unless the user may download finance tables or run scenarios in the programme. */
export function requireFinance(request: FastifyRequest, programmeId: string): void {
  requireRole(request, programmeId, FINANCE_ROLES);
}
