import { useMutation, useQueryClient } from '@tanstack/react-query';
import { switchUser } from '../../../api/get-me';
import { apiSend } from '../../../lib/api-send';

export function signOut(csrfToken: string | null): Promise<null> {
  return apiSend<null>('POST', '/logout', {}, csrfToken);
}

/**
 * Ends the session on the server, then forgets every cached answer, so nothing the user saw is
 * left in memory for the next person at the screen. Even if the server cannot be reached, the
 * page forgets the user.
 */
export function useSignOut(csrfToken: string | null) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => signOut(csrfToken),
    onSettled: () => switchUser(queryClient, null),
  });
}
