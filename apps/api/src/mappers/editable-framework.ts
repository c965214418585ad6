// The stored framework as the admins' metric and unit-cost forms start from it: the live rows
// (what the next edit reads back and changes), not the business-case version in force.
import type { EditableFramework } from '@outcomes/contract';
import type { Pack } from '@outcomes/db';
import { toEditableBusinessCase } from './editable-business-case.js';

export function toEditableFramework(pack: Pack): EditableFramework {
  return {
    programmeId: pack.programme.id,
    ...toEditableBusinessCase(pack),
    metrics: pack.metrics.map((m) => ({
      id: m.id,
      strandId: m.strandId,
      name: m.name,
      unit: m.unit,
      attribution: m.attribution,
      source: m.source,
      frequency: m.frequency,
      retiredFrom: m.retiredFrom ?? null,
    })),
    unitCosts: pack.unitCosts.map((u) => ({
      id: u.id,
      name: u.name,
      per: u.per,
      // Whole pence over 100: exact to the penny as the form shows it.
      valueGbp: u.valuePence / 100,
      priceYear: u.priceYear,
      source: u.source,
      confidenceGrade: u.confidenceGrade,
      cashableShare: u.cashableShare,
    })),
  };
}
