// Change a partner (its name, kind and whose budget its savings fall on) or add one. The kinds
// are the pack format's; the API checks the whole framework as the pack loader does.
import type { ProgrammeDetail } from '@outcomes/contract';
import { useState, type FormEvent } from 'react';
import { FormErrorSummary, type FormError } from '../../../components/form-error-summary';
import { SelectField } from '../../../components/form-fields';
import { InputField } from '../../../components/input-field';
import { errorFor, setupFormErrors } from '../../installation/components/field-errors';
import { useSavePartner } from '../api/framework-api';
import { SubmitButton } from '../../../components/submit-button';

type Partner = ProgrammeDetail['partners'][number];

const BUDGETS = [
  { value: 'local', text: 'Local: its savings can be reinvested by the partnership' },
  { value: 'national', text: 'National (such as DWP): its savings are shown beside the pot' },
];

export function PartnerForm({
  programme,
  partner,
  csrfToken,
  onSaved,
}: {
  programme: ProgrammeDetail;
  /** The partner to change; absent to add one. */
  partner?: Partner;
  csrfToken: string | null;
  onSaved: (what: string) => void;
}) {
  const prefix = partner ? `partner-${partner.id}` : 'new-partner';
  const fields = {
    id: { id: `${prefix}-id`, label: 'Partner id' },
    name: { id: `${prefix}-name`, label: 'Name' },
    kind: { id: `${prefix}-kind`, label: 'Kind' },
    budget: { id: `${prefix}-budget`, label: 'Budget' },
  };
  const save = useSavePartner(programme.id, csrfToken);
  const [id, setId] = useState('');
  const [name, setName] = useState(partner?.name ?? '');
  const [kind, setKind] = useState(partner?.kind ?? '');
  const [budget, setBudget] = useState<'local' | 'national'>(partner?.budget ?? 'local');
  const [errors, setErrors] = useState<FormError[]>([]);

  function handleSubmit(event: FormEvent) {
    event.preventDefault();
    setErrors([]);
    save.mutate(
      { partnerId: partner?.id ?? null, body: { id: id.trim(), name, kind, budget } },
      {
        onSuccess: () => onSaved(`the partner “${name.trim()}”`),
        onError: (error) => setErrors(setupFormErrors(error, fields, 'The partner was not saved.')),
      },
    );
  }

  const headingId = `${prefix}-heading`;
  return (
    <section aria-labelledby={headingId} data-testid={`${prefix}-section`}>
      <h3 className="govuk-heading-s" id={headingId}>
        {partner ? partner.name : 'Add a partner'}
      </h3>
      <FormErrorSummary errors={errors} testId={`${prefix}-errors`} />
      <form noValidate onSubmit={handleSubmit} data-testid={`${prefix}-form`}>
        {partner ? null : (
          <InputField
            id={fields.id.id}
            name="id"
            label={fields.id.label}
            hint='Lower-case letters, digits and single hyphens, such as "cheshire-constabulary".'
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
          value={name}
          onChange={setName}
          error={errorFor(errors, fields.name.id)}
          widthClass="govuk-!-width-two-thirds"
          autoComplete="off"
        />
        <InputField
          id={fields.kind.id}
          name="kind"
          label={fields.kind.label}
          hint="What sort of body it is, such as council, police, probation or health."
          value={kind}
          onChange={setKind}
          error={errorFor(errors, fields.kind.id)}
          widthClass="govuk-input--width-20"
          autoComplete="off"
        />
        <SelectField
          id={fields.budget.id}
          name="budget"
          label={fields.budget.label}
          value={budget}
          onChange={(value) => setBudget(value === 'national' ? 'national' : 'local')}
          options={BUDGETS}
          error={errorFor(errors, fields.budget.id)}
        />
        <SubmitButton pending={save.isPending} secondary>
          {partner ? 'Save partner' : 'Add partner'}
        </SubmitButton>
      </form>
    </section>
  );
}
