import { useState, type FormEvent } from 'react';
import { FormErrorSummary, type FormError } from '../../../components/form-error-summary';
import { InputField } from '../../../components/input-field';
import { friendlyApiMessage } from '../../../lib/friendly-error';
import { ApiFieldError } from '../../../lib/api-send';
import { useChangePassword } from '../api/account-api';
import { SuccessBanner } from '../../../components/success-banner';
import { SubmitButton } from '../../../components/submit-button';

const FIELD_IDS: Record<string, string> = {
  currentPassword: 'current-password',
  newPassword: 'new-password',
};

export function ChangePasswordForm({ csrfToken }: { csrfToken: string | null }) {
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [again, setAgain] = useState('');
  const [errors, setErrors] = useState<FormError[]>([]);
  const [done, setDone] = useState(false);
  const change = useChangePassword(csrfToken);

  function handleSubmit(event: FormEvent) {
    event.preventDefault();
    setDone(false);
    const problems: FormError[] = [];
    if (current === '')
      problems.push({ fieldId: 'current-password', message: 'Enter your current password' });
    if (next.length < 12) {
      problems.push({
        fieldId: 'new-password',
        message: 'Enter a new password of at least 12 characters',
      });
    }
    if (next !== again)
      problems.push({ fieldId: 'new-password-again', message: 'The new passwords do not match' });
    setErrors(problems);
    if (problems.length > 0) return;
    change.mutate(
      { currentPassword: current, newPassword: next },
      {
        onSuccess: () => {
          setCurrent('');
          setNext('');
          setAgain('');
          setDone(true);
        },
        onError: (error) => {
          const fields = error instanceof ApiFieldError ? error.fields : [];
          setErrors(
            fields.length > 0
              ? fields.map((f) => ({
                  fieldId: FIELD_IDS[f.field] ?? 'new-password',
                  message: error.message,
                }))
              : [
                  {
                    message: friendlyApiMessage(error, 'The password was not changed.'),
                  },
                ],
          );
        },
      },
    );
  }

  const fieldError = (id: string) => errors.find((e) => e.fieldId === id)?.message;

  return (
    <section aria-labelledby="password-heading" className="govuk-!-margin-bottom-8">
      <h2 className="govuk-heading-m" id="password-heading">
        Change your password
      </h2>
      {done ? (
        <SuccessBanner testId="password-changed">
          Your password has been changed. Your other sessions have been signed out.
        </SuccessBanner>
      ) : null}
      <FormErrorSummary errors={errors} testId="password-errors" />
      <form noValidate onSubmit={handleSubmit}>
        <InputField
          id="current-password"
          name="currentPassword"
          type="password"
          label="Current password"
          autoComplete="current-password"
          value={current}
          onChange={setCurrent}
          error={fieldError('current-password')}
          widthClass="govuk-!-width-one-half"
        />
        <InputField
          id="new-password"
          name="newPassword"
          type="password"
          label="New password"
          hint="At least 12 characters. Three or four random words make a strong password that is easy to remember. Common passwords, and passwords containing your name or email address, are refused."
          autoComplete="new-password"
          value={next}
          onChange={setNext}
          error={fieldError('new-password')}
          widthClass="govuk-!-width-one-half"
        />
        <InputField
          id="new-password-again"
          name="newPasswordAgain"
          type="password"
          label="New password again"
          autoComplete="new-password"
          value={again}
          onChange={setAgain}
          error={fieldError('new-password-again')}
          widthClass="govuk-!-width-one-half"
        />
        <SubmitButton pending={change.isPending}>Change password</SubmitButton>
      </form>
    </section>
  );
}
