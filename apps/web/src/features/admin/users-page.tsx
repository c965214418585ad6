import { Link, useParams } from 'react-router';
import { useMe } from '../../api/get-me';
import { useProgramme } from '../../api/get-programme';
import { DataTable } from '../../components/data-table';
import { ErrorPanel } from '../../components/error-panel';
import { Loading } from '../../components/loading';
import { Page } from '../../components/page';
import { PageError } from '../../components/page-error';
import { Tag } from '../../components/tag';
import { paths } from '../../lib/paths';
import { hasRole } from '../../lib/roles';
import { RoleList } from '../account/role-list';
import { useProgrammeUsers, useSetDisabled } from './api/users-api';
import { InviteUserForm } from './components/invite-user-form';

/** The programme's users, their roles and status; invite, change roles, disable (admin). */
export function UsersPage() {
  const { programmeId = '' } = useParams();
  const { data: me } = useMe();
  const programme = useProgramme(programmeId);
  const isAdmin = hasRole(me, programmeId, ['admin']);
  const users = useProgrammeUsers(programmeId);
  const setDisabled = useSetDisabled(programmeId, me?.csrfToken ?? null);

  const breadcrumbs = [
    { text: 'Programmes', to: paths.programmes() },
    ...(programme.data ? [{ text: programme.data.name, to: paths.programme(programmeId) }] : []),
  ];
  const title = ['Users', programme.data?.name];

  if (users.isError) {
    return (
      <Page title={title} breadcrumbs={breadcrumbs}>
        <PageError
          error={users.error}
          backTo={{ text: 'Back to the programme', to: paths.programme(programmeId) }}
        />
      </Page>
    );
  }
  if (!programme.data || users.isPending || !me) {
    return (
      <Page title={title} breadcrumbs={breadcrumbs}>
        <Loading what="users" />
      </Page>
    );
  }

  return (
    <Page title={title} breadcrumbs={breadcrumbs}>
      <span className="app-caption">{programme.data.name}</span>
      <h1 className="govuk-heading-l">Users</h1>
      <p className="govuk-body">
        Everyone who holds a role in this programme. Every change here is recorded in the audit log.
      </p>
      {setDisabled.isError ? <ErrorPanel error={setDisabled.error} /> : null}
      <DataTable
        caption="Users and their roles"
        captionHidden
        rows={users.data}
        rowKey={(u) => String(u.id)}
        rowTestId={(u) => `user-${u.email}`}
        columns={[
          { key: 'name', header: 'Name', rowHeader: true, render: (u) => u.name },
          { key: 'email', header: 'Email address', render: (u) => u.email },
          { key: 'roles', header: 'Roles', render: (u) => <RoleList roles={u.roles} /> },
          {
            key: 'status',
            header: 'Status',
            value: (u) => (u.disabled ? 'disabled' : 'active'),
            render: (u) =>
              u.disabled ? <Tag colour="grey">Disabled</Tag> : <Tag colour="green">Active</Tag>,
          },
          {
            key: 'actions',
            header: <span className="govuk-visually-hidden">Actions</span>,
            render: (u) =>
              isAdmin ? (
                <div className="govuk-button-group govuk-!-margin-bottom-0">
                  <Link className="govuk-link" to={paths.user(programmeId, u.id)}>
                    Change roles<span className="govuk-visually-hidden"> for {u.name}</span>
                  </Link>
                  {u.id === me.id ? null : (
                    <button
                      type="button"
                      className={`govuk-button govuk-!-margin-bottom-0 ${u.disabled ? 'govuk-button--secondary' : 'govuk-button--warning'}`}
                      disabled={setDisabled.isPending}
                      data-testid={`${u.disabled ? 'enable' : 'disable'}-${u.email}`}
                      onClick={() => setDisabled.mutate({ userId: u.id, disabled: !u.disabled })}
                    >
                      {u.disabled ? 'Enable' : 'Disable'}
                      <span className="govuk-visually-hidden"> {u.name}</span>
                    </button>
                  )}
                </div>
              ) : null,
          },
        ]}
      />
      {isAdmin ? <InviteUserForm programme={programme.data} csrfToken={me.csrfToken} /> : null}
    </Page>
  );
}
