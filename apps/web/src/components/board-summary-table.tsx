// The board summary: every metric (or one strand's) with its latest value, the forecast for that
// period, the SPC variation and assurance icons, and the latest story behind the curve. Each
// metric links to its chart.
import type { BoardMetric, BoardSummary } from '@outcomes/contract';
import { Link } from 'react-router';
import { useBoardSummary } from '../api/get-board-summary';
import { formatDate, formatMoney, formatNumber } from '../lib/format';
import { paths } from '../lib/paths';
import { assuranceLabel, variationLabel } from '../lib/spc-labels';
import { withAsOf } from '../lib/use-as-of';
import { CsvDownloadLink, type CsvData } from './csv-download-link';
import { DataTable, type Column } from './data-table';
import { ErrorPanel } from './error-panel';
import { Loading } from './loading';
import { NoValue } from './no-value';
import { AssuranceIcon, VariationIcon } from './spc-icons';

const secondary = 'govuk-body-s app-secondary-text govuk-!-display-block govuk-!-margin-bottom-0';

function columnsFor(
  programmeId: string,
  showStrand: boolean,
  linkAsOf: string | undefined,
): Column<BoardMetric>[] {
  return [
    {
      key: 'name',
      header: 'Metric',
      rowHeader: true,
      value: (m) => m.id,
      render: (m) => (
        <>
          <Link
            className="govuk-link"
            to={withAsOf(paths.metric(programmeId, m.id), linkAsOf)}
            data-testid={`board-link-${m.id}`}
          >
            {m.name}
          </Link>
          {showStrand ? <span className={secondary}>{m.strandName}</span> : null}
        </>
      ),
    },
    {
      key: 'latestActual',
      header: 'Latest value',
      numeric: true,
      value: (m) => m.latestActual?.value ?? null,
      render: (m) =>
        m.latestActual ? (
          <>
            {formatNumber(m.latestActual.value)}
            <span className={secondary}>
              {m.unit}, {m.latestActual.label}
            </span>
          </>
        ) : (
          <NoValue label="None returned" />
        ),
    },
    {
      key: 'forecast',
      header: 'Forecast for that period',
      numeric: true,
      value: (m) => m.forecast,
      render: (m) =>
        m.forecast === null ? <NoValue label="No forecast" /> : formatNumber(m.forecast),
    },
    {
      key: 'variation',
      header: 'Variation',
      value: (m) => m.variation,
      render: (m) =>
        m.variation ? (
          <>
            <VariationIcon
              variation={m.variation}
              polarity={m.polarity}
              testId={`board-variation-${m.id}`}
            />
            {m.spcMoneyDisagreement ? (
              <span className={secondary} data-testid={`board-spc-money-${m.id}`}>
                Concern on the chart, yet{' '}
                {formatMoney(m.spcMoneyDisagreement.realisedBenefitToDate)} is booked as realised
                against a growing counterfactual:{' '}
                {formatMoney(m.spcMoneyDisagreement.fromAssumedGrowth)} of it from the assumed
                growth in demand alone. The metric page explains why both can be true.
              </span>
            ) : null}
          </>
        ) : (
          <NoValue label="Too few actuals for process limits" />
        ),
    },
    {
      key: 'assurance',
      header: 'Assurance',
      value: (m) => m.assurance,
      render: (m) =>
        m.assurance ? (
          <>
            <AssuranceIcon assurance={m.assurance} testId={`board-assurance-${m.id}`} />
            {m.recalculateLimitsFrom ? (
              <span className={secondary} data-testid={`board-recalculate-${m.id}`}>
                Judged on the process since {m.recalculateLimitsFrom.label}, after a sustained
                shift: limits should be recalculated.
              </span>
            ) : null}
          </>
        ) : (
          <NoValue label={m.variation ? 'No target for the latest period' : 'No process limits'} />
        ),
    },
    {
      key: 'latestCommentary',
      header: 'Latest commentary',
      value: (m) => m.latestCommentary?.periodStart ?? null,
      render: (m) =>
        m.latestCommentary ? (
          <>
            <span className="govuk-!-display-block">
              <strong>{m.latestCommentary.label}:</strong> {m.latestCommentary.excerpt}
            </span>
            <span className={secondary}>{m.latestCommentary.authorName}</span>
          </>
        ) : (
          <NoValue label="No commentary" />
        ),
    },
  ];
}

function csvFor(data: BoardSummary, filename: string): CsvData {
  return {
    filename,
    header: [
      'Metric id',
      'Metric',
      'Strand',
      'Unit',
      'Latest period',
      'Latest value',
      'Forecast for that period',
      'Variation',
      'Assurance',
      'Trial limits',
      'Limits should be recalculated from',
      'Realised benefit to date (£), chart showing concern',
      'Of which from assumed growth alone (£)',
      'Latest commentary period',
      'Latest commentary',
      'Commentary by',
    ],
    rows: data.metrics.map((m) => [
      m.id,
      m.name,
      m.strandName,
      m.unit,
      m.latestActual?.label,
      m.latestActual?.value,
      m.forecast,
      m.variation ? variationLabel(m.variation) : null,
      m.assurance ? assuranceLabel(m.assurance) : null,
      m.trialLimits,
      m.recalculateLimitsFrom?.label,
      m.spcMoneyDisagreement?.realisedBenefitToDate,
      m.spcMoneyDisagreement?.fromAssumedGrowth,
      m.latestCommentary?.label,
      m.latestCommentary?.excerpt,
      m.latestCommentary?.authorName,
    ]),
  };
}

interface BoardSummaryTableProps {
  programmeId: string;
  /** One strand's metrics; omitted: every metric of the programme. */
  strandId?: string;
  /** The URL's as-of date, asked for and kept in links. */
  linkAsOf: string | undefined;
}

export function BoardSummaryTable({ programmeId, strandId, linkAsOf }: BoardSummaryTableProps) {
  const board = useBoardSummary(programmeId, strandId, linkAsOf);
  if (board.isError)
    return <ErrorPanel error={board.error} title="The board summary could not be shown" />;
  if (!board.data) return <Loading what="the board summary" />;
  const data = board.data;
  const scope = strandId ? `${programmeId}-${strandId}` : programmeId;
  return (
    <div data-testid="board-summary">
      <p className="govuk-body">
        Variation says whether the latest figure is ordinary variation (common cause) or a special
        cause of improvement or concern, judged on an XmR chart as NHS boards do (&ldquo;Making Data
        Count&rdquo;). Assurance says whether the process, as it runs now, will reliably meet the
        forecast.
      </p>
      <DataTable
        caption={`Board summary: ${strandId ? 'the strand\u2019s metrics' : 'every metric'} as of ${formatDate(data.asOf)}`}
        captionSize="s"
        columns={columnsFor(programmeId, strandId === undefined, linkAsOf)}
        rows={data.metrics}
        rowKey={(m) => m.id}
        rowTestId={(m) => `board-row-${m.id}`}
        empty="There are no metrics to summarise."
      />
      <CsvDownloadLink
        csv={csvFor(data, `${scope}-board-summary-${data.asOf}.csv`)}
        description="board summary"
        testId="board-summary-csv"
      />
    </div>
  );
}
