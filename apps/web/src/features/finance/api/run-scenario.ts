// POST a scenario: the API recomputes base and scenario and stores nothing.
import { useMutation } from '@tanstack/react-query';
import type { ScenarioComparison, ScenarioRequest } from '@outcomes/contract';
import { apiUrl } from '../../../lib/api-client';
import { apiSend } from '../../../lib/api-send';
import { programmePath } from './finance-queries';

export function runScenario(
  programmeId: string,
  asOf: string | undefined,
  body: ScenarioRequest,
  csrfToken: string | null,
): Promise<ScenarioComparison> {
  // apiSend takes a path under /api; the as-of date rides in the query string.
  const url = apiUrl(`${programmePath(programmeId)}/scenarios`, { asOf }).replace(/^\/api/, '');
  return apiSend<ScenarioComparison>('POST', url, body, csrfToken);
}

export function useRunScenario(
  programmeId: string,
  asOf: string | undefined,
  csrfToken: string | null,
) {
  return useMutation({
    mutationFn: (body: ScenarioRequest) => runScenario(programmeId, asOf, body, csrfToken),
  });
}
