// Two business case versions side by side, as tables (the API worked every figure out): totals and
// each strand (forecast benefit, cost, net), each metric's forecast benefit, and every changed figure.
import type { VersionComparisonView } from '@outcomes/contract';
import { DataTable, type Column } from '../../../components/data-table';
import { formatMoney } from '../../../lib/format';

type Side = VersionComparisonView['a'];
type Figures = VersionComparisonView['totals']['a'];
const label = (s: Side) => `v${s.version} ${s.name}`;
const money = (n: number | null) => (n === null ? 'Not monetised' : formatMoney(n));
const value = (v: number | string | null) =>
  v === null ? 'None' : typeof v === 'number' ? v.toLocaleString('en-GB') : v;

const FIGURES = [
  ['forecastBenefit', 'Forecast benefit'],
  ['forecastCost', 'Forecast cost'],
  ['net', 'Net'],
] as const;

interface Row {
  key: string;
  strand: string;
  figure: string;
  a: number | null;
  b: number | null;
  difference: number | null;
}

function figureRows(key: string, strand: string, a: Figures, b: Figures, d: Figures): Row[] {
  return FIGURES.map(([k, name]) => ({
    key: `${key}-${k}`,
    strand,
    figure: name,
    a: a[k],
    b: b[k],
    difference: d[k],
  }));
}

/** Version a, version b and their difference, as money: the same three columns in both tables. */
function sideBySide<T extends Pick<Row, 'a' | 'b' | 'difference'>>(
  c: VersionComparisonView,
): Column<T>[] {
  const moneyColumn = (key: 'a' | 'b' | 'difference', header: string): Column<T> => ({
    key,
    header,
    numeric: true,
    value: (r) => r[key],
    render: (r) => money(r[key]),
  });
  return [
    moneyColumn('a', label(c.a)),
    moneyColumn('b', label(c.b)),
    moneyColumn('difference', 'Difference'),
  ];
}

export function VersionComparison({ comparison }: { comparison: VersionComparisonView }) {
  const c = comparison;
  const rows: Row[] = [
    ...figureRows('totals', 'Whole programme', c.totals.a, c.totals.b, c.totals.difference),
    ...c.strands.flatMap((s) => figureRows(s.strandId, s.name, s.a, s.b, s.difference)),
  ];
  const metricRows = c.strands.flatMap((s) => s.metrics.map((m) => ({ ...m, strand: s.name })));
  return (
    <div data-testid="version-comparison">
      <DataTable
        caption={`Forecast benefit, cost and net: ${label(c.a)} against ${label(c.b)}`}
        columns={[
          { key: 'strand', header: 'Strand', rowHeader: true, render: (r) => r.strand },
          { key: 'figure', header: 'Figure', render: (r) => r.figure },
          ...sideBySide(c),
        ]}
        rows={rows}
        rowKey={(r) => r.key}
        rowTestId={(r) => `comparison-${r.key}`}
      />
      <DataTable
        caption="Forecast benefit by metric"
        columns={[
          { key: 'metric', header: 'Metric', rowHeader: true, render: (r) => r.name },
          { key: 'strand', header: 'Strand', render: (r) => r.strand },
          ...sideBySide(c),
        ]}
        rows={metricRows}
        rowKey={(r) => r.metricId}
      />
      <DataTable
        caption="Figures that changed"
        columns={[
          { key: 'kind', header: 'What', rowHeader: true, render: (r) => r.kind.replace('-', ' ') },
          { key: 'item', header: 'Item', render: (r) => r.item },
          { key: 'field', header: 'Period or field', render: (r) => r.field },
          { key: 'a', header: label(c.a), numeric: true, render: (r) => value(r.a) },
          { key: 'b', header: label(c.b), numeric: true, render: (r) => value(r.b) },
        ]}
        rows={c.changes}
        rowKey={(r) => `${r.kind}-${r.item}-${r.field}`}
        rowTestId={() => 'comparison-change'}
        empty="No forecast, cost or unit cost differs between these versions."
      />
    </div>
  );
}
