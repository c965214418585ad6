// The business-case framework forms' saves: outcomes, a baseline, a unit cost's bearers, a
// metric's forecasts (a new, named business-case version) and cost lines. Every save changes
// what the programme's pages show, so every read of the programme is fetched again afterwards.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type {
  BaselineBody,
  BearersBody,
  CostLineBody,
  ForecastVersionBody,
  FrameworkEditResult,
  NewOutcomeBody,
} from '@outcomes/contract';
import { apiSend } from '../../../lib/api-send';

const base = (programmeId: string) => `/programmes/${encodeURIComponent(programmeId)}`;

function useSave<V>(send: (value: V) => Promise<FrameworkEditResult>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['programmes'] }),
  });
}

/** Adds an outcome (no id yet) or renames one. */
export function useSaveOutcome(programmeId: string, csrfToken: string | null) {
  return useSave(({ outcomeId, body }: { outcomeId: string | null; body: NewOutcomeBody }) =>
    outcomeId === null
      ? apiSend<FrameworkEditResult>('POST', `${base(programmeId)}/outcomes`, body, csrfToken)
      : apiSend<FrameworkEditResult>(
          'PUT',
          `${base(programmeId)}/outcomes/${encodeURIComponent(outcomeId)}`,
          { name: body.name },
          csrfToken,
        ),
  );
}

export function useEditBaseline(programmeId: string, csrfToken: string | null) {
  return useSave(({ metricId, body }: { metricId: string; body: BaselineBody }) =>
    apiSend<FrameworkEditResult>(
      'PUT',
      `${base(programmeId)}/metrics/${encodeURIComponent(metricId)}/baseline`,
      body,
      csrfToken,
    ),
  );
}

/** The answer names the business-case version the new split recorded. */
export function useEditBearers(programmeId: string, csrfToken: string | null) {
  return useSave(({ unitCostId, body }: { unitCostId: string; body: BearersBody }) =>
    apiSend<FrameworkEditResult>(
      'PUT',
      `${base(programmeId)}/unit-costs/${encodeURIComponent(unitCostId)}/bearers`,
      body,
      csrfToken,
    ),
  );
}

/** The answer names the new business-case version (not in force until an admin decides). */
export function useSaveForecastVersion(programmeId: string, csrfToken: string | null) {
  return useSave(({ metricId, body }: { metricId: string; body: ForecastVersionBody }) =>
    apiSend<FrameworkEditResult>(
      'POST',
      `${base(programmeId)}/metrics/${encodeURIComponent(metricId)}/forecast-versions`,
      body,
      csrfToken,
    ),
  );
}

/** Adds a cost line (no id yet) or changes one. */
export function useSaveCostLine(programmeId: string, csrfToken: string | null) {
  return useSave(({ lineId, body }: { lineId: string | null; body: CostLineBody }) =>
    lineId === null
      ? apiSend<FrameworkEditResult>('POST', `${base(programmeId)}/cost-lines`, body, csrfToken)
      : apiSend<FrameworkEditResult>(
          'PUT',
          `${base(programmeId)}/cost-lines/${encodeURIComponent(lineId)}`,
          body,
          csrfToken,
        ),
  );
}
