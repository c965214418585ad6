import type { StrandMetric } from '@outcomes/contract';
import { Link } from 'react-router';
import { CsvDownloadLink, type CsvData } from '../../../components/csv-download-link';
import { DataTable, type Column } from '../../../components/data-table';
import { Achievement, Money } from '../../../components/figures';
import { NoValue } from '../../../components/no-value';
import { RagTag } from '../../../components/rag-tag';
import { Sparkline } from '../../../components/sparkline';
import { formatDate, formatInteger, formatNumber, ragLabel } from '../../../lib/format';
import { paths } from '../../../lib/paths';
import { withAsOf } from '../../../lib/use-as-of';

interface MetricsTableProps {
  programmeId: string;
  strandId: string;
  metrics: readonly StrandMetric[];
  asOf: string;
  linkAsOf: string | undefined;
}

export function MetricsTable({
  programmeId,
  strandId,
  metrics,
  asOf,
  linkAsOf,
}: MetricsTableProps) {
  const columns: Column<StrandMetric>[] = [
    {
      key: 'name',
      header: 'Metric',
      rowHeader: true,
      value: (m) => m.id,
      render: (m) => (
        <>
          <Link className="govuk-link" to={withAsOf(paths.metric(programmeId, m.id), linkAsOf)}>
            {m.name}
          </Link>
          <span className="govuk-body-s app-secondary-text govuk-!-display-block govuk-!-margin-bottom-0">
            {m.outcomeName}
          </span>
          {m.retiredFrom === null ? null : (
            <span
              className="govuk-body-s app-secondary-text govuk-!-display-block govuk-!-margin-bottom-0"
              data-testid={`metric-${m.id}-retired`}
            >
              Retired from {formatDate(m.retiredFrom)}
            </span>
          )}
        </>
      ),
    },
    { key: 'rag', header: 'RAG', value: (m) => m.rag, render: (m) => <RagTag rag={m.rag} /> },
    {
      key: 'achievement',
      header: 'Achievement',
      numeric: true,
      value: (m) => m.achievement,
      render: (m) => <Achievement value={m.achievement} />,
    },
    {
      key: 'latestActual',
      header: 'Latest actual',
      numeric: true,
      value: (m) => m.latestActual?.value ?? null,
      render: (m) =>
        m.latestActual ? (
          <>
            {formatNumber(m.latestActual.value)}
            <span className="govuk-body-s app-secondary-text govuk-!-display-block govuk-!-margin-bottom-0">
              {m.unit}, {m.latestActual.label}
            </span>
          </>
        ) : (
          <NoValue label="None returned" />
        ),
    },
    {
      key: 'forecastBenefitToDate',
      header: 'Forecast benefit to date',
      numeric: true,
      value: (m) => m.forecastBenefitToDate,
      render: (m) => <Money value={m.forecastBenefitToDate} />,
    },
    {
      key: 'realisedBenefitToDate',
      header: 'Realised benefit to date',
      numeric: true,
      value: (m) => m.realisedBenefitToDate,
      render: (m) => <Money value={m.realisedBenefitToDate} />,
    },
    {
      key: 'missingReturns',
      header: 'Missing returns',
      numeric: true,
      value: (m) => m.missingReturns,
      render: (m) =>
        m.missingReturns > 0 ? (
          <span className="app-missing">{formatInteger(m.missingReturns)}</span>
        ) : (
          formatInteger(m.missingReturns)
        ),
    },
    {
      key: 'trend',
      header: 'Trend of actuals',
      render: (m) =>
        m.trend.length > 1 ? (
          <>
            <Sparkline values={m.trend.map((point) => point.value)} />
            <span className="govuk-visually-hidden">
              {m.trend.length} actuals; the figures are on the metric&rsquo;s page
            </span>
          </>
        ) : (
          <NoValue label="Too few actuals for a trend" />
        ),
    },
  ];

  const csv: CsvData = {
    filename: `${programmeId}-${strandId}-metrics-${asOf}.csv`,
    header: [
      'Metric id',
      'Metric',
      'Outcome',
      'Unit',
      'RAG',
      'Achievement',
      'Latest actual period',
      'Latest actual',
      'Forecast benefit to date (£)',
      'Realised benefit to date (£)',
      'Missing returns',
    ],
    rows: metrics.map((m) => [
      m.id,
      m.name,
      m.outcomeName,
      m.unit,
      ragLabel(m.rag),
      m.achievement,
      m.latestActual?.label,
      m.latestActual?.value,
      m.forecastBenefitToDate,
      m.realisedBenefitToDate,
      m.missingReturns,
    ]),
  };

  return (
    <>
      <DataTable
        caption={`Metrics: status and benefit to ${formatDate(asOf)}`}
        captionSize="s"
        columns={columns}
        rows={metrics}
        rowKey={(m) => m.id}
        rowTestId={(m) => `metric-row-${m.id}`}
        empty="This strand has no metrics."
      />
      <CsvDownloadLink csv={csv} description="metrics table" testId="metrics-csv" />
    </>
  );
}
