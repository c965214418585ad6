import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { LoginBody, Me } from '@outcomes/contract';
import { switchUser } from '../../../api/get-me';
import { apiSend } from '../../../lib/api-send';

export function signIn(body: LoginBody): Promise<Me> {
  return apiSend<Me>('POST', '/login', body, null);
}

/** Signs in; every cached answer from before is dropped, and the new user takes effect. */
export function useSignIn() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: signIn,
    onSuccess: (me) => switchUser(queryClient, me),
  });
}
