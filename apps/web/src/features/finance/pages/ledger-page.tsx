import type { BenefitLedger, LedgerGroupBy, LedgerMeasure, LedgerRow } from '@outcomes/contract';
import { Link, useParams, useSearchParams } from 'react-router';
import { chartColours } from '../../../components/chart-series';
import { DataTable, type Column } from '../../../components/data-table';
import { formatDate, formatInteger, formatMoneyCompact } from '../../../lib/format';
import { useAsOf } from '../../../lib/use-as-of';
import { programmePath, useBenefitLedger } from '../api/finance-queries';
import { useFinanceAccess } from '../api/use-finance-access';
import { BarFigure } from '../components/bar-figure';
import type { BarSeries } from '../components/bar-series';
import { ExportLinks } from '../components/export-links';
import { FinancePage } from '../components/finance-page';
import { LazyBarChart } from '../components/lazy-bar-chart';
import { MoneyLink } from '../components/money-link';
import { financePaths, type LineFilters } from '../lib/finance-paths';
import { formatPence } from '../lib/finance-format';
import { GROUPINGS, isGroupBy, MEASURE_TEXT } from '../lib/finance-labels';

const TOTAL_KEY = '__total';
const ROUNDING_KEY = '__rounding';
type Row = LedgerRow & { isTotal?: boolean };

const series: readonly BarSeries[] = [
  {
    key: 'forecastBenefitToDate',
    label: 'Forecast benefit to date',
    colour: chartColours.grey,
    pattern: 'hatched',
  },
  {
    key: 'realisedBenefitToDate',
    label: 'Realised benefit to date',
    colour: chartColours.brand,
    pattern: 'solid',
  },
];

/** The filters (and part) that pick out a ledger cell, for its lines link. */
function cellFilters(
  groupBy: LedgerGroupBy,
  row: Row,
): { filters: LineFilters; part?: 'cashable' | 'non-cashable' } {
  if (row.isTotal) return { filters: {} };
  switch (groupBy) {
    case 'cashable':
      return { filters: {}, part: row.key === 'cashable' ? 'cashable' : 'non-cashable' };
    default:
      return { filters: { [groupBy]: row.key } };
  }
}

