// Retiring a metric in the product (issue 17): a metric with returned figures is never deleted,
// only retired from a date, after which no figures are due. Made as a framework edit
// (editFramework): the stored programme is changed as a pack, checked by the loader's own rules
// for metrics.csv retired_from (a start of one of its periods, on or after the programme's
// start), saved with returned figures kept, audited with the reason, and the data version goes
// up. A date on or before a returned figure would leave that figure owed by no one: refused
// with 409, naming the last returned period, so the admin can pick a later date.
import type { MetricRetirementBody } from '@outcomes/contract';
import { periodLabel, returnedOnOrAfter } from '@outcomes/core';
import { ApiError, notFound } from '../../lib/api-error.js';
import type { FrameworkEdit } from './edit-framework.js';

/** metrics.csv's column as the form names it, so the loader's message lands beside the field. */
const RETIREMENT_COLUMNS = { retired_from: 'retiredFrom' };

export function retireMetric(metricId: string, body: MetricRetirementBody): FrameworkEdit {
  return {
    action: body.retiredFrom === null ? 'metric-unretire' : 'metric-retire',
    columns: RETIREMENT_COLUMNS,
    apply: (pack) => {
      const metric = pack.metrics.find((m) => m.id === metricId);
      if (metric === undefined) throw notFound('metric', metricId);
      const before = { retiredFrom: metric.retiredFrom ?? null };
      const from = body.retiredFrom;
      if (from === null) {
        delete metric.retiredFrom;
      } else {
        // The pack's actuals are the figures in force (each figure's latest revision).
        const returned = pack.actuals.filter((a) => a.metricId === metricId);
        const blocking = returnedOnOrAfter(
          returned.map((a) => a.periodStart),
          from,
        );
        const last = blocking[blocking.length - 1];
        if (last !== undefined) {
          const label = periodLabel(last, metric.frequency);
          throw new ApiError(
            409,
            'conflict',
            `Metric "${metric.name}" has figures returned on or after ${from}, the last for ${label}; retire it from a date after its last returned figure.`,
            [
              {
                field: 'retiredFrom',
                message: `figures are returned up to ${label} (from ${last}); choose a date after that period`,
              },
            ],
          );
        }
        metric.retiredFrom = from;
      }
      return {
        entity: 'metric',
        entityId: metricId,
        before,
        after: { retiredFrom: from, reason: body.reason },
      };
    },
  };
}
