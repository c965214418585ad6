// A programme's framework, edited by its admins: its settings, partners, strands, metric
// definitions and unit costs, and (BusinessCaseForms) its outcomes, baselines, forecasts, unit
// costs' bearers and cost lines. Each save is checked by the API with the pack loader's
// validation, audited, and never changes returned figures; a change to the business case makes
// a new business-case version, not in force until an admin decides.
import { useState } from 'react';
import { useParams } from 'react-router';
import { useMe } from '../../api/get-me';
import { useProgramme } from '../../api/get-programme';
import { ErrorPanel } from '../../components/error-panel';
import { Loading } from '../../components/loading';
import { Page } from '../../components/page';
import { PageError } from '../../components/page-error';
import { paths } from '../../lib/paths';
import { hasRole } from '../../lib/roles';
import { useEditableFramework } from './api/framework-api';
import { BusinessCaseForms } from './components/business-case-forms';
import { FrameworkSaved, type Saved } from './components/framework-saved';
import { MetricDefinitions } from './components/metric-definitions';
import { PartnerForm } from './components/partner-form';
import { SettingsForm } from './components/settings-form';
import { StrandForm } from './components/strand-form';
import { UnitCosts } from './components/unit-costs';

export function FrameworkPage() {
  const { programmeId = '' } = useParams();
  const { data: me } = useMe();
  const programme = useProgramme(programmeId);
  const isAdmin = me !== undefined && hasRole(me, programmeId, ['admin']);
  // The stored metric definitions and unit costs (only admins may read them).
  const framework = useEditableFramework(programmeId, isAdmin);
  const [saved, setSaved] = useState<Saved | null>(null);
  // A new key per save: the forms start again from what is now stored.
  const [version, setVersion] = useState(0);

  const breadcrumbs = [
    { text: 'Programmes', to: paths.programmes() },
    ...(programme.data ? [{ text: programme.data.name, to: paths.programme(programmeId) }] : []),
  ];
  const title = ['Framework', programme.data?.name];

  if (programme.isError) {
    return (
      <Page title={title} breadcrumbs={breadcrumbs}>
        <PageError error={programme.error} />
      </Page>
    );
  }
  if (!programme.data || !me) {
    return (
      <Page title={title} breadcrumbs={breadcrumbs}>
        <Loading what="the framework" />
      </Page>
    );
  }
  const data = programme.data;
  if (!isAdmin) {
    return (
      <Page title={title} breadcrumbs={breadcrumbs}>
        <h1 className="govuk-heading-l">Framework</h1>
        <p className="govuk-body">Only the programme’s admins can change its framework.</p>
      </Page>
    );
  }
  const onSaved = (what: string, businessCaseVersion?: number | null) => {
    setSaved({ what, businessCaseVersion });
    setVersion((v) => v + 1);
  };

  return (
    <Page title={title} breadcrumbs={breadcrumbs}>
      <span className="app-caption">{data.name}</span>
      <h1 className="govuk-heading-l">Framework</h1>
      <p className="govuk-body">
        Changes are checked as the business-case workbook is, recorded in the audit log, and never
        change the figures partners have returned.
      </p>
      {saved ? <FrameworkSaved programmeId={programmeId} saved={saved} /> : null}
      <SettingsForm
        key={`settings-${version}`}
        programme={data}
        csrfToken={me.csrfToken}
        onSaved={onSaved}
      />
      <section aria-labelledby="partners-heading">
        <h2 className="govuk-heading-m" id="partners-heading">
          Partners
        </h2>
        {data.partners.map((partner) => (
          <PartnerForm
            key={`${partner.id}-${version}`}
            programme={data}
            partner={partner}
            csrfToken={me.csrfToken}
            onSaved={onSaved}
          />
        ))}
        <PartnerForm
          key={`new-partner-${version}`}
          programme={data}
          csrfToken={me.csrfToken}
          onSaved={onSaved}
        />
      </section>
      <section aria-labelledby="strands-heading">
        <h2 className="govuk-heading-m" id="strands-heading">
          Strands
        </h2>
        {data.partners.length === 0 ? (
          <p className="govuk-body">
            A strand is sponsored by a partner: add the programme’s partners first.
          </p>
        ) : (
          <>
            {data.strands.map((strand) => (
              <StrandForm
                key={`${strand.id}-${version}`}
                programme={data}
                strand={strand}
                csrfToken={me.csrfToken}
                onSaved={onSaved}
              />
            ))}
            <StrandForm
              key={`new-${version}`}
              programme={data}
              csrfToken={me.csrfToken}
              onSaved={onSaved}
            />
          </>
        )}
      </section>
      {framework.isError ? (
        <ErrorPanel error={framework.error} title="The metrics and unit costs could not be shown" />
      ) : !framework.data ? (
        <Loading what="the metrics and unit costs" />
      ) : (
        <>
          <MetricDefinitions
            programme={data}
            framework={framework.data}
            version={version}
            csrfToken={me.csrfToken}
            onSaved={onSaved}
          />
          <UnitCosts
            programmeId={programmeId}
            framework={framework.data}
            version={version}
            csrfToken={me.csrfToken}
            onSaved={onSaved}
          />
          <BusinessCaseForms
            programme={data}
            framework={framework.data}
            version={version}
            csrfToken={me.csrfToken}
            onSaved={onSaved}
          />
        </>
      )}
    </Page>
  );
}
