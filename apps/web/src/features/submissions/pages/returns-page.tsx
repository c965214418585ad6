// What each partner owes: periods that have ended with no figure, and the period in progress,
// with templates to download. A data officer sees their own agency first.
import type { PartnerReturns, ReturnDue } from '@outcomes/contract';
import { Link, useParams } from 'react-router';
import { useProgramme } from '../../../api/get-programme';
import { Collapsible } from '../../../components/collapsible';
import { DataTable, type Column } from '../../../components/data-table';
import { Loading } from '../../../components/loading';
import { Page } from '../../../components/page';
import { PageError } from '../../../components/page-error';
import { ProgrammePageHeading } from '../../../components/programme-page-heading';
import { formatDate, formatNumber } from '../../../lib/format';
import { paths } from '../../../lib/paths';
import { useAsOf, withAsOf } from '../../../lib/use-as-of';
import { useReturnsDue } from '../api/get-returns-due';
import { useSubmitter } from '../api/use-submitter';
import { submissionPaths } from '../lib/submission-paths';

function dueColumns(programmeId: string, which: 'overdue' | 'next'): Column<ReturnDue>[] {
  return [
    {
      key: 'metricName',
      header: 'Metric',
      rowHeader: true,
      render: (d) => (
        <Link className="govuk-link" to={submissionPaths.metric(programmeId, d.metricId)}>
          {d.metricName}
        </Link>
      ),
    },
    {
      key: 'periodStart',
      header: 'Period',
      nowrap: true,
      value: (d) => d.periodStart,
      render: (d) => d.periodLabel,
    },
    {
      key: 'periodEnd',
      header: which === 'overdue' ? 'Ended' : 'Owed after',
      nowrap: true,
      value: (d) => d.periodEnd,
      render: (d) => formatDate(d.periodEnd),
    },
    {
      key: 'unit',
      header: 'Unit',
      value: (d) => d.unit,
      render: (d) => d.unit,
    },
    {
      key: 'previousValue',
      header: 'Figure for the period before',
      numeric: true,
      value: (d) => d.previousValue,
      render: (d) => (d.previousValue === null ? 'None' : formatNumber(d.previousValue)),
    },
    {
      key: 'lastValue',
      header: 'Last figure returned',
      numeric: true,
      value: (d) => d.lastValue,
      render: (d) =>
        d.lastValue === null
          ? 'None yet'
          : `${formatNumber(d.lastValue)} (${d.lastPeriodLabel ?? ''})`,
    },
  ];
}

/** Rows of another agency's tables shown before "Show all": their own list is shown whole. */
const OTHERS_ROW_LIMIT = 12;

