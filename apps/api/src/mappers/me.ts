import type { Me } from '@outcomes/contract';
import type { AuthenticatedUser, RequestAuth } from '../lib/authenticated-user.js';

export function toMe(user: AuthenticatedUser, auth: RequestAuth): Me {
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    roles: user.roles,
    installationAdmin: user.installationAdmin,
    via: auth.via,
    csrfToken: auth.via === 'session' ? auth.csrfToken : null,
  };
}
