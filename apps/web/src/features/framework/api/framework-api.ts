// A programme's admins edit its framework. Every edit changes what the programme's pages show,
// so every read of the programme is fetched again afterwards.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type {
  FrameworkEditResult,
  NewPartnerBody,
  NewStrandBody,
  ProgrammeSettingsBody,
  StrandBody,
} from '@outcomes/contract';
import { apiSend } from '../../../lib/api-send';

const base = (programmeId: string) => `/programmes/${encodeURIComponent(programmeId)}`;

function useFrameworkEdit<V>(
  programmeId: string,
  send: (value: V) => Promise<FrameworkEditResult>,
) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['programmes'] }),
  });
}

export function useEditSettings(programmeId: string, csrfToken: string | null) {
  return useFrameworkEdit(programmeId, (body: ProgrammeSettingsBody) =>
    apiSend<FrameworkEditResult>('PUT', `${base(programmeId)}/settings`, body, csrfToken),
  );
}

export function useEditStrand(programmeId: string, csrfToken: string | null) {
  return useFrameworkEdit(
    programmeId,
    ({ strandId, body }: { strandId: string; body: StrandBody }) =>
      apiSend<FrameworkEditResult>(
        'PUT',
        `${base(programmeId)}/strands/${encodeURIComponent(strandId)}`,
        body,
        csrfToken,
      ),
  );
}

export function useAddStrand(programmeId: string, csrfToken: string | null) {
  return useFrameworkEdit(programmeId, (body: NewStrandBody) =>
    apiSend<FrameworkEditResult>('POST', `${base(programmeId)}/strands`, body, csrfToken),
  );
}

export function useSavePartner(programmeId: string, csrfToken: string | null) {
  return useFrameworkEdit(
    programmeId,
    ({ partnerId, body }: { partnerId: string | null; body: NewPartnerBody }) =>
      partnerId === null
        ? apiSend<FrameworkEditResult>('POST', `${base(programmeId)}/partners`, body, csrfToken)
        : apiSend<FrameworkEditResult>(
            'PUT',
            `${base(programmeId)}/partners/${encodeURIComponent(partnerId)}`,
            { name: body.name, kind: body.kind, budget: body.budget },
            csrfToken,
          ),
  );
}
