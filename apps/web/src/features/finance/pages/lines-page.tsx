import type { BenefitLineItem, BenefitLines, LedgerMeasure } from '@outcomes/contract';
import { Link, useParams, useSearchParams } from 'react-router';
import { useProgramme } from '../../../api/get-programme';
import { DataTable, type Column } from '../../../components/data-table';
import { NoValue } from '../../../components/no-value';
import { KeyFigures, SummaryCard } from '../../../components/summary-card';
import { formatDate, formatInteger, formatNumber, formatRate } from '../../../lib/format';
import { paths } from '../../../lib/paths';
import { useAsOf, withAsOf } from '../../../lib/use-as-of';
import { programmePath, useBenefitLines, type LinesParams } from '../api/finance-queries';
import { useFinanceAccess } from '../api/use-finance-access';
import { ExportLinks } from '../components/export-links';
import { FinancePage } from '../components/finance-page';
import { formatFactor, formatPence } from '../lib/finance-format';
import { isMeasure, isPart, MEASURE_TEXT, PART_TEXT } from '../lib/finance-labels';

const FILTER_KEYS = [
  'strand',
  'partner',
  'financialYear',
  'metric',
  'outcome',
  'category',
  'unitCost',
  'budget',
] as const;

function useLinesParams(): LinesParams {
  const [search] = useSearchParams();
  const measure = search.get('measure');
  const part = search.get('part');
  const params: LinesParams = {
    measure: isMeasure(measure) ? measure : 'realisedBenefitToDate',
    part: isPart(part) ? part : 'all',
  };
  for (const key of FILTER_KEYS) {
    const value = search.get(key);
    if (!value) continue;
    if (key === 'budget') {
      if (value === 'local' || value === 'national') params.budget = value;
    } else {
      params[key] = value;
    }
  }
  return params;
}

type Named = { id: string; name: string };
const nameOf = (list: readonly Named[] | undefined, id: string) =>
  list?.find((x) => x.id === id)?.name ?? id;

/** "strand Safer Communities, financial year 2014-15": the cell the lines explain, in words. */
function cellText(
  programme: { strands: Named[]; partners: Named[]; outcomes: Named[] } | undefined,
  lines: BenefitLines | undefined,
): string {
  if (!lines) return '';
  const f = lines.filters;
  const name = nameOf;
  const parts = [
    f.strand ? `strand ${name(programme?.strands, f.strand)}` : null,
    f.partner ? `partner ${name(programme?.partners, f.partner)}` : null,
    f.financialYear ? `financial year ${f.financialYear}` : null,
    f.metric ? `metric ${lines.lines[0]?.metricName ?? f.metric}` : null,
    f.outcome ? `outcome ${name(programme?.outcomes, f.outcome)}` : null,
    f.category ? `${f.category} benefits` : null,
    f.unitCost ? `priced with unit cost ${lines.lines[0]?.unitCostName ?? f.unitCost}` : null,
    f.budget ? `borne by ${f.budget} budgets` : null,
  ].filter((p): p is string => p !== null);
  return parts.length === 0 ? 'the whole programme' : parts.join(', ');
}

const realisedMeasure = (m: LedgerMeasure) =>
  m === 'realisedBenefitToDate' || m === 'realisedCashableToDate';

