import { useState, type FormEvent } from 'react';
import { useNavigate, useParams } from 'react-router';
import { useMe } from '../../api/get-me';
import { useProgramme } from '../../api/get-programme';
import { FormErrorSummary, type FormError } from '../../components/form-error-summary';
import { Loading } from '../../components/loading';
import { Page } from '../../components/page';
import { PageError } from '../../components/page-error';
import { friendlyApiMessage } from '../../lib/friendly-error';
import { paths } from '../../lib/paths';
import { useProgrammeUsers, useSetRoles } from './api/users-api';
import { choicesFrom, RoleFields, toAssignments, type RoleChoices } from './components/role-fields';
import { SubmitButton } from '../../components/submit-button';

/** Change one user's roles in the programme (admin). */
export function UserPage() {
  const { programmeId = '', userId = '' } = useParams();
  const { data: me } = useMe();
  const programme = useProgramme(programmeId);
  const users = useProgrammeUsers(programmeId);
  const user = users.data?.find((u) => String(u.id) === userId);
  const breadcrumbs = [
    { text: 'Programmes', to: paths.programmes() },
    ...(programme.data ? [{ text: programme.data.name, to: paths.programme(programmeId) }] : []),
    { text: 'Users', to: paths.users(programmeId) },
  ];
  const title = [user ? `Roles of ${user.name}` : 'Roles', programme.data?.name];

  if (users.isError) {
    return (
      <Page title={title} breadcrumbs={breadcrumbs}>
        <PageError error={users.error} />
      </Page>
    );
  }
  if (!programme.data || users.isPending || !me) {
    return (
      <Page title={title} breadcrumbs={breadcrumbs}>
        <Loading what="the user" />
      </Page>
    );
  }
  if (!user) {
    return (
      <Page title={['User not found', programme.data.name]} breadcrumbs={breadcrumbs}>
        <h1 className="govuk-heading-l">User not found</h1>
        <p className="govuk-body">Nobody with that id holds a role in this programme.</p>
      </Page>
    );
  }
  return (
    <Page title={title} breadcrumbs={breadcrumbs}>
      <RolesForm
        key={user.id}
        programmeId={programmeId}
        userId={user.id}
        userName={user.name}
        email={user.email}
        initial={choicesFrom(user.roles)}
        csrfToken={me.csrfToken}
        programme={programme.data}
      />
    </Page>
  );
}

function RolesForm({
  programmeId,
  userId,
  userName,
  email,
  initial,
  csrfToken,
  programme,
}: {
  programmeId: string;
  userId: number;
  userName: string;
  email: string;
  initial: RoleChoices;
  csrfToken: string | null;
  programme: NonNullable<ReturnType<typeof useProgramme>['data']>;
}) {
  const navigate = useNavigate();
  const setRoles = useSetRoles(programmeId, csrfToken);
  const [choices, setChoices] = useState(initial);
  const [errors, setErrors] = useState<FormError[]>([]);

  function handleSubmit(event: FormEvent) {
    event.preventDefault();
    const { roles, problems } = toAssignments(choices);
    setErrors(problems);
    if (problems.length > 0) return;
    setRoles.mutate(
      { userId, body: { roles } },
      {
        onSuccess: () => navigate(paths.users(programmeId)),
        onError: (error) =>
          setErrors([{ message: friendlyApiMessage(error, 'The roles were not changed.') }]),
      },
    );
  }

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <FormErrorSummary errors={errors} testId="roles-errors" />
        <span className="app-caption">{email}</span>
        <h1 className="govuk-heading-l">Roles of {userName}</h1>
        <form noValidate onSubmit={handleSubmit} data-testid="roles-form">
          <RoleFields
            programme={programme}
            choices={choices}
            onChange={setChoices}
            errors={errors}
          />
          <p className="govuk-body">Clearing every role removes them from this programme.</p>
          <SubmitButton pending={setRoles.isPending}>Save roles</SubmitButton>
        </form>
      </div>
    </div>
  );
}
