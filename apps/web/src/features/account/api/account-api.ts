// The signed-in user's own account: password and API tokens.
import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  ApiToken,
  ChangePasswordBody,
  CreatedToken,
  CreateTokenBody,
  Me,
} from '@outcomes/contract';
import { ME_QUERY_KEY } from '../../../api/get-me';
import { apiGet } from '../../../lib/api-client';
import { apiSend } from '../../../lib/api-send';

const TOKENS_KEY = ['me', 'tokens'] as const;

export function tokensQueryOptions() {
  return queryOptions({
    queryKey: TOKENS_KEY,
    queryFn: ({ signal }) => apiGet<ApiToken[]>('/me/tokens', {}, signal),
  });
}

export function useTokens() {
  return useQuery(tokensQueryOptions());
}

/** The password changes and the session gets a new id (and CSRF token), which /api/me now holds. */
export function useChangePassword(csrfToken: string | null) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ChangePasswordBody) => apiSend<Me>('POST', '/me/password', body, csrfToken),
    onSuccess: (me) => queryClient.setQueryData(ME_QUERY_KEY, me),
  });
}

export function useCreateToken(csrfToken: string | null) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateTokenBody) =>
      apiSend<CreatedToken>('POST', '/me/tokens', body, csrfToken),
    onSettled: () => queryClient.invalidateQueries({ queryKey: TOKENS_KEY }),
  });
}

export function useRevokeToken(csrfToken: string | null) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (tokenId: number) =>
      apiSend<null>('DELETE', `/me/tokens/${tokenId}`, {}, csrfToken),
    onSettled: () => queryClient.invalidateQueries({ queryKey: TOKENS_KEY }),
  });
}
