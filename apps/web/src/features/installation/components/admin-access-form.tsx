// Give a programme an admin: someone with an account already, by their email, or a new account
// with a name and first password (given to them in person or by phone, never by email).
import type { ProgrammeListItem } from '@outcomes/contract';
import { useState, type FormEvent } from 'react';
import { FormErrorSummary, type FormError } from '../../../components/form-error-summary';
import { SelectField } from '../../../components/form-fields';
import { InputField } from '../../../components/input-field';
import { useGiveAdminAccess } from '../api/installation-api';
import { errorFor, setupFormErrors } from './field-errors';
import { SuccessBanner } from '../../../components/success-banner';
import { SubmitButton } from '../../../components/submit-button';

const FIELDS = {
  programme: { id: 'access-programme', label: 'Programme' },
  email: { id: 'access-email', label: 'Email address' },
  name: { id: 'access-name', label: 'Full name' },
  password: { id: 'access-password', label: 'First password' },
};

export function AdminAccessForm({
  programmes,
  csrfToken,
  programmeId,
  onProgrammeChange,
}: {
  programmes: readonly ProgrammeListItem[];
  csrfToken: string | null;
  programmeId: string;
  onProgrammeChange: (programmeId: string) => void;
}) {
  const give = useGiveAdminAccess(csrfToken);
  const [email, setEmail] = useState('');
  const [name, setName] = useState('');
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<FormError[]>([]);
  const [done, setDone] = useState<string | null>(null);

  function handleSubmit(event: FormEvent) {
    event.preventDefault();
    setDone(null);
    if (email.trim() === '') {
      setErrors([{ fieldId: FIELDS.email.id, message: 'Enter their email address' }]);
      return;
    }
    setErrors([]);
    give.mutate(
      {
        programmeId,
        body: {
          email: email.trim(),
          ...(name.trim() === '' ? {} : { name: name.trim() }),
          ...(password === '' ? {} : { password }),
        },
      },
      {
        onSuccess: (result) => {
          const programme = programmes.find((p) => p.id === programmeId)?.name ?? programmeId;
          setDone(
            !result.changed
              ? `${result.email} was already an admin of ${programme}.`
              : result.created
                ? `Made an account for ${result.email}, an admin of ${programme}. Give them their first password in person or by phone.`
                : `${result.email} is now an admin of ${programme}.`,
          );
          setEmail('');
          setName('');
          setPassword('');
        },
        onError: (error) => setErrors(setupFormErrors(error, FIELDS, 'Nobody was given access.')),
      },
    );
  }

  return (
    <section aria-labelledby="access-heading">
      <h2 className="govuk-heading-m" id="access-heading">
        Give a programme its admin
      </h2>
      {done ? <SuccessBanner testId="admin-access-done">{done}</SuccessBanner> : null}
      <FormErrorSummary errors={errors} testId="admin-access-errors" />
      <form noValidate onSubmit={handleSubmit} data-testid="admin-access-form">
        <SelectField
          id={FIELDS.programme.id}
          name="programme"
          label={FIELDS.programme.label}
          value={programmeId}
          onChange={onProgrammeChange}
          options={programmes.map((p) => ({ value: p.id, text: p.name }))}
          error={errorFor(errors, FIELDS.programme.id)}
        />
        <InputField
          id={FIELDS.email.id}
          name="email"
          type="email"
          label={FIELDS.email.label}
          value={email}
          onChange={setEmail}
          error={errorFor(errors, FIELDS.email.id)}
          widthClass="govuk-!-width-one-half"
          autoComplete="off"
          spellCheck={false}
        />
        <InputField
          id={FIELDS.name.id}
          name="name"
          label="Full name (only for someone with no account yet)"
          value={name}
          onChange={setName}
          error={errorFor(errors, FIELDS.name.id)}
          widthClass="govuk-!-width-one-half"
          autoComplete="off"
        />
        <InputField
          id={FIELDS.password.id}
          name="password"
          type="password"
          label="First password (only for someone with no account yet)"
          hint="At least 12 characters, not a common password, and without their name or email address."
          value={password}
          onChange={setPassword}
          error={errorFor(errors, FIELDS.password.id)}
          widthClass="govuk-!-width-one-half"
          autoComplete="new-password"
        />
        <SubmitButton pending={give.isPending}>Give admin access</SubmitButton>
      </form>
    </section>
  );
}