function PartnerSection({
  programmeId,
  owed,
  asOf,
  own,
}: {
  programmeId: string;
  owed: PartnerReturns;
  asOf: string | undefined;
  own: boolean;
}) {
  const headingId = `partner-${owed.partnerId}`;
  const limit = own ? undefined : OTHERS_ROW_LIMIT;
  const body = (
    <>
      <p className="govuk-body" data-testid={`returns-counts-${owed.partnerId}`}>
        <strong>{owed.overdue.length}</strong> {owed.overdue.length === 1 ? 'figure' : 'figures'}{' '}
        overdue; <strong>{owed.dueNext.length}</strong> due next.
      </p>
      <p className="govuk-body">
        Template with the overdue figures listed:{' '}
        <a
          className="govuk-link"
          href={submissionPaths.template(programmeId, owed.partnerId, 'csv', asOf)}
          download
          data-testid={`template-csv-${owed.partnerId}`}
        >
          CSV<span className="govuk-visually-hidden"> template for {owed.partnerName}</span>
        </a>{' '}
        or{' '}
        <a
          className="govuk-link"
          href={submissionPaths.template(programmeId, owed.partnerId, 'xlsx', asOf)}
          download
          data-testid={`template-xlsx-${owed.partnerId}`}
        >
          Excel<span className="govuk-visually-hidden"> template for {owed.partnerName}</span>
        </a>
      </p>
      <DataTable
        caption={`Overdue: ended with no figure (${owed.partnerName})`}
        captionSize="s"
        columns={dueColumns(programmeId, 'overdue')}
        rows={owed.overdue}
        rowKey={(d) => `${d.metricId}-${d.periodStart}`}
        rowTestId={(d) => `overdue-${d.metricId}-${d.periodStart}`}
        empty="Nothing is overdue."
        limit={limit}
      />
      <DataTable
        caption={`Due next (${owed.partnerName})`}
        captionSize="s"
        columns={dueColumns(programmeId, 'next')}
        rows={owed.dueNext}
        rowKey={(d) => `${d.metricId}-${d.periodStart}`}
        rowTestId={(d) => `due-next-${d.metricId}-${d.periodStart}`}
        empty="No period is in progress within the programme's years."
        limit={limit}
      />
    </>
  );
  return (
    <section
      aria-labelledby={headingId}
      className="app-returns-partner"
      data-testid={`returns-partner-${owed.partnerId}`}
    >
      <h2 className="govuk-heading-m" id={headingId}>
        {owed.partnerName}
        {own ? <span className="govuk-caption-m">Your agency</span> : null}
      </h2>
      {own ? (
        body
      ) : (
        <Collapsible
          summary={`${owed.overdue.length} overdue, ${owed.dueNext.length} due next: show the figures`}
        >
          {body}
        </Collapsible>
      )}
    </section>
  );
}

export function ReturnsPage() {
  const { programmeId = '' } = useParams();
  const { asOf } = useAsOf();
  const programme = useProgramme(programmeId);
  const due = useReturnsDue(programmeId, asOf);
  const submitter = useSubmitter(programmeId);

  const breadcrumbs = [
    { text: 'Programmes', to: paths.programmes() },
    ...(programme.data
      ? [{ text: programme.data.name, to: withAsOf(paths.programme(programmeId), asOf) }]
      : []),
  ];
  const title = ['Returns', programme.data?.name];

  if (due.isError) {
    return (
      <Page title={title} breadcrumbs={breadcrumbs}>
        <PageError error={due.error} offerAsOf />
      </Page>
    );
  }
  if (!due.data || !programme.data) {
    return (
      <Page title={title} breadcrumbs={breadcrumbs}>
        <Loading what="the returns owed" />
      </Page>
    );
  }

  const own = submitter.partnerId;
  const partners = [...due.data.partners].sort(
    (a, b) => Number(b.partnerId === own) - Number(a.partnerId === own),
  );
  return (
    <Page title={title} breadcrumbs={breadcrumbs}>
      <ProgrammePageHeading caption={programme.data.name} title="Returns" asOf={due.data.asOf}>
        <p className="govuk-body">
          The figures each partner returns, from {formatDate(due.data.from)} to{' '}
          {formatDate(due.data.to)}: those for periods that have ended with no figure yet, and those
          due next.
        </p>
      </ProgrammePageHeading>
      {submitter.canSubmit ? (
        <div className="govuk-button-group" data-testid="returns-actions">
          <Link
            className="govuk-button"
            to={submissionPaths.upload(programmeId)}
            data-testid="returns-upload"
          >
            Upload a file
          </Link>
          <Link
            className="govuk-button govuk-button--secondary"
            to={submissionPaths.enter(programmeId)}
            data-testid="returns-enter"
          >
            Enter figures
          </Link>
        </div>
      ) : null}
      <p className="govuk-body">
        <Link
          className="govuk-link"
          to={submissionPaths.history(programmeId)}
          data-testid="returns-history"
        >
          Submission history
        </Link>
        : every upload and entry, who made it and what it changed.
      </p>
      {partners.map((owed) => (
        <PartnerSection
          key={owed.partnerId}
          programmeId={programmeId}
          owed={owed}
          asOf={asOf}
          own={owed.partnerId === own}
        />
      ))}
    </Page>
  );
}
