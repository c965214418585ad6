import type { TableCount } from './copy-errors.js';

const number = new Intl.NumberFormat('en-GB');

/** The count check as a plain-text table, a line per table and a total; differences are marked. */
export function formatCounts(counts: readonly TableCount[]): string[] {
  const total = counts.reduce(
    (sum, c) => ({ table: 'total', source: sum.source + c.source, target: sum.target + c.target }),
    { table: 'total', source: 0, target: 0 },
  );
  const rows = [...counts, total].map((c) => ({
    table: c.table,
    source: number.format(c.source),
    target: number.format(c.target),
    mark: c.source === c.target ? '' : '  ← differs',
  }));
  const width = (pick: (r: { table: string; source: string; target: string }) => string) =>
    Math.max(
      ...[{ table: 'table', source: 'source', target: 'target' }, ...rows].map(
        (r) => pick(r).length,
      ),
    );
  const t = width((r) => r.table);
  const s = width((r) => r.source);
  const g = width((r) => r.target);
  const line = (table: string, source: string, target: string, mark = '') =>
    `  ${table.padEnd(t)}  ${source.padStart(s)}  ${target.padStart(g)}${mark}`;
  return [
    line('table', 'source', 'target'),
    ...rows.map((r) => line(r.table, r.source, r.target, r.mark)),
  ];
}
