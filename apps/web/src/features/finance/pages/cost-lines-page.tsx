import type { CostLine, CostLines } from '@outcomes/contract';
import { useParams, useSearchParams } from 'react-router';
import { DataTable, type Column } from '../../../components/data-table';
import { NoValue } from '../../../components/no-value';
import { KeyFigures, SummaryCard } from '../../../components/summary-card';
import { formatDate, formatInteger, formatPercent } from '../../../lib/format';
import { paths } from '../../../lib/paths';
import { useAsOf, withAsOf } from '../../../lib/use-as-of';
import { programmePath, useCostLines, type CostLinesParams } from '../api/finance-queries';
import { useFinanceAccess } from '../api/use-finance-access';
import { ExportLinks } from '../components/export-links';
import { FinancePage } from '../components/finance-page';
import { formatFactor, formatPence } from '../lib/finance-format';
import { COST_MEASURE_TEXT, isCostMeasure } from '../lib/finance-labels';

function useCostParams(): CostLinesParams {
  const [search] = useSearchParams();
  const measure = search.get('measure');
  const kind = search.get('kind');
  const params: CostLinesParams = {
    measure: isCostMeasure(measure) ? measure : 'actualCostToDate',
  };
  for (const key of ['strand', 'partner', 'financialYear'] as const) {
    const value = search.get(key);
    if (value) params[key] = value;
  }
  if (kind === 'transition' || kind === 'running') params.kind = kind;
  return params;
}

/** The cost rows (costs.csv) behind a cost figure, adding up to it. */
export function CostLinesPage() {
  const { programmeId = '' } = useParams();
  const { asOf } = useAsOf();
  const params = useCostParams();
  const lines = useCostLines(programmeId, params, asOf);
  const access = useFinanceAccess(programmeId);
  const measureText = COST_MEASURE_TEXT[params.measure];
  const filterText = [params.strand, params.partner, params.financialYear, params.kind]
    .filter(Boolean)
    .join(', ');

  return (
    <FinancePage
      title={`Cost rows behind: ${measureText}`}
      section={null}
      asOfShown={lines.data?.asOf}
      query={lines}
      loadingWhat="the cost rows"
      within={{
        text: 'Cost rows',
        to: withAsOf(`${paths.programme(programmeId)}/finance/cost-lines`, asOf),
      }}
      intro={
        <p className="govuk-body" data-testid="cost-lines-cell">
          {measureText}, {filterText || 'the whole programme'}. Cost to date counts each annual cost
          in proportion to the days of its financial year ended by the as-of date, so a year still
          running counts part of its cost, over the same periods as the benefits to date. It uses
          the year&rsquo;s actual where given, else its forecast (the &ldquo;From&rdquo; column says
          which).
        </p>
      }
    >
      {() => {
        const data = lines.data as CostLines;
        const appraised = data.lines.some((l) => l.deflatorFactor !== 1 || l.optimismBias !== 0);
        const money = (
          key: 'forecast' | 'actual' | 'amount' | 'forecastAsGiven',
          header: string,
        ): Column<CostLine> => ({
          key,
          header,
          numeric: true,
          value: (l) => l[key],
          render: (l) =>
            l[key] === null ? <NoValue label="Not known" /> : formatPence(l[key] as number),
        });
        const columns: Column<CostLine>[] = [
          {
            key: 'financialYear',
            header: 'Financial year',
            rowHeader: true,
            nowrap: true,
            value: (l) => l.financialYear,
            render: (l) => l.financialYear,
          },
          { key: 'strand', header: 'Strand', value: (l) => l.strandId, render: (l) => l.strandId },
          {
            key: 'partner',
            header: 'Partner',
            value: (l) => l.partnerId,
            render: (l) => l.partnerId,
          },
          {
            key: 'kind',
            header: 'Kind',
            value: (l) => l.kind,
            render: (l) => (l.kind === 'transition' ? 'Transition' : 'Running'),
          },
          // How each row was appraised (price base, optimism bias on the forecast): shown only
          // when some row was changed, so a pack without the columns keeps its table.
          ...(appraised
            ? [
                money('forecastAsGiven', 'Forecast as given'),
                {
                  key: 'priceYear',
                  header: 'Prices of',
                  value: (l: CostLine) => l.priceYear,
                  render: (l: CostLine) => l.priceYear ?? 'Price base',
                },
                {
                  key: 'deflatorFactor',
                  header: 'Deflator factor',
                  numeric: true,
                  value: (l: CostLine) => l.deflatorFactor,
                  render: (l: CostLine) => formatFactor(l.deflatorFactor),
                },
                {
                  key: 'optimismBias',
                  header: 'Optimism-bias uplift',
                  numeric: true,
                  value: (l: CostLine) => l.optimismBias,
                  render: (l: CostLine) => formatPercent(l.optimismBias),
                },
              ]
            : []),
          money('forecast', 'Forecast'),
          money('actual', 'Actual'),
          {
            key: 'ended',
            header: 'Year ended',
            value: (l) => l.ended,
            render: (l) => (l.ended ? 'Yes' : 'No'),
          },
          {
            key: 'fraction',
            header: 'Share of year',
            numeric: true,
            value: (l) => l.fraction,
            render: (l) => formatPercent(l.fraction),
          },
          {
            key: 'basis',
            header: 'From',
            value: (l) => l.basis,
            render: (l) => (l.basis === 'actual' ? 'Actual' : 'Forecast'),
          },
          money('amount', 'Counted'),
        ];
        return (
          <>
            <KeyFigures>
              <SummaryCard
                label={measureText}
                value={data.total}
                testId="cost-lines-total"
                hint="The exact sum of the rows below, rounded once"
              >
                {formatPence(data.total)}
              </SummaryCard>
              <SummaryCard label="Rows" value={data.lineCount} testId="cost-lines-count">
                {formatInteger(data.lineCount)}
              </SummaryCard>
            </KeyFigures>
            <DataTable
              caption={`${data.lineCount} cost rows as of ${formatDate(data.asOf)}, totalling ${formatPence(data.total)}`}
              captionSize="s"
              columns={columns}
              rows={data.lines}
              rowKey={(l) => `${l.strandId}-${l.partnerId}-${l.financialYear}-${l.kind}`}
              empty="No cost rows count in this figure."
            />
            {data.rounding === 0 ? null : (
              <p className="govuk-body" data-testid="cost-lines-rounding">
                Rounding: {formatPence(data.rounding)}. The rows as shown add up to{' '}
                {formatPence(data.total - data.rounding)}; the total, worked at full precision and
                rounded once, is {formatPence(data.total)}.
              </p>
            )}
            <ExportLinks
              apiPath={`${programmePath(programmeId)}/costs/lines`}
              params={{ ...params, asOf: data.asOf }}
              description="these cost rows"
              testId="cost-lines-export"
              allowed={access.isFinance}
            />
          </>
        );
      }}
    </FinancePage>
  );
}
