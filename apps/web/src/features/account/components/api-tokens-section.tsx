import type { CreatedToken } from '@outcomes/contract';
import { useState, type FormEvent } from 'react';
import { DataTable } from '../../../components/data-table';
import { FormErrorSummary, type FormError } from '../../../components/form-error-summary';
import { SelectField } from '../../../components/form-fields';
import { InputField } from '../../../components/input-field';
import { Loading } from '../../../components/loading';
import { PageError } from '../../../components/page-error';
import { Tag } from '../../../components/tag';
import { friendlyApiMessage } from '../../../lib/friendly-error';
import { useCreateToken, useRevokeToken, useTokens } from '../api/account-api';
import { SubmitButton } from '../../../components/submit-button';

const dateTime = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  timeZone: 'Europe/London',
});
const when = (iso: string | null) => (iso ? dateTime.format(new Date(iso)) : '—');

/**
 * Personal API tokens for automated returns from an agency's systems: a token acts as you, with
 * your roles. It is shown once when made; only its hash is kept.
 */
export function ApiTokensSection({ csrfToken }: { csrfToken: string | null }) {
  const tokens = useTokens();
  const create = useCreateToken(csrfToken);
  const revoke = useRevokeToken(csrfToken);
  const [name, setName] = useState('');
  const [days, setDays] = useState('90');
  const [errors, setErrors] = useState<FormError[]>([]);
  const [created, setCreated] = useState<CreatedToken | null>(null);

  function handleSubmit(event: FormEvent) {
    event.preventDefault();
    if (name.trim() === '') {
      setErrors([{ fieldId: 'token-name', message: 'Enter a name for the token' }]);
      return;
    }
    setErrors([]);
    create.mutate(
      { name: name.trim(), expiresInDays: Number(days) },
      {
        onSuccess: (token) => {
          setCreated(token);
          setName('');
        },
        onError: (error) =>
          setErrors([{ message: friendlyApiMessage(error, 'No token was made.') }]),
      },
    );
  }

  return (
    <section aria-labelledby="tokens-heading">
      <h2 className="govuk-heading-m" id="tokens-heading">
        API tokens
      </h2>
      <p className="govuk-body">
        A token lets your agency’s systems send returns automatically, with the header{' '}
        <code>Authorization: Bearer &lt;token&gt;</code>. It acts as you, with your roles. Keep it
        as safe as a password and revoke it when it is no longer needed.
      </p>
      {created ? (
        <div className="govuk-inset-text" data-testid="new-token" role="status">
          <p className="govuk-body govuk-!-font-weight-bold">
            Your new token “{created.name}”. Copy it now: it will not be shown again.
          </p>
          <p className="app-token-value" data-testid="new-token-value">
            {created.token}
          </p>
        </div>
      ) : null}
      {tokens.isPending ? (
        <Loading what="tokens" />
      ) : tokens.isError ? (
        <PageError error={tokens.error} />
      ) : (
        <DataTable
          caption="Your tokens"
          captionSize="s"
          rows={tokens.data}
          rowKey={(t) => String(t.id)}
          rowTestId={(t) => `token-${t.id}`}
          empty="You have no API tokens."
          columns={[
            { key: 'name', header: 'Name', rowHeader: true, render: (t) => t.name },
            { key: 'prefix', header: 'Starts', render: (t) => <code>{t.prefix}…</code> },
            { key: 'created', header: 'Made', render: (t) => when(t.createdAt) },
            { key: 'expires', header: 'Expires', render: (t) => when(t.expiresAt) },
            { key: 'used', header: 'Last used', render: (t) => when(t.lastUsedAt) },
            {
              key: 'status',
              header: 'Status',
              render: (t) =>
                t.revokedAt ? (
                  <Tag colour="grey">Revoked</Tag>
                ) : t.expiresAt && Date.parse(t.expiresAt) < Date.now() ? (
                  <Tag colour="grey">Expired</Tag>
                ) : (
                  <Tag colour="green">Active</Tag>
                ),
            },
            {
              key: 'action',
              header: <span className="govuk-visually-hidden">Action</span>,
              render: (t) =>
                t.revokedAt ? null : (
                  <button
                    type="button"
                    className="govuk-button govuk-button--warning govuk-!-margin-bottom-0"
                    disabled={revoke.isPending}
                    onClick={() => revoke.mutate(t.id)}
                  >
                    Revoke<span className="govuk-visually-hidden"> token {t.name}</span>
                  </button>
                ),
            },
          ]}
        />
      )}
      <h3 className="govuk-heading-s">Make a token</h3>
      <FormErrorSummary errors={errors} testId="token-errors" />
      <form noValidate onSubmit={handleSubmit}>
        <InputField
          id="token-name"
          name="name"
          label="Name"
          hint="What it is for, such as “Police nightly returns”."
          value={name}
          onChange={setName}
          error={errors.find((e) => e.fieldId === 'token-name')?.message}
          widthClass="govuk-!-width-one-half"
        />
        <SelectField
          id="token-days"
          name="expiresInDays"
          label="Stops working after"
          value={days}
          onChange={setDays}
          options={[
            { value: '30', text: '30 days' },
            { value: '90', text: '90 days' },
            { value: '180', text: '180 days' },
            { value: '366', text: 'a year' },
          ]}
        />
        <SubmitButton pending={create.isPending} secondary>
          Make token
        </SubmitButton>
      </form>
    </section>
  );
}
