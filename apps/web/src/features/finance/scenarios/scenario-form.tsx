// The scenario form: unit costs, optimism bias, discount rate, growth, attribution and
// persistence (persistence-fields.tsx), sent to
// the API (which recomputes and stores nothing); the API's field errors land on their boxes.
import type { ProgrammeDetail, ScenarioComparison, UnitCostRegister } from '@outcomes/contract';
import { useState, type FormEvent } from 'react';
import { FormErrorSummary, type FormError } from '../../../components/form-error-summary';
import { ApiFieldError } from '../../../lib/api-send';
import { formatMoney, formatRate } from '../../../lib/format';
import { friendlyApiMessage, friendlyFieldMessage } from '../../../lib/friendly-error';
import { useAsOf } from '../../../lib/use-as-of';
import { useRunScenario } from '../api/run-scenario';
import { useFinanceAccess } from '../api/use-finance-access';
import { PercentField } from '../components/percent-field';
import { PersistenceFields } from './persistence-fields';
import { GRADES, ids, initialState, toRequest, type FormState } from './scenario-request';
import { SubmitButton } from '../../../components/submit-button';

export function ScenarioForm({
  programme,
  register,
  onResult,
}: {
  programme: ProgrammeDetail;
  register: UnitCostRegister;
  onResult: (result: ScenarioComparison | null) => void;
}) {
  const { asOf } = useAsOf();
  const access = useFinanceAccess(programme.id);
  const run = useRunScenario(programme.id, asOf, access.csrfToken);
  const [state, setState] = useState<FormState>(() => initialState(programme));
  const [errors, setErrors] = useState<FormError[]>([]);

  const errorFor = (fieldId: string) => errors.find((e) => e.fieldId === fieldId)?.message;

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const request = toRequest(state, register);
    if ('errors' in request) {
      setErrors(request.errors);
      onResult(null);
      return;
    }
    try {
      const result = await run.mutateAsync(request.body);
      setErrors([]);
      onResult(result);
    } catch (error) {
      onResult(null);
      if (error instanceof ApiFieldError && error.fields.length > 0) {
        setErrors(
          error.fields.map((f) => {
            const fieldId = request.fieldFor(f.field);
            const message = friendlyFieldMessage(f.field, f.message);
            return fieldId ? { fieldId, message } : { message };
          }),
        );
      } else {
        setErrors([{ message: friendlyApiMessage(error, 'The scenario could not be run.') }]);
      }
    }
  }

  return (
    <form
      onSubmit={(e) => void submit(e)}
      noValidate
      data-testid="scenario-form"
      aria-label="Scenario"
    >
      <FormErrorSummary errors={errors} testId="scenario-errors" />
      <fieldset className="govuk-fieldset">
        <legend className="govuk-fieldset__legend govuk-fieldset__legend--m">Unit costs</legend>
        <PercentField
          id={ids.all}
          label="Change every unit cost by"
          hint="Per cent, for example -10 for a tenth lower. Leave blank for no change. A change to one unit cost below takes the place of this for that unit cost."
          value={state.all}
          error={errorFor(ids.all)}
          onChange={(all) => setState((s) => ({ ...s, all }))}
          testId="scenario-all"
        />
        <details className="govuk-details">
          <summary className="govuk-details__summary">
            <span className="govuk-details__summary-text">Change one unit cost</span>
          </summary>
          <div className="govuk-details__text">
            {register.unitCosts.map((u) => (
              <PercentField
                key={u.id}
                id={ids.unitCost(u.id)}
                label={`${u.name} (${formatMoney(u.valueAsPriced)}, ${u.priceYear} prices)`}
                value={state.unitCosts[u.id] ?? ''}
                error={errorFor(ids.unitCost(u.id))}
                onChange={(value) =>
                  setState((s) => ({ ...s, unitCosts: { ...s.unitCosts, [u.id]: value } }))
                }
                testId={ids.unitCost(u.id)}
              />
            ))}
          </div>
        </details>
      </fieldset>
      <fieldset className="govuk-fieldset">
        <legend className="govuk-fieldset__legend govuk-fieldset__legend--m">
          Optimism-bias correction by confidence grade
        </legend>
        <div className="govuk-hint">
          Per cent taken off each benefit for the grade of its unit cost&rsquo;s evidence (1:
          audited local data, 6: a best guess). Filled in with the programme&rsquo;s own ladder.
        </div>
        <div className="app-grade-grid">
          {GRADES.map((g) => (
            <PercentField
              key={g}
              id={ids.grade(g)}
              label={`Grade ${g}`}
              value={state.grades[g]}
              error={errorFor(ids.grade(g))}
              onChange={(value) => setState((s) => ({ ...s, grades: { ...s.grades, [g]: value } }))}
              testId={ids.grade(g)}
            />
          ))}
        </div>
      </fieldset>
      <PercentField
        id={ids.discountRate}
        label="Discount rate"
        hint={`Per cent a year (Green Book: 3.5). The programme uses ${formatRate(programme.discountRate)}.`}
        value={state.discountRate}
        error={errorFor(ids.discountRate)}
        onChange={(discountRate) => setState((s) => ({ ...s, discountRate }))}
        testId="scenario-discount-rate"
      />
      <PercentField
        id={ids.growth}
        label="Add to every metric’s annual growth (percentage points)"
        hint="For example -1 for demand growing one point a year slower than the business case assumed. Leave blank for no change."
        value={state.growth}
        error={errorFor(ids.growth)}
        onChange={(growth) => setState((s) => ({ ...s, growth }))}
        testId="scenario-growth"
      />
      <PercentField
        id={ids.attribution}
        label="Change every metric’s attribution by"
        hint="Per cent, for example -20 to claim a fifth less of each improvement. An attribution cannot go above 1. Leave blank for no change."
        value={state.attribution}
        error={errorFor(ids.attribution)}
        onChange={(attribution) => setState((s) => ({ ...s, attribution }))}
        testId="scenario-attribution"
      />
      <PersistenceFields
        dropOff={state.dropOff}
        persistenceYears={state.persistenceYears}
        errorFor={errorFor}
        onChange={(change) => setState((s) => ({ ...s, ...change }))}
      />
      <div className="govuk-button-group">
        <SubmitButton pending={run.isPending} testId="scenario-submit">
          Run scenario
        </SubmitButton>
        <button
          type="button"
          className="govuk-button govuk-button--secondary"
          onClick={() => {
            setState(initialState(programme));
            setErrors([]);
            onResult(null);
          }}
        >
          Reset to the programme&rsquo;s assumptions
        </button>
      </div>
      {run.isPending ? (
        <p className="govuk-body" role="status">
          Working out the scenario…
        </p>
      ) : null}
    </form>
  );
}
