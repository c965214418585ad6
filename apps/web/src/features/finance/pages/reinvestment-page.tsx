import type { ReinvestmentPot } from '@outcomes/contract';
import { useParams } from 'react-router';
import { chartColours } from '../../../components/chart-series';
import { DataTable, type Column } from '../../../components/data-table';
import { KeyFigures, SummaryCard } from '../../../components/summary-card';
import { formatDate, formatMoneyCompact, formatRate } from '../../../lib/format';
import { formatPence } from '../lib/finance-format';
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

type Year = ReinvestmentPot['years'][number] & { kind?: 'rounding' | 'total' };

const series: readonly BarSeries[] = [
  {
    key: 'localCashable',
    label: 'Realised cashable benefit, local budgets',
    colour: chartColours.grey,
    pattern: 'hatched',
  },
  { key: 'pot', label: 'Reinvestment pot', colour: chartColours.brand, pattern: 'solid' },
];

const rowKey = (y: Year) => y.kind ?? y.financialYear;

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
        const cashableLink = (budget: 'local' | 'national', year?: string) =>
          financePaths.lines(
            programmeId,
            'realisedCashableToDate',
            { financialYear: year, budget },
            asOf,
          );
        const hasRounding = Object.values(data.rounding).some((v) => v !== 0);
        const rows: Year[] = [
          ...data.years,
          ...(hasRounding
            ? [
                {
                  financialYear: 'Rounding',
                  started: true,
                  ...data.rounding,
                  kind: 'rounding' as const,
                },
              ]
            : []),
          {
            financialYear: 'Total',
            started: true,
            localCashable: data.totalLocalCashable,
            nationalCashable: data.totalNationalCashable,
            pot: data.totalPot,
            kind: 'total',
          },
        ];
        const yearOf = (y: Year) => (y.kind === undefined ? y.financialYear : undefined);
        const money = (
          y: Year,
          value: number,
          budget: 'local' | 'national',
          describe: string,
          column: string,
        ) =>
          y.kind === 'rounding' ? (
            formatPence(value)
          ) : (
            <MoneyLink
              value={value}
              to={cashableLink(budget, yearOf(y))}
              describe={describe}
              testId={`pot-${rowKey(y)}-${column}`}
            />
          );
        const national = data.nationalPartners.map((p) => p.name).join(', ');
        const columns: Column<Year>[] = [
          {
            key: 'financialYear',
            header: 'Financial year',
            rowHeader: true,
            nowrap: true,
            value: (y) => y.kind ?? y.financialYear,
            render: (y) =>
              y.kind === 'total' ? (
                <strong>Total</strong>
              ) : y.kind === 'rounding' ? (
                'Rounding'
              ) : (
                y.financialYear
              ),
          },
          {
            key: 'localCashable',
            header: 'Realised cashable benefit, local budgets',
            numeric: true,
            value: (y) => y.localCashable,
            render: (y) =>
              money(
                y,
                y.localCashable,
                'local',
                `realised cashable benefit to local budgets, ${y.financialYear}`,
                'cashable',
              ),
          },
          {
            key: 'pot',
            header: `Pot (${share} of local)`,
            numeric: true,
            value: (y) => y.pot,
            render: (y) =>
              money(
                y,
                y.pot,
                'local',
                `the local cashable benefit the pot of ${y.financialYear} is ${share} of`,
                'pot',
              ),
          },
          {
            key: 'nationalCashable',
            header: 'Realised cashable benefit, national budgets (not in the pot)',
            numeric: true,
            value: (y) => y.nationalCashable,
            render: (y) =>
              money(
                y,
                y.nationalCashable,
                'national',
                `realised cashable benefit to national budgets, ${y.financialYear}`,
                'national',
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
                hint={`${share} of realised cashable benefit to local budgets`}
              >
                <MoneyLink
                  value={data.totalPot}
                  to={cashableLink('local')}
                  describe="the local cashable benefit the pot is a share of"
                />
              </SummaryCard>
              <SummaryCard
                label="National cashable savings to date (not in the pot)"
                value={data.totalNationalCashable}
                testId="pot-national"
                hint="Savings to budgets the partnership does not control"
              >
                <MoneyLink
                  value={data.totalNationalCashable}
                  to={cashableLink('national')}
                  describe="the cashable savings to national budgets"
                />
              </SummaryCard>
            </KeyFigures>
            <p className="govuk-body" data-testid="pot-explanation">
              The partners pledged {share} of realised cashable benefit to reinvestment. Only
              savings to budgets the partnership controls can be reinvested, so the pot counts
              cashable savings to local budgets only: each year&rsquo;s pot is its local realised
              cashable benefit × {share}. Cashable savings to national budgets
              {national === '' ? '' : ` (${national})`} are real money, but not the partners&rsquo;
              to spend: they are shown beside the pot, never in it. Figures are worked at full
              precision and rounded to the penny when shown; where the rounded years do not add up
              to the rounded total, a rounding row shows the difference. Every figure links to the
              cashable lines behind it.
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
                  rowKey={rowKey}
                  rowTestId={(y) => `pot-row-${rowKey(y)}`}
                />
              }
              chart={
                <LazyBarChart
                  // A year not yet begun has no data: a gap, never a bar of zero.
                  data={data.years.map((y) => ({
                    financialYear: y.financialYear,
                    localCashable: y.started ? y.localCashable : null,
                    pot: y.started ? y.pot : null,
                  }))}
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
                  'Realised cashable benefit, local budgets (£)',
                  'Reinvestment share',
                  'Pot (£)',
                  'Realised cashable benefit, national budgets, not in the pot (£)',
                ],
                rows: rows.map((y) => [
                  y.financialYear,
                  y.localCashable,
                  y.kind === 'rounding' ? '' : data.reinvestmentShare,
                  y.pot,
                  y.nationalCashable,
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
