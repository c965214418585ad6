// Rename an outcome or add one (outcomes.csv holds an id and a name). An outcome is not part of
// the business case: saving one makes no business-case version. Its id never changes.
import type { EditableFramework } from '@outcomes/contract';
import { useState, type FormEvent } from 'react';
import { FormErrorSummary, type FormError } from '../../../components/form-error-summary';
import { InputField } from '../../../components/input-field';
import { SubmitButton } from '../../../components/submit-button';
import { errorFor, setupFormErrors } from '../../installation/components/field-errors';
import { useSaveOutcome } from '../api/business-case-api';

type Outcome = EditableFramework['outcomes'][number];

export function OutcomeForm({
  programmeId,
  outcome,
  csrfToken,
  onSaved,
}: {
  programmeId: string;
  /** The outcome to rename; absent to add one. */
  outcome?: Outcome;
  csrfToken: string | null;
  onSaved: (what: string) => void;
}) {
  const prefix = outcome ? `outcome-${outcome.id}` : 'new-outcome';
  const fields = {
    id: { id: `${prefix}-id`, label: 'Outcome id' },
    name: { id: `${prefix}-name`, label: 'Name' },
  };
  const save = useSaveOutcome(programmeId, csrfToken);
  const [id, setId] = useState('');
  const [name, setName] = useState(outcome?.name ?? '');
  const [errors, setErrors] = useState<FormError[]>([]);

  function handleSubmit(event: FormEvent) {
    event.preventDefault();
    setErrors([]);
    save.mutate(
      { outcomeId: outcome?.id ?? null, body: { id: id.trim(), name } },
      {
        onSuccess: () =>
          onSaved(outcome ? `the outcome “${name.trim()}”` : `the new outcome “${name.trim()}”`),
        onError: (error) => setErrors(setupFormErrors(error, fields, 'The outcome was not saved.')),
      },
    );
  }

  const headingId = `${prefix}-heading`;
  return (
    <section aria-labelledby={headingId} data-testid={`${prefix}-section`}>
      <h3 className="govuk-heading-s" id={headingId}>
        {outcome ? outcome.name : 'Add an outcome'}
      </h3>
      <FormErrorSummary errors={errors} testId={`${prefix}-errors`} />
      <form noValidate onSubmit={handleSubmit} data-testid={`${prefix}-form`}>
        {outcome ? null : (
          <InputField
            id={fields.id.id}
            name="id"
            label={fields.id.label}
            hint='Lower-case letters, digits and single hyphens, such as "safer-communities".'
            value={id}
            onChange={setId}
            error={errorFor(errors, fields.id.id)}
            widthClass="govuk-input--width-20"
            autoComplete="off"
            spellCheck={false}
          />
        )}
        <InputField
          id={fields.name.id}
          name="name"
          label={fields.name.label}
          hint={
            outcome ? undefined : 'What the programme’s metrics serve, such as “People are safer”.'
          }
          value={name}
          onChange={setName}
          error={errorFor(errors, fields.name.id)}
          widthClass="govuk-!-width-two-thirds"
          autoComplete="off"
        />
        <SubmitButton pending={save.isPending} secondary>
          {outcome ? 'Save outcome' : 'Add outcome'}
        </SubmitButton>
      </form>
    </section>
  );
}
