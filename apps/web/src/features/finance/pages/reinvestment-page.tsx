import type { ReinvestmentPot } from '@outcomes/contract';
import { useParams } from 'react-router';
import { chartColours } from '../../../components/chart-series';
import { DataTable, type Column } from '../../../components/data-table';
import { KeyFigures, SummaryCard } from '../../../components/summary-card';
import { formatDate, formatMoneyCompact, formatRate } from '../../../lib/format';
import { useAsOf } from '../../../lib/use-as-of';
import { programmePath, useReinvestment } from '../api/finance-queries';
import { useFinanceAccess } from '../api/use-finance-access';
import { BarFigure } from '../components/bar-figure';
import type { BarSeries } from '../components/bar-series';
import { ExportLinks } from '../components/export-links';
import { FinancePage } from '../components/finance-page';
import { LazyBarChart } from '../components/lazy-bar-chart';
import { MoneyLink } from '../components/money-link';
import { financePaths } from '../lib/finance-paths';

type Year = ReinvestmentPot['years'][number] & { isTotal?: boolean };

const series: readonly BarSeries[] = [
  {
    key: 'realisedCashable',
    label: 'Realised cashable benefit',
    colour: chartColours.grey,
    pattern: 'hatched',
  },
  { key: 'pot', label: 'Reinvestment pot', colour: chartColours.brand, pattern: 'solid' },
];

/** The partners' pledge: a share of realised cashable savings put back into early help. */
export function ReinvestmentPage() {
  const { programmeId = '' } = useParams();
  const { asOf } = useAsOf();
  const pot = useReinvestment(programmeId, asOf);
  const access = useFinanceAccess(programmeId);

  return (
    <FinancePage
      title="Reinvestment pot"
      section="reinvestment"
      asOfShown={pot.data?.asOf}
      query={pot}
      loadingWhat="the reinvestment pot"
    >
      {() => {
        const data = pot.data as ReinvestmentPot;
        const share = formatRate(data.reinvestmentShare);
        const cashableLink = (year?: string) =>
          financePaths.lines(programmeId, 'realisedCashableToDate', { financialYear: year }, asOf);
        const rows: Year[] = [
          ...data.years,
          {
            financialYear: 'Total',
            realisedCashable: data.totalRealisedCashable,
            pot: data.totalPot,
            isTotal: true,
          },
        ];
        const columns: Column<Year>[] = [
          {
            key: 'financialYear',
            header: 'Financial year',
            rowHeader: true,
            nowrap: true,
            value: (y) => (y.isTotal ? 'total' : y.financialYear),
            render: (y) => (y.isTotal ? <strong>Total</strong> : y.financialYear),
          },
          {
            key: 'realisedCashable',
            header: 'Realised cashable benefit',
            numeric: true,
            value: (y) => y.realisedCashable,
            render: (y) => (
              <MoneyLink
                value={y.realisedCashable}
                to={cashableLink(y.isTotal ? undefined : y.financialYear)}
                describe={`realised cashable benefit, ${y.financialYear}`}
                testId={`pot-${y.isTotal ? 'total' : y.financialYear}-cashable`}
              />
            ),
          },
          {
            key: 'pot',
            header: `Pot (${share})`,
            numeric: true,
            value: (y) => y.pot,
            render: (y) => (
              <MoneyLink
                value={y.pot}
                to={cashableLink(y.isTotal ? undefined : y.financialYear)}
                describe={`the cashable benefit the pot of ${y.financialYear} is ${share} of`}
                testId={`pot-${y.isTotal ? 'total' : y.financialYear}-pot`}
              />
            ),
          },
        ];
        const caption = `Reinvestment pot by financial year, as of ${formatDate(data.asOf)}`;
        return (
          <>
            <KeyFigures>
              <SummaryCard
                label="Reinvestment pot to date"
                value={data.totalPot}
                testId="pot-total"
                hint={`${share} of realised cashable benefit`}
              >
                <MoneyLink
                  value={data.totalPot}
                  to={cashableLink()}
                  describe="the cashable benefit the pot is a share of"
                />
              </SummaryCard>
            </KeyFigures>
            <p className="govuk-body">
              The partners pledged {share} of realised cashable benefit to reinvestment. Each
              year&rsquo;s pot is its realised cashable benefit × {share}, rounded to the penny; the
              total adds up the years. Every figure links to the cashable lines behind it.
            </p>
            <BarFigure
              testId="pot-figure"
              caption={caption}
              series={series}
              table={
                <DataTable
                  caption={caption}
                  captionHidden
                  columns={columns}
                  rows={rows}
                  rowKey={(y) => y.financialYear}
                  rowTestId={(y) => `pot-row-${y.isTotal ? 'total' : y.financialYear}`}
                />
              }
              chart={
                <LazyBarChart
                  data={data.years.map((y) => ({ ...y }))}
                  categoryKey="financialYear"
                  series={series}
                  title={`Bar chart: ${caption}. The numbers are in the table above.`}
                  formatValue={formatMoneyCompact}
                />
              }
              csv={{
                filename: `${programmeId}-reinvestment-pot-${data.asOf}.csv`,
                header: [
                  'Financial year',
                  'Realised cashable benefit (£)',
                  'Reinvestment share',
                  'Pot (£)',
                ],
                rows: rows.map((y) => [
                  y.financialYear,
                  y.realisedCashable,
                  data.reinvestmentShare,
                  y.pot,
                ]),
              }}
              csvDescription="reinvestment pot by year"
            />
            <ExportLinks
              apiPath={`${programmePath(programmeId)}/reinvestment`}
              params={{ asOf: data.asOf }}
              description="the reinvestment pot"
              testId="pot-export"
              allowed={access.isFinance}
            />
          </>
        );
      }}
    </FinancePage>
  );
}
