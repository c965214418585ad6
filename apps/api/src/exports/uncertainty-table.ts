// The uncertainty answer as a downloadable table (CSV through core's toCsv, or XLSX): switching
// values, the Monte Carlo percentiles and the histogram, one section after another, built from
// the JSON answer so the file holds exactly the numbers the page shows.
import type { Uncertainty } from '@outcomes/contract';
import type { Programme } from '@outcomes/core';
import type { ExportCell, ExportTable } from './export-table.js';

type ProgrammeInfo = Pick<Programme, 'id' | 'name' | 'place' | 'illustrative'>;

const describeRange = (d: Uncertainty['inputs'][number]['distribution']) =>
  d.type === 'triangular'
    ? `triangular: min ${d.min}, most likely ${d.mode}, max ${d.max}`
    : `uniform: min ${d.min}, max ${d.max}`;

export function uncertaintyTable(u: Uncertainty, programme: ProgrammeInfo): ExportTable {
  const mc = u.monteCarlo;
  const rows: ExportCell[][] = [
    ['Business case', 'Net present value (£)', u.netPresentValue, null, ''],
    ...u.switchingValues.map((s): ExportCell[] => [
      'Switching value',
      s.label,
      s.switchingValue,
      s.change,
      s.switchingValue === null
        ? 'NPV keeps its sign across the whole search range'
        : `${s.method}; pack value ${s.central}`,
    ]),
    ...u.inputs.map((i): ExportCell[] => [
      'Monte Carlo range',
      i.label,
      null,
      null,
      `${i.meaning}; ${describeRange(i.distribution)}`,
    ]),
    ...(['p10', 'p50', 'p90', 'mean', 'min', 'max'] as const).map((k): ExportCell[] => [
      'Monte Carlo',
      `${k.toUpperCase()} net present value (£)`,
      mc[k],
      null,
      `${mc.draws} draws, seed ${mc.seed}`,
    ]),
    ['Monte Carlo', 'Share of draws below zero', mc.shareBelowZero, null, ''],
    ...mc.histogram.map((b): ExportCell[] => [
      'Histogram',
      `£${b.from} to £${b.to}`,
      b.count,
      null,
      'draws in the bin',
    ]),
  ];
  return {
    fileName: `${programme.id}-uncertainty-${u.asOf}-seed-${mc.seed}`,
    title: 'Uncertainty: switching values and Monte Carlo of the business case NPV',
    programme: {
      id: programme.id,
      name: programme.name,
      place: programme.place,
      illustrative: programme.illustrative,
    },
    asOf: u.asOf,
    notes: [
      'Switching value: the value of one input, the others at the pack’s values, at which the business case’s net present value is zero (Green Book, chapter 5).',
      'Multipliers are multiples of the pack’s value; shifts are fractions (0.01 is one percentage point).',
      `Monte Carlo: ${mc.draws} draws from the ranges listed, seed ${mc.seed}; percentiles by linear interpolation.`,
    ],
    sheetName: 'Uncertainty',
    columns: [
      { header: 'Section', kind: 'text' },
      { header: 'Item', kind: 'text' },
      { header: 'Value', kind: 'number' },
      { header: 'Change from the pack', kind: 'number' },
      { header: 'Note', kind: 'text' },
    ],
    rows,
  };
}
