import type { Role, RoleGrant } from '@outcomes/contract';

export type { Role, RoleGrant };

/** The person a request acts for, with every role they hold (in every programme). */
export interface AuthenticatedUser {
  id: number;
  email: string;
  name: string;
  roles: RoleGrant[];
  /** Administers the installation: creates programmes and may read every one (authorise.ts). */
  installationAdmin: boolean;
}

/** How a request was authenticated. */
export type RequestAuth =
  { via: 'session'; sessionId: string; csrfToken: string } | { via: 'token'; tokenId: number };
