// What every finance download shares: the programme's identity, column helpers and the rounding
// note. Each table in this folder is built from the JSON answer itself (already rounded), so a
// download holds exactly the numbers the API and the page show.
import type { Programme } from '@outcomes/core';
import type { ExportColumn } from '../export-table.js';

export type ProgrammeInfo = Pick<Programme, 'id' | 'name' | 'place' | 'illustrative'>;

export const info = (p: ProgrammeInfo) => ({
  id: p.id,
  name: p.name,
  place: p.place,
  illustrative: p.illustrative,
});

export const col = (header: string, kind: ExportColumn['kind'] = 'text'): ExportColumn => ({
  header,
  kind,
});

export const ROUNDING_NOTE =
  'Money in pounds. Every figure is computed at full precision and rounded to the penny once, when shown, so a total is the same value wherever it appears; where the rounded rows do not add up to the rounded total, a rounding row shows the difference.';

export const hasRounding = (rounding: Record<string, number | undefined>) =>
  Object.values(rounding).some((v) => v !== undefined && v !== 0);

/** The filters a table was cut by, as its title says them. */
export function filterText(filters: Record<string, string | null>): string {
  const parts = Object.entries(filters)
    .filter(([, v]) => v !== null)
    .map(([k, v]) => `${k} ${v}`);
  return parts.length === 0 ? 'the whole programme' : parts.join(', ');
}

/** A share as a percentage, to four decimal places at most (0.125 → 12.5%). */
export const percentText = (share: number) => `${Number((share * 100).toFixed(4))}%`;
