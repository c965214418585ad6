// A programme's admins edit its framework. Every edit changes what the programme's pages show,
// so every read of the programme is fetched again afterwards.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  EditableFramework,
  FrameworkEditResult,
  MetricBody,
  MetricRetirementBody,
  NewPartnerBody,
  NewStrandBody,
  ProgrammeSettingsBody,
  StrandBody,
  UnitCostBody,
} from '@outcomes/contract';
import { apiGet } from '../../../lib/api-client';
import { apiSend } from '../../../lib/api-send';

const base = (programmeId: string) => `/programmes/${encodeURIComponent(programmeId)}`;

/**
 * The stored metric definitions and unit costs the forms start from: the business case saved
 * last, not the version in force (the unit-cost register's), so a form shows what it saved.
 */
export function useEditableFramework(programmeId: string, enabled: boolean) {
  return useQuery({
    queryKey: ['programmes', programmeId, 'framework'],
    queryFn: ({ signal }) =>
      apiGet<EditableFramework>(`${base(programmeId)}/framework`, {}, signal),
    enabled,
  });
}

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

export function useEditMetric(programmeId: string, csrfToken: string | null) {
  return useFrameworkEdit(
    programmeId,
    ({ metricId, body }: { metricId: string; body: MetricBody }) =>
      apiSend<FrameworkEditResult>(
        'PUT',
        `${base(programmeId)}/metrics/${encodeURIComponent(metricId)}/definition`,
        body,
        csrfToken,
      ),
  );
}

/** The answer names the business-case version the edit recorded (null when none was). */
export function useEditUnitCost(programmeId: string, csrfToken: string | null) {
  return useFrameworkEdit(
    programmeId,
    ({ unitCostId, body }: { unitCostId: string; body: UnitCostBody }) =>
      apiSend<FrameworkEditResult>(
        'PUT',
        `${base(programmeId)}/unit-costs/${encodeURIComponent(unitCostId)}`,
        body,
        csrfToken,
      ),
  );
}

/** Retire a metric from a date (no figures due from it), or bring it back into use (null). */
export function useRetireMetric(programmeId: string, csrfToken: string | null) {
  return useFrameworkEdit(
    programmeId,
    ({ metricId, body }: { metricId: string; body: MetricRetirementBody }) =>
      apiSend<FrameworkEditResult>(
        'PUT',
        `${base(programmeId)}/metrics/${encodeURIComponent(metricId)}/retirement`,
        body,
        csrfToken,
      ),
  );
}