/** The lines behind one ledger cell, with every factor, adding up to the cell. */
export function LinesPage() {
  const { programmeId = '' } = useParams();
  const { asOf } = useAsOf();
  const params = useLinesParams();
  const lines = useBenefitLines(programmeId, params, asOf);
  const access = useFinanceAccess(programmeId);
  const programme = useProgramme(programmeId).data;
  const cell = cellText(programme, lines.data);
  const part = lines.data?.part ?? params.part;
  const measureText = `${MEASURE_TEXT[params.measure]}${part === 'all' ? '' : ` (${PART_TEXT[part]})`}`;

  return (
    <FinancePage
      title={`Lines behind: ${measureText}`}
      section={null}
      asOfShown={lines.data?.asOf}
      query={lines}
      loadingWhat="the lines"
      within={{
        text: 'Lines',
        to: withAsOf(`${paths.programme(programmeId)}/finance/lines`, asOf),
      }}
      intro={
        <p className="govuk-body" data-testid="lines-cell">
          {measureText}, {cell}.
        </p>
      }
    >
      {() => {
        const data = lines.data as BenefitLines;
        const realised = realisedMeasure(data.measure);
        const hasAdditionality = data.lines.some((l) => l.additionalityFactor !== 1);
        const columns: Column<BenefitLineItem>[] = [
          {
            key: 'period',
            header: 'Period',
            rowHeader: true,
            nowrap: true,
            value: (l) => l.periodStart,
            render: (l) => l.label,
          },
          {
            key: 'metric',
            header: 'Metric',
            value: (l) => l.metricId,
            render: (l) => (
              <Link
                className="govuk-link"
                to={withAsOf(paths.metric(programmeId, l.metricId), asOf)}
              >
                {l.metricName}
              </Link>
            ),
          },
          {
            key: 'partner',
            header: 'Bearer',
            value: (l) => l.partnerId,
            render: (l) => nameOf(programme?.partners, l.partnerId),
          },
          {
            key: 'counterfactual',
            header: 'Counter\u00adfactual',
            numeric: true,
            value: (l) => l.counterfactual,
            render: (l) => formatNumber(l.counterfactual),
          },
          {
            key: 'value',
            header: realised ? 'Actual' : 'Forecast',
            numeric: true,
            value: (l) => l.value,
            render: (l) => (l.value === null ? <NoValue /> : formatNumber(l.value)),
          },
          {
            key: 'improvement',
            header: 'Improve\u00adment',
            numeric: true,
            value: (l) => l.improvement,
            render: (l) => (l.improvement === null ? <NoValue /> : formatNumber(l.improvement)),
          },
          {
            key: 'attribution',
            header: 'Attri\u00adbution',
            numeric: true,
            value: (l) => l.attribution,
            render: (l) => formatRate(l.attribution),
          },
          {
            key: 'unitCostAsPriced',
            header: 'Unit cost as priced',
            numeric: true,
            value: (l) => l.unitCostAsPriced,
            render: (l) => (
              <>
                {formatPence(l.unitCostAsPriced)}
                <span className="app-cell-note">{l.priceYear}</span>
              </>
            ),
          },
          {
            key: 'deflatorFactor',
            header: 'Deflator factor',
            numeric: true,
            value: (l) => l.deflatorFactor,
            render: (l) => formatFactor(l.deflatorFactor),
          },
          {
            key: 'upratedUnitCost',
            header: 'Uprated unit cost',
            numeric: true,
            value: (l) => l.upratedUnitCost,
            render: (l) => formatPence(l.upratedUnitCost),
          },
          {
            key: 'optimismBias',
            header: 'Optimism bias',
            numeric: true,
            value: (l) => l.optimismBias,
            render: (l) => formatRate(l.optimismBias),
          },
          {
            key: 'periodLengthFactor',
            header: 'Period-length factor',
            numeric: true,
            value: (l) => l.periodLengthFactor,
            render: (l) => formatFactor(l.periodLengthFactor),
          },
          // Additionality, in the order applied (HCA Additionality Guide): shown only when a
          // line has some, so a pack without it keeps its table as it was.
          ...(hasAdditionality
            ? (
                [
                  ['leakage', 'Less leakage'],
                  ['displacement', 'Less displace\u00adment'],
                  ['substitution', 'Less substi\u00adtution'],
                  ['deadweight', 'Less dead\u00adweight'],
                  ['additionalityFactor', 'Additional share'],
                ] as const
              ).map(([key, header]): Column<BenefitLineItem> => ({
                key,
                header,
                numeric: true,
                value: (l) => l[key],
                render: (l) =>
                  key === 'additionalityFactor' ? formatFactor(l[key]) : formatRate(l[key]),
              }))
            : []),
          {
            key: 'bearerShare',
            header: 'Bearer share',
            numeric: true,
            value: (l) => l.bearerShare,
            render: (l) => formatFactor(l.bearerShare),
          },
          {
            key: 'cashableShare',
            header: 'Cashable share',
            numeric: true,
            value: (l) => l.cashableShare,
            render: (l) => formatRate(l.cashableShare),
          },
          {
            key: 'partFactor',
            header: 'Part counted',
            numeric: true,
            value: (l) => l.partFactor,
            render: (l) => formatFactor(l.partFactor),
          },
          {
            key: 'amount',
            header: '£',
            numeric: true,
            value: (l) => l.amount,
            render: (l) => <strong>{formatPence(l.amount)}</strong>,
          },
        ];
        return (
          <>
            <KeyFigures>
              <SummaryCard
                label={measureText}
                value={data.total}
                testId="lines-total"
                hint="The exact sum of the lines below, rounded once"
              >
                {formatPence(data.total)}
              </SummaryCard>
              <SummaryCard label="Lines" value={data.lineCount} testId="lines-count">
                {formatInteger(data.lineCount)}
              </SummaryCard>
            </KeyFigures>
            <div className="govuk-inset-text">
              Each line is one bearer&rsquo;s share of one metric period. £ = improvement ×
              attribution × unit cost as priced × deflator factor × (1 − optimism bias) ×
              period-length factor{hasAdditionality ? ' × additional share' : ''} × bearer share ×
              part counted, shown rounded to the penny. The figure above is the sum of the lines at
              full precision, rounded once, so it is the same value as the cell it explains. The
              improvement is the counterfactual less the {realised ? 'actual' : 'forecast'} where
              lower is better (the other way round where higher is better).
              {data.part === 'non-cashable'
                ? ' The non-cashable part of a line is the line less its cashable part, so the two always add up to it.'
                : ''}
            </div>
            <DataTable
              caption={`${data.lineCount} lines as of ${formatDate(data.asOf)}, totalling ${formatPence(data.total)}`}
              captionSize="s"
              columns={columns}
              rows={data.lines}
              rowKey={(l) => `${l.metricId}-${l.periodStart}-${l.partnerId}`}
              rowTestId={(l) => `line-${l.metricId}-${l.periodStart}-${l.partnerId}`}
              empty="No lines: nothing counts in this figure."
              // The unfiltered programme has over a thousand lines: the first hundred, the rest
              // one click away (and every line in the CSV and XLSX below).
              limit={100}
            />
            {data.rounding === 0 ? null : (
              <p className="govuk-body" data-testid="lines-rounding" data-value={data.rounding}>
                Rounding: {formatPence(data.rounding)}. The lines as shown add up to{' '}
                {formatPence(data.total - data.rounding)}; the total, worked at full precision and
                rounded once, is {formatPence(data.total)}.
              </p>
            )}
            <ExportLinks
              apiPath={`${programmePath(programmeId)}/benefits/lines`}
              params={{
                ...params,
                part: params.part === 'all' ? undefined : params.part,
                asOf: data.asOf,
              }}
              description="these lines"
              testId="lines-export"
              allowed={access.isFinance}
            />
          </>
        );
      }}
    </FinancePage>
  );
}
