// The rule that keeps returned figures safe when a stored programme's business case is replaced
// (a workbook import): the replace rewrites the framework, forecasts and costs but never a
// returned figure. Figures come in, and are corrected, only through returns, which keep every
// earlier value as a revision. So the incoming pack's actuals must be exactly the figures in
// force (as an export writes them), and a metric with returned figures cannot be removed: it is
// retired instead (metrics.csv retired_from, issue 17).
import type { Pack } from './pack.js';
import type { PackError } from './pack-error.js';
import { actualsCsv, metricsCsv } from './pack-files.js';

const key = (a: { metricId: string; periodStart: string }): string =>
  `${a.metricId}\u0000${a.periodStart}`;

/**
 * Problems with replacing `stored` by `incoming` while keeping returned figures. `actualLines`
 * gives the line (row) of each of incoming.actuals, in order, for the messages.
 */
export function checkReturnedFiguresKept(
  stored: Pack,
  incoming: Pack,
  actualLines: readonly number[],
): PackError[] {
  const errors: PackError[] = [];
  const inForce = new Map(stored.actuals.map((a) => [key(a), a]));
  const correctHow =
    'returned figures are changed only by a new return (an upload or the form on the Returns ' +
    'page), which keeps the earlier value as a revision';
  incoming.actuals.forEach((a, i) => {
    const line = actualLines[i] ?? null;
    const current = inForce.get(key(a));
    inForce.delete(key(a));
    if (current === undefined) {
      errors.push({
        file: actualsCsv.file,
        line,
        column: 'value',
        message: `there is no figure in force for metric "${a.metricId}" and period ${a.periodStart}; ${correctHow}, so remove this row`,
      });
    } else if (current.value !== a.value) {
      errors.push({
        file: actualsCsv.file,
        line,
        column: 'value',
        message: `${a.value} differs from the figure in force (${current.value}); ${correctHow}, so keep the exported value`,
      });
    } else if (current.note !== a.note) {
      errors.push({
        file: actualsCsv.file,
        line,
        column: 'note',
        message: `differs from the note of the figure in force; ${correctHow}, so keep the exported note`,
      });
    }
  });
  for (const missing of inForce.values()) {
    errors.push({
      file: actualsCsv.file,
      line: null,
      column: 'value',
      message: `the figure in force for metric "${missing.metricId}" and period ${missing.periodStart} (${missing.value}) is missing; an import never removes a returned figure, so keep its row as exported`,
    });
  }
  const incomingMetrics = new Set(incoming.metrics.map((m) => m.id));
  const withReturns = new Set(stored.actuals.map((a) => a.metricId));
  for (const metric of stored.metrics) {
    if (withReturns.has(metric.id) && !incomingMetrics.has(metric.id)) {
      errors.push({
        file: metricsCsv.file,
        line: null,
        column: 'id',
        message: `metric "${metric.id}" has returned figures: retire it instead of removing it (keep its row and give retired_from, the first day from which no figures are due)`,
      });
    }
  }
  return errors;
}
