// "Create a programme": its id and settings. The API checks them with the pack loader's
// validation and names each field at fault; a created programme has no framework yet.
import type { CreatedProgramme } from '@outcomes/contract';
import { useState, type FormEvent } from 'react';
import { FormErrorSummary, type FormError } from '../../../components/form-error-summary';
import { InputField } from '../../../components/input-field';
import { useCreateProgramme } from '../api/installation-api';
import { errorFor, setupFormErrors } from './field-errors';
import {
  EMPTY_SETTINGS,
  ProgrammeSettingsFields,
  settingsFields,
  toSettingsBody,
} from './programme-settings-fields';
import { SubmitButton } from '../../../components/submit-button';

const PREFIX = 'create';
const FIELDS = { ...settingsFields(PREFIX), id: { id: 'create-id', label: 'Programme id' } };

export function CreateProgrammeForm({
  csrfToken,
  onCreated,
}: {
  csrfToken: string | null;
  onCreated: (programme: CreatedProgramme) => void;
}) {
  const create = useCreateProgramme(csrfToken);
  const [id, setId] = useState('');
  const [values, setValues] = useState(EMPTY_SETTINGS);
  const [errors, setErrors] = useState<FormError[]>([]);

  function handleSubmit(event: FormEvent) {
    event.preventDefault();
    setErrors([]);
    create.mutate(
      { id: id.trim(), ...toSettingsBody(values) },
      {
        onSuccess: (created) => {
          setId('');
          setValues(EMPTY_SETTINGS);
          onCreated(created);
        },
        onError: (error) =>
          setErrors(setupFormErrors(error, FIELDS, 'The programme was not created.')),
      },
    );
  }

  return (
    <section aria-labelledby="create-heading">
      <h2 className="govuk-heading-m" id="create-heading">
        Create a programme
      </h2>
      <FormErrorSummary errors={errors} testId="create-programme-errors" />
      <form noValidate onSubmit={handleSubmit} data-testid="create-programme-form">
        <InputField
          id={FIELDS.id.id}
          name="id"
          label={FIELDS.id.label}
          hint='Used in its web addresses: lower-case letters, digits and single hyphens, such as "west-cheshire". It cannot be changed later.'
          value={id}
          onChange={setId}
          error={errorFor(errors, FIELDS.id.id)}
          widthClass="govuk-input--width-20"
          autoComplete="off"
          spellCheck={false}
        />
        <ProgrammeSettingsFields
          prefix={PREFIX}
          values={values}
          onChange={setValues}
          errors={errors}
        />
        <SubmitButton pending={create.isPending}>Create programme</SubmitButton>
      </form>
    </section>
  );
}
