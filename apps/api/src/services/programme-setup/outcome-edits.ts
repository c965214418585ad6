// The outcomes a programme's metrics serve (outcomes.csv: an id and a name). An outcome is not
// part of the business case, so adding or renaming one records no business-case version; its id
// never changes (metrics refer to it), and removing one is not offered.
import type { NewOutcomeBody, OutcomeBody } from '@outcomes/contract';
import { notFound } from '../../lib/api-error.js';
import type { FrameworkEdit } from './edit-framework.js';
import { taken } from './framework-edits.js';

const OUTCOME_COLUMNS = { id: 'id', name: 'name' };

export function editOutcome(outcomeId: string, body: OutcomeBody): FrameworkEdit {
  return {
    action: 'outcome-edit',
    columns: OUTCOME_COLUMNS,
    apply: (pack) => {
      const outcome = pack.outcomes.find((o) => o.id === outcomeId);
      if (outcome === undefined) throw notFound('outcome', outcomeId);
      const before = { ...outcome };
      outcome.name = body.name.trim();
      return { entity: 'outcome', entityId: outcomeId, before, after: { ...outcome } };
    },
  };
}

export function addOutcome(body: NewOutcomeBody): FrameworkEdit {
  return {
    action: 'outcome-add',
    columns: OUTCOME_COLUMNS,
    apply: (pack) => {
      const id = body.id.trim();
      if (pack.outcomes.some((o) => o.id === id)) throw taken('outcome', id);
      const outcome = { id, name: body.name.trim() };
      pack.outcomes.push(outcome);
      return { entity: 'outcome', entityId: id, before: null, after: outcome };
    },
  };
}
