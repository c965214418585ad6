import type { SpcRebaseRecord } from './spc-rebase-record.js';

// Ids and ISO dates sort by code units (as SQL does), not by locale.
const byCodeUnits = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The rebases that stand: for each metric and period, the latest entry when it is a rebase (a
 * later withdrawal cancels it; a rebase after a withdrawal restores one). Ordered by metric and
 * period. Expects the history in recording order, as listSpcRebases gives it.
 */
export function standingSpcRebases(history: readonly SpcRebaseRecord[]): SpcRebaseRecord[] {
  const latest = new Map<string, SpcRebaseRecord>();
  for (const entry of history) latest.set(`${entry.metricId}\u0000${entry.periodStart}`, entry);
  return [...latest.values()]
    .filter((entry) => entry.action === 'rebase')
    .sort(
      (a, b) => byCodeUnits(a.metricId, b.metricId) || byCodeUnits(a.periodStart, b.periodStart),
    );
}
