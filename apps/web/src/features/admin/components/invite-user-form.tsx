import type { ProgrammeDetail } from '@outcomes/contract';
import { useState, type FormEvent } from 'react';
import { FormErrorSummary, type FormError } from '../../../components/form-error-summary';
import { InputField } from '../../../components/input-field';
import { formErrorsFromApi } from '../../../lib/friendly-error';
import { useInviteUser } from '../api/users-api';
import { emptyChoices, RoleFields, toAssignments } from './role-fields';
import { SuccessBanner } from '../../../components/success-banner';
import { SubmitButton } from '../../../components/submit-button';

const FIELD_IDS: Record<string, string> = {
  email: 'invite-email',
  name: 'invite-name',
  password: 'invite-password',
};

/**
 * Invite a user: make their account with a first password (given to them in person or by phone,
 * never by email with the address) and their roles in this programme.
 */
export function InviteUserForm({
  programme,
  csrfToken,
}: {
  programme: ProgrammeDetail;
  csrfToken: string | null;
}) {
  const invite = useInviteUser(programme.id, csrfToken);
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [choices, setChoices] = useState(emptyChoices);
  const [errors, setErrors] = useState<FormError[]>([]);
  const [invited, setInvited] = useState<string | null>(null);

  function handleSubmit(event: FormEvent) {
    event.preventDefault();
    setInvited(null);
    const problems: FormError[] = [];
    if (name.trim() === '')
      problems.push({ fieldId: 'invite-name', message: 'Enter their full name' });
    if (!/^\S+@\S+\.\S+$/.test(email.trim())) {
      problems.push({
        fieldId: 'invite-email',
        message: 'Enter an email address, like name@example.gov.uk',
      });
    }
    if (password.length < 12) {
      problems.push({
        fieldId: 'invite-password',
        message: 'Enter a first password of at least 12 characters',
      });
    }
    const { roles, problems: roleProblems } = toAssignments(choices);
    if (roles.length === 0)
      problems.push({ fieldId: 'roles', message: 'Select at least one role' });
    problems.push(...roleProblems);
    setErrors(problems);
    if (problems.length > 0) return;
    invite.mutate(
      { name: name.trim(), email: email.trim(), password, roles },
      {
        onSuccess: (user) => {
          setInvited(user.email);
          setName('');
          setEmail('');
          setPassword('');
          setChoices(emptyChoices());
        },
        onError: (error) => {
          setErrors(formErrorsFromApi(error, FIELD_IDS, 'The user was not invited.'));
        },
      },
    );
  }

  const fieldError = (id: string) => errors.find((e) => e.fieldId === id)?.message;

  return (
    <section aria-labelledby="invite-heading">
      <h2 className="govuk-heading-m" id="invite-heading">
        Invite a user
      </h2>
      {invited ? (
        <SuccessBanner testId="user-invited">
          {invited} can now sign in. Give them their first password in person or by phone, and ask
          them to change it.
        </SuccessBanner>
      ) : null}
      <FormErrorSummary errors={errors} testId="invite-errors" />
      <form noValidate onSubmit={handleSubmit} data-testid="invite-form">
        <InputField
          id="invite-name"
          name="name"
          label="Full name"
          autoComplete="off"
          value={name}
          onChange={setName}
          error={fieldError('invite-name')}
          widthClass="govuk-!-width-one-half"
        />
        <InputField
          id="invite-email"
          name="email"
          type="email"
          label="Email address"
          autoComplete="off"
          spellCheck={false}
          value={email}
          onChange={setEmail}
          error={fieldError('invite-email')}
          widthClass="govuk-!-width-one-half"
        />
        <InputField
          id="invite-password"
          name="password"
          type="password"
          label="First password"
          hint="At least 12 characters, not a common password, and without their name or email address. Tell it to them in person or by phone, not by email; they can change it on their account page."
          autoComplete="new-password"
          value={password}
          onChange={setPassword}
          error={fieldError('invite-password')}
          widthClass="govuk-!-width-one-half"
        />
        <RoleFields programme={programme} choices={choices} onChange={setChoices} errors={errors} />
        <SubmitButton pending={invite.isPending}>Invite user</SubmitButton>
      </form>
    </section>
  );
}
