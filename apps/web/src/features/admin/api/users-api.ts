// A programme's users, for its admins.
import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { CreateUserBody, ProgrammeUser, SetRolesBody } from '@outcomes/contract';
import { apiGet } from '../../../lib/api-client';
import { apiSend } from '../../../lib/api-send';

const base = (programmeId: string) => `/programmes/${encodeURIComponent(programmeId)}/users`;
const usersKey = (programmeId: string) => ['programmes', programmeId, 'users'] as const;

export function usersQueryOptions(programmeId: string) {
  return queryOptions({
    queryKey: usersKey(programmeId),
    queryFn: ({ signal }) => apiGet<ProgrammeUser[]>(base(programmeId), {}, signal),
  });
}

export function useProgrammeUsers(programmeId: string) {
  return useQuery(usersQueryOptions(programmeId));
}

export function useInviteUser(programmeId: string, csrfToken: string | null) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateUserBody) =>
      apiSend<ProgrammeUser>('POST', base(programmeId), body, csrfToken),
    onSettled: () => queryClient.invalidateQueries({ queryKey: usersKey(programmeId) }),
  });
}

export function useSetRoles(programmeId: string, csrfToken: string | null) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ userId, body }: { userId: number; body: SetRolesBody }) =>
      apiSend<ProgrammeUser>('PUT', `${base(programmeId)}/${userId}/roles`, body, csrfToken),
    onSettled: () => queryClient.invalidateQueries({ queryKey: usersKey(programmeId) }),
  });
}

export function useSetDisabled(programmeId: string, csrfToken: string | null) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ userId, disabled }: { userId: number; disabled: boolean }) =>
      apiSend<ProgrammeUser>(
        'POST',
        `${base(programmeId)}/${userId}/${disabled ? 'disable' : 'enable'}`,
        {},
        csrfToken,
      ),
    onSettled: () => queryClient.invalidateQueries({ queryKey: usersKey(programmeId) }),
  });
}
