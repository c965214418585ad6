import { useQuery } from '@tanstack/react-query';
import type { SignInMethods } from '@outcomes/contract';
import { apiGet } from '../../../lib/api-client';

/** How one may sign in here (GET /api/sign-in-methods): the SSO button shows only when offered. */
export function useSignInMethods() {
  return useQuery({
    queryKey: ['sign-in-methods'],
    queryFn: ({ signal }) => apiGet<SignInMethods>('/sign-in-methods', {}, signal),
    staleTime: Infinity,
  });
}