function GroupBySwitcher({
  programmeId,
  current,
  asOf,
}: {
  programmeId: string;
  current: LedgerGroupBy;
  asOf: string | undefined;
}) {
  return (
    <nav className="app-group-switcher" aria-label="Group the ledger by" data-testid="group-by">
      <span className="app-group-switcher__label" aria-hidden="true">
        Group by:
      </span>
      <ul className="app-group-switcher__list">
        {GROUPINGS.map((g) => (
          <li key={g.groupBy}>
            <Link
              className="govuk-link"
              to={financePaths.ledger(programmeId, g.groupBy, asOf)}
              aria-current={g.groupBy === current ? 'page' : undefined}
              data-testid={`group-by-${g.groupBy}`}
            >
              <span className="govuk-visually-hidden">Group by </span>
              {g.text}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

function Reconciliation({ ledger }: { ledger: BenefitLedger }) {
  const differs = ledger.reconciliation.some((r) => r.difference !== 0);
  return (
    <details className="govuk-details" data-testid="reconciliation">
      <summary className="govuk-details__summary">
        <span className="govuk-details__summary-text">
          How the total row reconciles with the programme overview
        </span>
      </summary>
      <div className="govuk-details__text">
        <p className="govuk-body">
          Every figure is worked at full precision and rounded to the penny once, when shown, so a
          strand&rsquo;s, partner&rsquo;s or year&rsquo;s cell here is the same value as on its own
          page, and the total row is the overview&rsquo;s figure.{' '}
          {differs
            ? 'Today a figure differs, below: that is a fault to report.'
            : 'Today they agree to the penny.'}{' '}
          Because each row is rounded on its own, the rows as shown can miss the total by a few
          pence: the rounding row shows by how much.
        </p>
        <DataTable
          caption="Ledger total against the programme overview"
          captionSize="s"
          rows={ledger.reconciliation}
          rowKey={(r) => r.measure}
          rowTestId={(r) => `reconciliation-${r.measure}`}
          columns={[
            {
              key: 'measure',
              header: 'Figure',
              rowHeader: true,
              value: (r) => r.measure,
              render: (r) => MEASURE_TEXT[r.measure],
            },
            {
              key: 'ledger',
              header: 'Ledger total',
              numeric: true,
              value: (r) => r.ledger,
              render: (r) => formatPence(r.ledger),
            },
            {
              key: 'summary',
              header: 'Overview',
              numeric: true,
              value: (r) => r.summary,
              render: (r) => formatPence(r.summary),
            },
            {
              key: 'difference',
              header: 'Difference',
              numeric: true,
              value: (r) => r.difference,
              render: (r) => formatPence(r.difference),
            },
            {
              key: 'lines',
              header: 'Lines',
              numeric: true,
              value: (r) => r.lines,
              render: (r) => formatInteger(r.lines),
            },
          ]}
        />
      </div>
    </details>
  );
}

/** The benefits ledger: the summary's figures grouped six ways, every £ linking to its lines. */
export function LedgerPage() {
  const { programmeId = '' } = useParams();
  const { asOf } = useAsOf();
  const [searchParams] = useSearchParams();
  const raw = searchParams.get('groupBy');
  const groupBy: LedgerGroupBy = isGroupBy(raw) ? raw : 'strand';
  const ledger = useBenefitLedger(programmeId, groupBy, asOf);
  const access = useFinanceAccess(programmeId);
  const grouping = GROUPINGS.find((g) => g.groupBy === groupBy) ?? GROUPINGS[0]!;

  return (
    <FinancePage
      title="Benefits ledger"
      section="ledger"
      asOfShown={ledger.data?.asOf}
      query={ledger}
      loadingWhat="the benefits ledger"
      intro={
        <p className="govuk-body">
          Every pound of forecast and realised benefit, grouped the way you choose. Each figure is a
          link to the lines behind it: metric, period, counterfactual, actual, every factor of the
          monetisation, the bearer&rsquo;s share and the resulting pounds.
        </p>
      }
    >
      {() => {
        const data = ledger.data as BenefitLedger;
        const hasCashable = groupBy !== 'cashable';
        const hasRounding = Object.values(data.rounding).some((v) => v !== undefined && v !== 0);
        const rows: Row[] = [
          ...data.rows,
          ...(hasRounding
            ? [{ ...data.rounding, lineCount: 0, key: ROUNDING_KEY, name: 'Rounding' }]
            : []),
          { ...data.total, key: TOTAL_KEY, name: 'Total', isTotal: true },
        ];
        const link = (row: Row, measure: LedgerMeasure) => {
          const { filters, part } = cellFilters(groupBy, row);
          return financePaths.lines(programmeId, measure, filters, asOf, part);
        };
        const moneyColumn = (measure: LedgerMeasure): Column<Row> => ({
          key: measure,
          header: MEASURE_TEXT[measure],
          numeric: true,
          value: (r) => r[measure] ?? null,
          render: (r) =>
            r.key === ROUNDING_KEY ? (
              formatPence(r[measure] ?? 0)
            ) : (
              <MoneyLink
                value={r[measure]}
                to={link(r, measure)}
                describe={`${MEASURE_TEXT[measure].toLowerCase()}, ${r.name}`}
                testId={`ledger-${r.isTotal ? 'total' : r.key}-${measure}`}
              />
            ),
        });
        const columns: Column<Row>[] = [
          {
            key: 'name',
            header: grouping.column,
            rowHeader: true,
            value: (r) => (r.isTotal ? 'total' : r.key),
            render: (r) => (r.isTotal ? <strong>Total</strong> : r.name),
          },
          moneyColumn('forecastBenefitToDate'),
          moneyColumn('realisedBenefitToDate'),
          moneyColumn('forecastBenefitWholeCase'),
          ...(hasCashable ? [moneyColumn('realisedCashableToDate')] : []),
          {
            key: 'lineCount',
            header: 'Lines (whole case)',
            numeric: true,
            value: (r) => r.lineCount,
            render: (r) => (r.key === ROUNDING_KEY ? '' : formatInteger(r.lineCount)),
          },
        ];
        const caption = `Benefits by ${grouping.text.toLowerCase()}, as of ${formatDate(data.asOf)}`;
        return (
          <>
            <GroupBySwitcher programmeId={programmeId} current={groupBy} asOf={asOf} />
            <BarFigure
              testId="ledger-figure"
              caption={caption}
              description="Forecast and realised benefit to date for each row; the table holds every figure, each a link to its lines."
              series={series}
              table={
                <DataTable
                  caption={caption}
                  captionHidden
                  columns={columns}
                  rows={rows}
                  rowKey={(r) => r.key}
                  rowTestId={(r) =>
                    `ledger-row-${r.isTotal ? 'total' : r.key === ROUNDING_KEY ? 'rounding' : r.key}`
                  }
                />
              }
              chart={
                <LazyBarChart
                  data={data.rows.map((r) => ({
                    name: r.name,
                    forecastBenefitToDate: r.forecastBenefitToDate,
                    realisedBenefitToDate: r.realisedBenefitToDate,
                  }))}
                  categoryKey="name"
                  series={series}
                  layout="vertical"
                  title={`Bar chart: ${caption}. The numbers are in the table above.`}
                  formatValue={formatMoneyCompact}
                />
              }
              csv={{
                filename: `${programmeId}-benefits-by-${groupBy}-${data.asOf}.csv`,
                header: [
                  'Key',
                  grouping.column,
                  'Forecast benefit to date (£)',
                  'Realised benefit to date (£)',
                  'Forecast benefit, whole business case (£)',
                  ...(hasCashable ? ['Realised cashable benefit to date (£)'] : []),
                  'Lines',
                ],
                rows: rows.map((r) => [
                  r.isTotal ? 'total' : r.key === ROUNDING_KEY ? 'rounding' : r.key,
                  r.name,
                  r.forecastBenefitToDate,
                  r.realisedBenefitToDate,
                  r.forecastBenefitWholeCase,
                  ...(hasCashable ? [r.realisedCashableToDate ?? null] : []),
                  r.lineCount,
                ]),
              }}
              csvDescription={`benefits by ${grouping.text.toLowerCase()}`}
            />
            <ExportLinks
              apiPath={`${programmePath(programmeId)}/benefits`}
              params={{ groupBy, asOf: data.asOf }}
              description={`the benefits ledger by ${grouping.text.toLowerCase()}`}
              testId="ledger-export"
              allowed={access.isFinance}
            />
            <Reconciliation ledger={data} />
          </>
        );
      }}
    </FinancePage>
  );
}
