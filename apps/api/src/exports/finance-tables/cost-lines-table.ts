// The cost lines behind a cost figure, as a downloadable table.
// Built from the JSON answer itself (already rounded), so a download holds exactly the numbers
// the API and the page show.
import type { CostLines } from '@outcomes/contract';
import type { ExportTable } from '../export-table.js';
import { filterText, info, col, type ProgrammeInfo } from './common.js';

export function costLinesTable(lines: CostLines, programme: ProgrammeInfo): ExportTable {
  const suffix = Object.values(lines.filters)
    .filter((v): v is string => v !== null)
    .join('-');
  return {
    fileName: `${programme.id}-costs-${lines.measure}${suffix ? `-${suffix}` : ''}-${lines.asOf}`,
    title: `Cost rows behind ${lines.measure === 'forecastCost' ? 'forecast cost' : 'cost to date'}, ${filterText(lines.filters)}`,
    programme: info(programme),
    asOf: lines.asOf,
    notes: [
      'Cost to date: each row counts in proportion to the days of its financial year ended by the as-of date, using its actual where known, else its forecast (the basis column says which).',
    ],
    sheetName: 'Cost rows',
    columns: [
      col('Strand'),
      col('Partner'),
      col('Financial year'),
      col('Kind'),
      col('Forecast (£)', 'money'),
      col('Actual (£)', 'money'),
      col('Year ended'),
      col('Share of year counted', 'ratio'),
      col('Basis'),
      col('Counted (£)', 'money'),
    ],
    rows: [
      ...lines.lines.map((l) => [
        l.strandId,
        l.partnerId,
        l.financialYear,
        l.kind,
        l.forecast,
        l.actual,
        l.ended,
        l.fraction,
        l.basis,
        l.amount,
      ]),
      ...(lines.rounding === 0
        ? []
        : [['rounding', 'Rounding', null, null, null, null, null, null, null, lines.rounding]]),
      ['total', 'Total', null, null, null, null, null, null, null, lines.total],
    ],
  };
}
