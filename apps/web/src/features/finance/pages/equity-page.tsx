import type { EquityRow, ProgrammeEquity } from '@outcomes/contract';
import { useParams } from 'react-router';
import { chartColours } from '../../../components/chart-series';
import { DataTable, type Column } from '../../../components/data-table';
import { NoValue } from '../../../components/no-value';
import { formatDate, formatPercent } from '../../../lib/format';
import { useAsOf } from '../../../lib/use-as-of';
import { programmePath, useEquity } from '../api/finance-queries';
import { useFinanceAccess } from '../api/use-finance-access';
import { BarFigure } from '../components/bar-figure';
import type { BarSeries } from '../components/bar-series';
import { ExportLinks } from '../components/export-links';
import { FinancePage } from '../components/finance-page';
import { LazyBarChart } from '../components/lazy-bar-chart';
import { MoneyLink } from '../components/money-link';
import { financePaths } from '../lib/finance-paths';

const TOTAL = '__total';
type Row = EquityRow & { isTotal?: boolean };

const shareSeries = (prefix: 'toDate' | 'wholeCase'): readonly BarSeries[] => [
  {
    key: `${prefix}Cost`,
    label: 'Share of costs borne',
    colour: chartColours.orange,
    pattern: 'hatched',
  },
  {
    key: `${prefix}Benefit`,
    label: 'Share of benefits received',
    colour: chartColours.brand,
    pattern: 'solid',
  },
];

function Share({ value }: { value: number | null }) {
  return value === null ? <NoValue label="No total to share" /> : <>{formatPercent(value)}</>;
}

/** "+12.3 points: receives more than it puts in". The sign is in words as well as a symbol. */
function Gap({ value }: { value: number | null }) {
  if (value === null) return <NoValue label="No gap: a total is zero" />;
  const points = formatPercent(Math.abs(value)).replace('%', '');
  if (value === 0) return <>0 points</>;
  return (
    <>
      {value > 0 ? '+' : '−'}
      {points} points
      <span className="app-cell-note">
        {value > 0 ? 'receives more than it puts in' : 'puts in more than it receives'}
      </span>
    </>
  );
}

