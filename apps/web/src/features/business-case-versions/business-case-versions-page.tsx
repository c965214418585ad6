// "Business case versions": the numbered versions of the programme's business case, which is in
// force from when and why, a form for an admin to put one in force, and two versions compared.
import { useState } from 'react';
import { useParams } from 'react-router';
import { useMe } from '../../api/get-me';
import { useProgramme } from '../../api/get-programme';
import { DataTable } from '../../components/data-table';
import { SelectField } from '../../components/form-fields';
import { Loading } from '../../components/loading';
import { Page } from '../../components/page';
import { formatDate } from '../../lib/format';
import { friendlyApiMessage } from '../../lib/friendly-error';
import { paths } from '../../lib/paths';
import { hasRole } from '../../lib/roles';
import {
  comparisonCsvUrl,
  useBusinessCaseVersions,
  useVersionComparison,
} from './api/business-case-versions';
import { InForceForm } from './components/in-force-form';
import { VersionComparison } from './components/version-comparison';

export function BusinessCaseVersionsPage() {
  const { programmeId = '' } = useParams();
  const programme = useProgramme(programmeId);
  const me = useMe();
  const versions = useBusinessCaseVersions(programmeId);
  const [a, setA] = useState<number | null>(null);
  const [b, setB] = useState<number | null>(null);
  const list = versions.data;
  // Default: the version in force against the latest one.
  const first = a ?? list?.inForce?.version ?? null;
  const second = b ?? list?.versions.at(-1)?.version ?? null;
  const comparison = useVersionComparison(programmeId, first, second);

  const breadcrumbs = [
    { text: 'Programmes', to: paths.programmes() },
    ...(programme.data ? [{ text: programme.data.name, to: paths.programme(programmeId) }] : []),
  ];
  const title = ['Business case versions', programme.data?.name];
  if (versions.isError) {
    return (
      <Page title={title} breadcrumbs={breadcrumbs}>
        <h1 className="govuk-heading-l">Business case versions</h1>
        <p className="govuk-body">
          {friendlyApiMessage(versions.error, 'The versions could not be read.')}
        </p>
      </Page>
    );
  }
  if (!list) {
    return (
      <Page title={title} breadcrumbs={breadcrumbs}>
        <Loading what="the business case versions" />
      </Page>
    );
  }
  const isAdmin = hasRole(me.data, programmeId, ['admin']);
  const options = list.versions.map((v) => ({
    value: String(v.version),
    text: `v${v.version} ${v.name}`,
  }));
  return (
    <Page title={title} breadcrumbs={breadcrumbs}>
      <span className="app-caption">{programme.data?.name}</span>
      <h1 className="govuk-heading-l">Business case versions</h1>
      <p className="govuk-body-l" data-testid="version-in-force">
        In force today:{' '}
        <strong>
          {list.inForce ? `v${list.inForce.version} ${list.inForce.name}` : 'no version recorded'}
        </strong>
      </p>
      <p className="govuk-body">
        Each load or import of a business case that changes a forecast, cost or unit cost is kept as
        a new version. A new version is not used for RAG and achievement until an admin puts it in
        force from a date, with the reason. Figures as of an earlier date are judged against the
        version that was in force, and decided, by then, so a past board meeting replays exactly.
      </p>

      <DataTable
        caption="Versions"
        columns={[
          { key: 'version', header: 'Version', rowHeader: true, render: (v) => `v${v.version}` },
          { key: 'name', header: 'Name', render: (v) => v.name },
          { key: 'note', header: 'Note', render: (v) => v.note ?? '' },
          {
            key: 'created',
            header: 'Recorded',
            render: (v) => `${formatDate(v.createdAt.slice(0, 10))} by ${v.createdBy}`,
          },
        ]}
        rows={list.versions}
        rowKey={(v) => String(v.version)}
        rowTestId={(v) => `version-row-${v.version}`}
        empty="This programme has no recorded versions."
      />

      <DataTable
        caption="Decisions: which version is in force from when"
        columns={[
          {
            key: 'from',
            header: 'In force from',
            rowHeader: true,
            nowrap: true,
            render: (d) => formatDate(d.effectiveFrom),
          },
          { key: 'version', header: 'Version', render: (d) => `v${d.version}` },
          { key: 'reason', header: 'Reason', render: (d) => d.reason },
          {
            key: 'by',
            header: 'Decided',
            render: (d) => `${formatDate(d.decidedAt.slice(0, 10))} by ${d.decidedBy}`,
          },
        ]}
        rows={list.decisions}
        rowKey={(d) => String(d.id)}
        rowTestId={(d) => `decision-row-${d.id}`}
        empty="No decision has been recorded: version 1, the original business case, is in force."
      />

      {isAdmin ? (
        <>
          <h2 className="govuk-heading-m">Set the version in force</h2>
          <InForceForm
            programmeId={programmeId}
            versions={list}
            csrfToken={me.data?.csrfToken ?? null}
          />
        </>
      ) : null}

      <h2 className="govuk-heading-m">Compare two versions</h2>
      {list.versions.length > 0 && first !== null && second !== null ? (
        <>
          <div className="govuk-grid-row">
            <div className="govuk-grid-column-one-half">
              <SelectField
                id="compare-a"
                name="a"
                label="Compare"
                value={String(first)}
                onChange={(v) => setA(Number(v))}
                options={options}
              />
            </div>
            <div className="govuk-grid-column-one-half">
              <SelectField
                id="compare-b"
                name="b"
                label="With"
                value={String(second)}
                onChange={(v) => setB(Number(v))}
                options={options}
              />
            </div>
          </div>
          {comparison.data ? (
            <>
              <VersionComparison comparison={comparison.data} />
              <p className="app-download">
                <a
                  className="govuk-link"
                  href={comparisonCsvUrl(programmeId, first, second)}
                  data-testid="comparison-csv"
                >
                  Download CSV
                  <span className="govuk-visually-hidden">
                    : the comparison of v{first} and v{second}
                  </span>
                </a>
              </p>
            </>
          ) : comparison.isError ? (
            <p className="govuk-body">
              {friendlyApiMessage(comparison.error, 'The comparison could not be worked out.')}
            </p>
          ) : (
            <Loading what="the comparison" />
          )}
        </>
      ) : (
        <p className="govuk-body">There is nothing to compare.</p>
      )}
    </Page>
  );
}
