import { useMe } from '../../api/get-me';
import { Page } from '../../components/page';
import { ApiTokensSection } from './components/api-tokens-section';
import { ChangePasswordForm } from './components/change-password-form';
import { RoleList } from './role-list';

/** The signed-in user's own account: who they are, their roles, password and API tokens. */
export function AccountPage() {
  const { data: me } = useMe();
  if (!me) return null;
  return (
    <Page title={['Your account']}>
      <h1 className="govuk-heading-l">Your account</h1>
      <dl className="govuk-summary-list govuk-!-margin-bottom-8" data-testid="account-summary">
        <div className="govuk-summary-list__row">
          <dt className="govuk-summary-list__key">Name</dt>
          <dd className="govuk-summary-list__value">{me.name}</dd>
        </div>
        <div className="govuk-summary-list__row">
          <dt className="govuk-summary-list__key">Email address</dt>
          <dd className="govuk-summary-list__value">{me.email}</dd>
        </div>
        <div className="govuk-summary-list__row">
          <dt className="govuk-summary-list__key">Roles</dt>
          <dd className="govuk-summary-list__value" data-testid="my-roles">
            <RoleList roles={me.roles} />
          </dd>
        </div>
      </dl>
      {me.via === 'session' ? (
        <>
          <ChangePasswordForm csrfToken={me.csrfToken} />
          <ApiTokensSection csrfToken={me.csrfToken} />
        </>
      ) : null}
    </Page>
  );
}
