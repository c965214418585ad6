import { useEffect, useState, type FormEvent } from 'react';
import { FormErrorSummary, type FormError } from '../../components/form-error-summary';
import { InputField } from '../../components/input-field';
import { Page } from '../../components/page';
import { friendlyApiMessage } from '../../lib/friendly-error';
import { useSignIn } from './api/sign-in';
import { forgetSingleSignOnError, SingleSignOn, singleSignOnError } from './single-sign-on';
import { SubmitButton } from '../../components/submit-button';

/**
 * Sign in with email and password. Shown in place of any page when the API says the browser is
 * not signed in; after signing in, the page that was asked for appears. When the installation has
 * single sign-on, its button comes first.
 */
export function LoginPage() {
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  // A refused single sign-on comes back here saying why.
  const [errors, setErrors] = useState<FormError[]>(() => {
    const refused = singleSignOnError();
    return refused === undefined ? [] : [{ message: refused }];
  });
  useEffect(forgetSingleSignOnError, []);
  const signIn = useSignIn();

  function handleSubmit(event: FormEvent) {
    event.preventDefault();
    const problems: FormError[] = [];
    if (email.trim() === '')
      problems.push({ fieldId: 'email', message: 'Enter your email address' });
    if (password === '') problems.push({ fieldId: 'password', message: 'Enter your password' });
    setErrors(problems);
    if (problems.length > 0) return;
    signIn.mutate(
      { email: email.trim(), password },
      {
        onError: (error) => {
          setPassword('');
          setErrors([
            {
              message: friendlyApiMessage(error, 'Sign-in failed. Try again later.'),
            },
          ]);
        },
      },
    );
  }

  const fieldError = (id: string) => errors.find((e) => e.fieldId === id)?.message;

  return (
    <Page title={[errors.length > 0 ? 'Error: Sign in' : 'Sign in']}>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <FormErrorSummary errors={errors} testId="login-errors" />
          <h1 className="govuk-heading-l">Sign in</h1>
          <SingleSignOn />
          <p className="govuk-body">
            Sign in with the email address and password your programme’s administrator gave you.
          </p>
          <form noValidate onSubmit={handleSubmit} data-testid="login-form">
            <InputField
              id="email"
              name="email"
              type="email"
              label="Email address"
              autoComplete="username"
              spellCheck={false}
              value={email}
              onChange={setEmail}
              error={fieldError('email')}
              widthClass="govuk-!-width-two-thirds"
            />
            <InputField
              id="password"
              name="password"
              type="password"
              label="Password"
              autoComplete="current-password"
              value={password}
              onChange={setPassword}
              error={fieldError('password')}
              widthClass="govuk-!-width-two-thirds"
            />
            <SubmitButton pending={signIn.isPending}>Sign in</SubmitButton>
          </form>
          <p className="govuk-body-s app-secondary-text">
            Forgotten your password? Contact your programme’s administrator.
          </p>
        </div>
      </div>
    </Page>
  );
}
