// Two business case versions compared, as one CSV table through core's shared writer (formula-
// injection safe): a row per figure of the totals, each strand and each metric, then a row per
// changed input figure. Money is rounded to the penny first; every row names the programme.
import type { VersionComparisonView } from '@outcomes/contract';
import { roundToPence, toCsv, type CsvCell } from '@outcomes/core';

const FIGURES = [
  ['forecastBenefit', 'Forecast benefit (£)'],
  ['forecastCost', 'Forecast cost (£)'],
  ['net', 'Net (£)'],
] as const;

export function comparisonCsv(c: VersionComparisonView): Buffer {
  const label = (side: { version: number; name: string }) => `v${side.version} ${side.name}`;
  const header = [
    'Programme',
    'Section',
    'Strand',
    'Item',
    'Figure',
    label(c.a),
    label(c.b),
    'Difference',
  ];
  const rows: CsvCell[][] = [];
  for (const [key, name] of FIGURES) {
    rows.push([
      c.programmeId,
      'Totals',
      '',
      '',
      name,
      c.totals.a[key],
      c.totals.b[key],
      c.totals.difference[key],
    ]);
  }
  for (const s of c.strands) {
    for (const [key, name] of FIGURES) {
      rows.push([c.programmeId, 'Strand', s.name, '', name, s.a[key], s.b[key], s.difference[key]]);
    }
    for (const m of s.metrics) {
      rows.push([
        c.programmeId,
        'Metric',
        s.name,
        m.name,
        'Forecast benefit (£)',
        m.a,
        m.b,
        m.difference,
      ]);
    }
  }
  for (const change of c.changes) {
    const difference =
      typeof change.a === 'number' && typeof change.b === 'number' ? change.b - change.a : null;
    rows.push([
      c.programmeId,
      `Changed ${change.kind}`,
      change.strandId ?? '',
      change.item,
      change.field,
      change.a,
      change.b,
      difference,
    ]);
  }
  return Buffer.from(toCsv(header, rows, { byteOrderMark: true }), 'utf8');
}

type Figures = VersionComparisonView['totals']['a'];
const pence = (f: Figures): Figures => ({
  forecastBenefit: roundToPence(f.forecastBenefit),
  forecastCost: roundToPence(f.forecastCost),
  net: roundToPence(f.net),
});
const penceOrNull = (n: number | null) => (n === null ? null : roundToPence(n));

/** The comparison with every money figure rounded to the penny, as the other read views are. */
export function toComparisonView(c: VersionComparisonView): VersionComparisonView {
  return {
    ...c,
    totals: { a: pence(c.totals.a), b: pence(c.totals.b), difference: pence(c.totals.difference) },
    strands: c.strands.map((s) => ({
      ...s,
      a: pence(s.a),
      b: pence(s.b),
      difference: pence(s.difference),
      metrics: s.metrics.map((m) => ({
        ...m,
        a: penceOrNull(m.a),
        b: penceOrNull(m.b),
        difference: penceOrNull(m.difference),
      })),
    })),
  };
}
