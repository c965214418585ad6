// The installation's page, for its administrators: every programme, a form to create one, and a
// form to give a programme its admin (who then builds its framework). The API refuses everyone
// else; the page says so rather than showing forms they could not use.
import { useState } from 'react';
import { Link } from 'react-router';
import { useMe } from '../../api/get-me';
import { useProgrammes } from '../../api/get-programmes';
import { DataTable } from '../../components/data-table';
import { Loading } from '../../components/loading';
import { Page } from '../../components/page';
import { PageError } from '../../components/page-error';
import { paths } from '../../lib/paths';
import { AdminAccessForm } from './components/admin-access-form';
import { CreateProgrammeForm } from './components/create-programme-form';
import { SuccessBanner } from '../../components/success-banner';

export function InstallationPage() {
  const { data: me, isPending: mePending } = useMe();
  const programmes = useProgrammes();
  const [chosen, setChosen] = useState<string | null>(null);
  const [created, setCreated] = useState<string | null>(null);
  const breadcrumbs = [{ text: 'Programmes', to: paths.programmes() }];
  const title = ['Installation'];

  if (mePending || programmes.isPending) {
    return (
      <Page title={title} breadcrumbs={breadcrumbs}>
        <Loading what="programmes" />
      </Page>
    );
  }
  if (programmes.isError) {
    return (
      <Page title={title} breadcrumbs={breadcrumbs}>
        <PageError error={programmes.error} />
      </Page>
    );
  }
  if (!me?.installationAdmin) {
    return (
      <Page title={title} breadcrumbs={breadcrumbs}>
        <h1 className="govuk-heading-l">Installation</h1>
        <p className="govuk-body">
          Only an installation administrator can create programmes. Ask one to create yours and make
          you its admin.
        </p>
      </Page>
    );
  }
  const list = programmes.data;
  const programmeId = chosen ?? created ?? list[0]?.id ?? '';

  return (
    <Page title={title} breadcrumbs={breadcrumbs}>
      <h1 className="govuk-heading-l">Installation</h1>
      <p className="govuk-body">
        Create a programme, then give it its admin. Its admin sets up its partners, strands and
        metrics on its framework page, or imports its business-case workbook. Every change is
        recorded in the audit log.
      </p>
      {created ? (
        <SuccessBanner testId="programme-created" headingLevel={2}>
          Created the programme “{created}”. Now give it its admin below.
        </SuccessBanner>
      ) : null}
      <DataTable
        caption="Programmes in this installation"
        captionSize="m"
        rows={list}
        rowKey={(p) => p.id}
        rowTestId={(p) => `installation-programme-${p.id}`}
        empty="No programme yet."
        columns={[
          {
            key: 'name',
            header: 'Programme',
            rowHeader: true,
            value: (p) => p.name,
            render: (p) => (
              <Link className="govuk-link" to={paths.programme(p.id)}>
                {p.name}
              </Link>
            ),
          },
          { key: 'id', header: 'Id', value: (p) => p.id, render: (p) => p.id },
          { key: 'place', header: 'Place', value: (p) => p.place, render: (p) => p.place },
        ]}
      />
      <CreateProgrammeForm
        csrfToken={me.csrfToken}
        onCreated={(programme) => {
          setCreated(programme.id);
          setChosen(programme.id);
        }}
      />
      {list.length > 0 ? (
        <AdminAccessForm
          programmes={list}
          csrfToken={me.csrfToken}
          programmeId={programmeId}
          onProgrammeChange={setChosen}
        />
      ) : null}
    </Page>
  );
}
