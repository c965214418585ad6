// The GMCA cost-benefit model's view on the returns page (issue 18): fiscal, economic and
// social value stacked, and the financial ROI (fiscal only) beside the public value ROI (all
// three), for the business case and realised to date. Tables only: every number comes from the
// API's /value-stack answer (the web app computes no money).
import type { ValueParts, ValueStackBasis, ValueStackBlock } from '@outcomes/contract';
import { DataTable, type Column } from '../../../components/data-table';
import { NoValue } from '../../../components/no-value';
import { formatDate, formatMoney } from '../../../lib/format';
import { useAsOf } from '../../../lib/use-as-of';
import { programmePath } from '../api/finance-queries';
import { useValueStack } from '../api/value-stack-query';
import { ExportLinks } from './export-links';
import { formatRatio } from '../lib/finance-format';

interface PartRow {
  key: keyof ValueParts;
  label: string;
}

const PARTS: readonly PartRow[] = [
  { key: 'fiscal', label: 'Fiscal (public spending)' },
  { key: 'economic', label: 'Economic (people and firms)' },
  { key: 'social', label: 'Social (health and well-being)' },
  { key: 'total', label: 'Total public value' },
];

interface ReturnRow {
  key: string;
  label: string;
  fiscal: (b: ValueStackBasis) => number | null;
  publicValue: (b: ValueStackBasis) => number | null;
  money: boolean;
}

const RETURNS: readonly ReturnRow[] = [
  {
    key: 'discounted-roi',
    label: 'Return on investment, present values',
    fiscal: (b) => b.discountedFinancialReturnOnInvestment,
    publicValue: (b) => b.discountedPublicValueReturnOnInvestment,
    money: false,
  },
  {
    key: 'roi',
    label: 'Return on investment, undiscounted',
    fiscal: (b) => b.financialReturnOnInvestment,
    publicValue: (b) => b.publicValueReturnOnInvestment,
    money: false,
  },
  {
    key: 'net-present',
    label: 'Net present value (benefit less cost)',
    fiscal: (b) => b.netPresentBudgetImpact,
    publicValue: (b) => b.netPresentPublicValue,
    money: true,
  },
];

const show = (v: number | null, money: boolean) =>
  v === null ? <NoValue label="No cost yet" /> : money ? formatMoney(v) : formatRatio(v);

export function ValueStackSection({
  programmeId,
  scope,
  scopeName,
  canExport,
}: {
  programmeId: string;
  scope: string;
  scopeName: string;
  canExport: boolean;
}) {
  const { asOf } = useAsOf();
  const stack = useValueStack(programmeId, asOf);
  if (stack.isPending)
    return <p className="govuk-body">Loading fiscal, economic and social value…</p>;
  if (stack.isError) {
    return (
      <p className="govuk-body" role="alert">
        Fiscal, economic and social value could not be loaded.
      </p>
    );
  }
  const data = stack.data;
  const block: ValueStackBlock = data.strands.find((s) => s.id === scope) ?? data.programme;
  const when = formatDate(data.asOf);
  const partColumns: Column<PartRow>[] = [
    {
      key: 'part',
      header: 'Value',
      rowHeader: true,
      value: (r) => r.key,
      render: (r) => r.label,
    },
    ...(
      [
        ['businessCase', 'value', 'Business case'],
        ['businessCase', 'presentValue', 'Business case, present value'],
        ['realisedToDate', 'value', 'Realised to date'],
        ['realisedToDate', 'presentValue', 'Realised to date, present value'],
      ] as const
    ).map(([basis, measure, header]): Column<PartRow> => ({
      key: `${basis}-${measure}`,
      header,
      numeric: true,
      value: (r) => block[basis][measure][r.key],
      render: (r) => formatMoney(block[basis][measure][r.key]),
    })),
  ];
  const returnColumns: Column<ReturnRow>[] = [
    {
      key: 'measure',
      header: 'Measure',
      rowHeader: true,
      value: (r) => r.key,
      render: (r) => r.label,
    },
    ...(
      [
        ['businessCase', 'fiscal', 'Financial, business case'],
        ['businessCase', 'publicValue', 'Public value, business case'],
        ['realisedToDate', 'fiscal', 'Financial, realised to date'],
        ['realisedToDate', 'publicValue', 'Public value, realised to date'],
      ] as const
    ).map(([basis, which, header]): Column<ReturnRow> => ({
      key: `${basis}-${which}`,
      header,
      numeric: true,
      value: (r) => r[which](block[basis]),
      render: (r) => show(r[which](block[basis]), r.money),
    })),
  ];
  return (
    <section aria-labelledby="value-stack-heading" data-testid="value-stack">
      <h2 className="govuk-heading-m" id="value-stack-heading">
        Fiscal, economic and social value
      </h2>
      <p className="govuk-body">
        As the GMCA cost-benefit model sets them out: fiscal value is the change in public spending
        (split by the partners who bear it), economic value the gains to people and firms, social
        value health and well-being. The financial return on investment counts fiscal value only;
        the public value return counts all three. Both are set against the same costs, in the
        programme&rsquo;s price base with the optimism-bias uplift on forecast costs.
      </p>
      <DataTable
        caption={`Value by kind, ${scopeName}, as of ${when}`}
        columns={partColumns}
        rows={PARTS}
        rowKey={(r) => r.key}
        rowTestId={(r) => `value-stack-${r.key}`}
      />
      <DataTable
        caption={`Financial and public value returns side by side, ${scopeName}, as of ${when}`}
        columns={returnColumns}
        rows={RETURNS}
        rowKey={(r) => r.key}
        rowTestId={(r) => `value-stack-return-${r.key}`}
      />
      <ExportLinks
        apiPath={`${programmePath(programmeId)}/value-stack`}
        params={{ asOf: data.asOf }}
        description="fiscal, economic and social value for the programme, every strand and outcome"
        testId="value-stack-export"
        allowed={canExport}
      />
    </section>
  );
}
