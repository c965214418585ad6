// Setting up programmes (installation administrators): create one, give it an admin.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type {
  AdminAccessBody,
  AdminAccessResult,
  CreatedProgramme,
  CreateProgrammeBody,
} from '@outcomes/contract';
import { apiSend } from '../../../lib/api-send';

export function useCreateProgramme(csrfToken: string | null) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateProgrammeBody) =>
      apiSend<CreatedProgramme>('POST', '/programmes', body, csrfToken),
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['programmes'] }),
  });
}

export function useGiveAdminAccess(csrfToken: string | null) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ programmeId, body }: { programmeId: string; body: AdminAccessBody }) =>
      apiSend<AdminAccessResult>(
        'POST',
        `/programmes/${encodeURIComponent(programmeId)}/admin-access`,
        body,
        csrfToken,
      ),
    // The grant may be to the signed-in user: their roles change.
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['me'] }),
  });
}
