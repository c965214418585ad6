// Change a strand (its name, sponsor and description) or add one. The sponsor is chosen from the
// programme's partners; the API checks the whole framework as the pack loader does.
import type { ProgrammeDetail } from '@outcomes/contract';
import { useState, type FormEvent } from 'react';
import { FormErrorSummary, type FormError } from '../../../components/form-error-summary';
import { SelectField, TextareaField } from '../../../components/form-fields';
import { InputField } from '../../../components/input-field';
import { errorFor, setupFormErrors } from '../../installation/components/field-errors';
import { useAddStrand, useEditStrand } from '../api/framework-api';
import { SubmitButton } from '../../../components/submit-button';

type Strand = ProgrammeDetail['strands'][number];

export function StrandForm({
  programme,
  strand,
  csrfToken,
  onSaved,
}: {
  programme: ProgrammeDetail;
  /** The strand to change; absent to add one. */
  strand?: Strand;
  csrfToken: string | null;
  onSaved: (what: string) => void;
}) {
  const prefix = strand ? `strand-${strand.id}` : 'new-strand';
  const fields = {
    id: { id: `${prefix}-id`, label: 'Strand id' },
    name: { id: `${prefix}-name`, label: 'Name' },
    sponsorPartnerId: { id: `${prefix}-sponsor`, label: 'Sponsor' },
    description: { id: `${prefix}-description`, label: 'Description' },
  };
  const edit = useEditStrand(programme.id, csrfToken);
  const add = useAddStrand(programme.id, csrfToken);
  const [id, setId] = useState('');
  const [name, setName] = useState(strand?.name ?? '');
  const [sponsor, setSponsor] = useState(
    strand?.sponsorPartnerId ?? programme.partners[0]?.id ?? '',
  );
  const [description, setDescription] = useState(strand?.description ?? '');
  const [errors, setErrors] = useState<FormError[]>([]);
  const pending = edit.isPending || add.isPending;

  function handleSubmit(event: FormEvent) {
    event.preventDefault();
    setErrors([]);
    const body = {
      name,
      sponsorPartnerId: sponsor,
      description: description.trim() === '' ? null : description,
    };
    const onError = (error: unknown) =>
      setErrors(setupFormErrors(error, fields, 'The strand was not saved.'));
    if (strand) {
      edit.mutate(
        { strandId: strand.id, body },
        { onSuccess: () => onSaved(`the strand “${name.trim()}”`), onError },
      );
    } else {
      add.mutate(
        { id: id.trim(), ...body },
        {
          onSuccess: () => {
            onSaved(`the new strand “${name.trim()}”`);
            setId('');
            setName('');
            setDescription('');
          },
          onError,
        },
      );
    }
  }

  const headingId = `${prefix}-heading`;
  return (
    <section aria-labelledby={headingId} data-testid={`${prefix}-section`}>
      <h3 className="govuk-heading-s" id={headingId}>
        {strand ? strand.name : 'Add a strand'}
      </h3>
      <FormErrorSummary errors={errors} testId={`${prefix}-errors`} />
      <form noValidate onSubmit={handleSubmit} data-testid={`${prefix}-form`}>
        {strand ? null : (
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
          value={name}
          onChange={setName}
          error={errorFor(errors, fields.name.id)}
          widthClass="govuk-!-width-two-thirds"
          autoComplete="off"
        />
        <SelectField
          id={fields.sponsorPartnerId.id}
          name="sponsorPartnerId"
          label={fields.sponsorPartnerId.label}
          hint="The partner that sponsors the strand."
          value={sponsor}
          onChange={setSponsor}
          options={programme.partners.map((p) => ({ value: p.id, text: p.name }))}
          error={errorFor(errors, fields.sponsorPartnerId.id)}
        />
        <TextareaField
          id={fields.description.id}
          name="description"
          label="Description (optional)"
          value={description}
          onChange={setDescription}
          error={errorFor(errors, fields.description.id)}
          rows={2}
        />
        <SubmitButton pending={pending} secondary>
          {strand ? 'Save strand' : 'Add strand'}
        </SubmitButton>
      </form>
    </section>
  );
}