/** The investment agreement's question: who puts in what, who gets what back, who subsidises whom. */
export function EquityPage() {
  const { programmeId = '' } = useParams();
  const { asOf } = useAsOf();
  const equity = useEquity(programmeId, asOf);
  const access = useFinanceAccess(programmeId);

  return (
    <FinancePage
      title="Partner equity"
      section="equity"
      asOfShown={equity.data?.asOf}
      query={equity}
      loadingWhat="partner equity"
      intro={
        <p className="govuk-body">
          Each partner&rsquo;s share of the costs it bears against its share of the benefits it
          receives (realised benefit × its bearer share of each unit cost). The gap is the benefit
          share less the cost share, in percentage points: positive receives more than it puts in,
          negative subsidises others. Bearers outside the partnership (national budgets, wider
          society) put nothing in: their share is saving that leaves the partnership.
        </p>
      }
    >
      {() => {
        const data = equity.data as ProgrammeEquity;
        const t = data.totals;
        const rows: Row[] = [
          ...data.partners,
          {
            partnerId: TOTAL,
            name: 'Total',
            kind: '',
            costToDate: t.costToDate,
            realisedBenefitToDate: t.realisedBenefitToDate,
            realisedCashableToDate: t.realisedCashableToDate,
            realisedNonCashableToDate: t.realisedNonCashableToDate,
            costShareToDate: null,
            benefitShareToDate: null,
            gapToDate: null,
            forecastCostWholeCase: t.forecastCostWholeCase,
            forecastBenefitWholeCase: t.forecastBenefitWholeCase,
            forecastCostShare: null,
            forecastBenefitShare: null,
            forecastGap: null,
            isTotal: true,
          },
        ];
        const partner = (r: Row) => (r.isTotal ? undefined : r.partnerId);
        const name: Column<Row> = {
          key: 'name',
          header: 'Partner',
          rowHeader: true,
          value: (r) => (r.isTotal ? 'total' : r.partnerId),
          render: (r) => (r.isTotal ? <strong>Total</strong> : r.name),
        };
        const share = (key: keyof EquityRow, header: string): Column<Row> => ({
          key,
          header,
          numeric: true,
          value: (r) => (r.isTotal ? null : (r[key] as number | null)),
          render: (r) => (r.isTotal ? null : <Share value={r[key] as number | null} />),
        });
        const gap = (key: 'gapToDate' | 'forecastGap'): Column<Row> => ({
          key,
          header: 'Gap',
          numeric: true,
          value: (r) => (r.isTotal ? null : r[key]),
          render: (r) => (r.isTotal ? null : <Gap value={r[key]} />),
        });
        const toDate: Column<Row>[] = [
          name,
          {
            key: 'costToDate',
            header: 'Costs borne to date',
            numeric: true,
            value: (r) => r.costToDate,
            render: (r) => (
              <MoneyLink
                value={r.costToDate}
                to={financePaths.costLines(
                  programmeId,
                  'actualCostToDate',
                  { partner: partner(r) },
                  asOf,
                )}
                describe={`costs borne to date, ${r.name}`}
                testId={`equity-${r.isTotal ? 'total' : r.partnerId}-costToDate`}
              />
            ),
          },
          share('costShareToDate', 'Share of costs'),
          {
            key: 'realisedBenefitToDate',
            header: 'Benefits received to date',
            numeric: true,
            value: (r) => r.realisedBenefitToDate,
            render: (r) => (
              <MoneyLink
                value={r.realisedBenefitToDate}
                to={financePaths.lines(
                  programmeId,
                  'realisedBenefitToDate',
                  { partner: partner(r) },
                  asOf,
                )}
                describe={`benefits received to date, ${r.name}`}
                testId={`equity-${r.isTotal ? 'total' : r.partnerId}-realisedBenefitToDate`}
              />
            ),
          },
          {
            key: 'realisedCashableToDate',
            header: 'of which cashable',
            numeric: true,
            value: (r) => r.realisedCashableToDate,
            render: (r) => (
              <MoneyLink
                value={r.realisedCashableToDate}
                to={financePaths.lines(
                  programmeId,
                  'realisedCashableToDate',
                  { partner: partner(r) },
                  asOf,
                )}
                describe={`cashable benefits received to date, ${r.name}`}
              />
            ),
          },
          {
            key: 'realisedNonCashableToDate',
            header: 'of which non-cashable',
            numeric: true,
            value: (r) => r.realisedNonCashableToDate,
            render: (r) => (
              <MoneyLink
                value={r.realisedNonCashableToDate}
                to={financePaths.lines(
                  programmeId,
                  'realisedBenefitToDate',
                  { partner: partner(r) },
                  asOf,
                  'non-cashable',
                )}
                describe={`non-cashable benefits received to date, ${r.name}`}
              />
            ),
          },
          share('benefitShareToDate', 'Share of benefits'),
          gap('gapToDate'),
        ];
        const wholeCase: Column<Row>[] = [
          name,
          {
            key: 'forecastCostWholeCase',
            header: 'Forecast costs, whole case',
            numeric: true,
            value: (r) => r.forecastCostWholeCase,
            render: (r) => (
              <MoneyLink
                value={r.forecastCostWholeCase}
                to={financePaths.costLines(
                  programmeId,
                  'forecastCost',
                  { partner: partner(r) },
                  asOf,
                )}
                describe={`forecast costs, whole business case, ${r.name}`}
              />
            ),
          },
          share('forecastCostShare', 'Share of costs'),
          {
            key: 'forecastBenefitWholeCase',
            header: 'Forecast benefits, whole case',
            numeric: true,
            value: (r) => r.forecastBenefitWholeCase,
            render: (r) => (
              <MoneyLink
                value={r.forecastBenefitWholeCase}
                to={financePaths.lines(
                  programmeId,
                  'forecastBenefitWholeCase',
                  { partner: partner(r) },
                  asOf,
                )}
                describe={`forecast benefits, whole business case, ${r.name}`}
              />
            ),
          },
          share('forecastBenefitShare', 'Share of benefits'),
          gap('forecastGap'),
        ];
        const chartData = (basis: 'toDate' | 'wholeCase') =>
          data.partners
            .filter((p) =>
              basis === 'toDate'
                ? p.costToDate !== 0 || p.realisedBenefitToDate !== 0
                : p.forecastCostWholeCase !== 0 || p.forecastBenefitWholeCase !== 0,
            )
            .map((p) => ({
              name: p.name.length > 34 ? `${p.name.slice(0, 33)}…` : p.name,
              [`${basis}Cost`]: basis === 'toDate' ? p.costShareToDate : p.forecastCostShare,
              [`${basis}Benefit`]:
                basis === 'toDate' ? p.benefitShareToDate : p.forecastBenefitShare,
            }));
        const csvHeader = [
          'Partner id',
          'Partner',
          'Costs borne to date (£)',
          'Share of costs to date',
          'Benefits received to date (£)',
          'of which cashable (£)',
          'of which non-cashable (£)',
          'Share of benefits to date',
          'Gap to date',
          'Forecast costs, whole case (£)',
          'Share of forecast costs',
          'Forecast benefits, whole case (£)',
          'Share of forecast benefits',
          'Gap, whole case',
        ];
        const csvRows = rows.map((r) => [
          r.isTotal ? 'total' : r.partnerId,
          r.name,
          r.costToDate,
          r.costShareToDate,
          r.realisedBenefitToDate,
          r.realisedCashableToDate,
          r.realisedNonCashableToDate,
          r.benefitShareToDate,
          r.gapToDate,
          r.forecastCostWholeCase,
          r.forecastCostShare,
          r.forecastBenefitWholeCase,
          r.forecastBenefitShare,
          r.forecastGap,
        ]);
        const toDateCaption = `Partner equity to ${formatDate(data.asOf)}: share of costs borne and of benefits received`;
        const wholeCaption =
          'Partner equity in the business case as a whole: share of forecast costs and benefits';
        return (
          <>
            <BarFigure
              testId="equity-figure"
              caption={toDateCaption}
              description="Costs to date: each year's actual (else forecast) in proportion to the days of the year ended. Benefits: realised benefit of the periods returned, by bearer share."
              series={shareSeries('toDate')}
              table={
                <DataTable
                  caption={toDateCaption}
                  captionHidden
                  columns={toDate}
                  rows={rows}
                  rowKey={(r) => r.partnerId}
                  rowTestId={(r) => `equity-row-${r.isTotal ? 'total' : r.partnerId}`}
                />
              }
              chart={
                <LazyBarChart
                  data={chartData('toDate')}
                  categoryKey="name"
                  series={shareSeries('toDate')}
                  layout="vertical"
                  title={`Bar chart: ${toDateCaption}. The numbers are in the table above.`}
                  formatValue={formatPercent}
                />
              }
              csv={{
                filename: `${programmeId}-partner-equity-${data.asOf}.csv`,
                header: csvHeader,
                rows: csvRows,
              }}
              csvDescription="partner equity"
            />
            <BarFigure
              testId="equity-whole-case-figure"
              caption={wholeCaption}
              description="Forecast costs of every year against every forecast benefit, by bearer share."
              series={shareSeries('wholeCase')}
              table={
                <DataTable
                  caption={wholeCaption}
                  captionHidden
                  columns={wholeCase}
                  rows={rows}
                  rowKey={(r) => r.partnerId}
                  rowTestId={(r) => `equity-whole-case-row-${r.isTotal ? 'total' : r.partnerId}`}
                />
              }
              chart={
                <LazyBarChart
                  data={chartData('wholeCase')}
                  categoryKey="name"
                  series={shareSeries('wholeCase')}
                  layout="vertical"
                  title={`Bar chart: ${wholeCaption}. The numbers are in the table above.`}
                  formatValue={formatPercent}
                />
              }
              csv={{
                filename: `${programmeId}-partner-equity-whole-case-${data.asOf}.csv`,
                header: csvHeader,
                rows: csvRows,
              }}
              csvDescription="partner equity, whole business case"
            />
            <ExportLinks
              apiPath={`${programmePath(programmeId)}/equity`}
              params={{ asOf: data.asOf }}
              description="partner equity"
              testId="equity-export"
              allowed={access.isFinance}
            />
          </>
        );
      }}
    </FinancePage>
  );
}
