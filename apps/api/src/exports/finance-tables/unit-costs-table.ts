// The unit-cost register, as a downloadable table.
// Built from the JSON answer itself (already rounded), so a download holds exactly the numbers
// the API and the page show.
import type { UnitCostRegister } from '@outcomes/contract';
import type { ExportTable } from '../export-table.js';
import { percentText, info, col, type ProgrammeInfo } from './common.js';

export function unitCostsTable(register: UnitCostRegister, programme: ProgrammeInfo): ExportTable {
  return {
    fileName: `${programme.id}-unit-costs`,
    title: `Unit-cost register (uprated to ${register.priceBaseYear} prices)`,
    programme: info(programme),
    asOf: null,
    notes: [
      'Uprated value = value as priced × deflator factor; after optimism bias = uprated × (1 − correction).',
    ],
    sheetName: 'Unit costs',
    columns: [
      col('Unit cost'),
      col('Name'),
      col('Per'),
      col('Value as priced (£)', 'money'),
      col('Price year'),
      col('Source'),
      col('Category'),
      col('Confidence grade', 'integer'),
      col('Optimism-bias correction', 'share'),
      col('Deflator factor', 'number'),
      col(`Uprated value, ${register.priceBaseYear} prices (£)`, 'money'),
      col('Value after optimism bias (£)', 'money'),
      col('Cashable share', 'share'),
      col('Bearers'),
      col('Metrics using it'),
    ],
    rows: register.unitCosts.map((u) => [
      u.id,
      u.name,
      u.per,
      u.valueAsPriced,
      u.priceYear,
      u.source,
      u.category,
      u.confidenceGrade,
      u.optimismBias,
      u.deflatorFactor,
      u.upratedValue,
      u.valueAfterOptimismBias,
      u.cashableShare,
      u.bearers.map((b) => `${b.name} ${percentText(b.share)}`).join('; '),
      u.metrics.map((m) => m.name).join('; '),
    ]),
  };
}
