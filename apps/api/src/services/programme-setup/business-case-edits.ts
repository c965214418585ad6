// The framework edits of a metric's baseline, who bears a unit cost, and a metric's forecasts.
// Bearers and forecasts are part of the business case: saving them records a new business-case
// version (the forecast form's named by the admin, with the reason), which changes no judgement
// until an admin puts it in force. A baseline is not versioned; like every edit it is audited.
import type { BaselineBody, BearersBody, ForecastVersionBody } from '@outcomes/contract';
import type { Pack } from '@outcomes/db';
import { notFound } from '../../lib/api-error.js';
import type { FrameworkEdit } from './edit-framework.js';
import type { FieldProblem } from './field-problems.js';

/** Blank or absent text is none. */
const orNull = (text: string | null | undefined): string | null =>
  text?.trim() ? text.trim() : null;

function metricOf(pack: Pack, metricId: string) {
  const metric = pack.metrics.find((m) => m.id === metricId);
  if (metric === undefined) throw notFound('metric', metricId);
  return metric;
}

const BASELINE_COLUMNS = {
  value: 'value',
  annual_growth: 'annualGrowth',
  measured_from: 'measuredFrom',
  measured_to: 'measuredTo',
  note: 'note',
  growth_from: 'growthFrom',
};

/** Every column of a metric's baseline row; the loader checks dates, growth and their order. */
export function editBaseline(metricId: string, body: BaselineBody): FrameworkEdit {
  return {
    action: 'baseline-edit',
    columns: BASELINE_COLUMNS,
    apply: (pack) => {
      metricOf(pack, metricId);
      const baseline = pack.baselines.find((b) => b.metricId === metricId);
      if (baseline === undefined) throw notFound('baseline of metric', metricId);
      const before = { ...baseline };
      baseline.value = body.value;
      baseline.annualGrowth = body.annualGrowth;
      baseline.measuredFrom = orNull(body.measuredFrom);
      baseline.measuredTo = orNull(body.measuredTo);
      baseline.note = orNull(body.note);
      baseline.growthFrom = orNull(body.growthFrom);
      return { entity: 'baseline', entityId: metricId, before, after: { ...baseline } };
    },
  };
}

// Every bearer column is the table's; the loader's message names the partner and the shares.
const BEARER_COLUMNS = { unit_cost_id: 'bearers', partner_id: 'bearers', share: 'bearers' };

/**
 * Who bears a unit cost: the partners and their shares, replacing the list. The loader checks
 * each partner exists, appears once, has a share in (0, 1], and that the shares sum to 1.
 */
export function editBearers(unitCostId: string, body: BearersBody): FrameworkEdit {
  return {
    action: 'unit-cost-bearers-edit',
    columns: BEARER_COLUMNS,
    apply: (pack) => {
      const unitCost = pack.unitCosts.find((u) => u.id === unitCostId);
      if (unitCost === undefined) throw notFound('unit cost', unitCostId);
      const before = unitCost.bearers.map((b) => ({ ...b }));
      unitCost.bearers = body.bearers.map((b) => ({
        partnerId: b.partnerId.trim(),
        share: b.share,
      }));
      return {
        entity: 'unit-cost-bearers',
        entityId: unitCostId,
        before,
        after: unitCost.bearers,
        // The loader names a unit cost with no bearers against the unit cost's own row.
        problems:
          unitCost.bearers.length === 0
            ? [{ field: 'bearers', message: 'add at least one partner who bears the cost' }]
            : [],
      };
    },
  };
}

const FORECAST_COLUMNS = { period_start: 'forecasts', value: 'forecasts' };

type Forecast = { periodStart: string; value: number };
const sameForecasts = (a: readonly Forecast[], b: readonly Forecast[]) =>
  a.length === b.length &&
  a.every((f, i) => f.periodStart === b[i]?.periodStart && f.value === b[i]?.value);

/**
 * A metric's forecasts, replaced by the form's, saved as a new business-case version with the
 * name and reason the admin gave. Forecasts the same as stored are refused: there would be no
 * new version to name. The loader checks each period starts a period of the metric's frequency.
 */
export function editForecasts(metricId: string, body: ForecastVersionBody): FrameworkEdit {
  const name = body.versionName.trim();
  const reason = body.reason.trim();
  return {
    action: 'forecast-version',
    columns: FORECAST_COLUMNS,
    version: { name, reason },
    apply: (pack) => {
      metricOf(pack, metricId);
      const byPeriod = (a: Forecast, b: Forecast) => a.periodStart.localeCompare(b.periodStart);
      const before = pack.forecasts
        .filter((f) => f.metricId === metricId)
        .map(({ periodStart, value }) => ({ periodStart, value }))
        .sort(byPeriod);
      const after = body.forecasts
        .filter((f): f is Forecast => f.value !== null)
        .map((f) => ({ periodStart: f.periodStart.trim(), value: f.value }))
        .sort(byPeriod);
      const problems: FieldProblem[] = [];
      if (name === '') {
        problems.push({ field: 'versionName', message: 'enter a name for the new version' });
      }
      if (reason === '') {
        problems.push({ field: 'reason', message: 'say why the forecasts are changing' });
      }
      const periods = body.forecasts.map((f) => f.periodStart.trim());
      const repeated = periods.find((p, i) => periods.indexOf(p) !== i);
      if (repeated !== undefined) {
        problems.push({ field: 'forecasts', message: `the period ${repeated} is given twice` });
      } else if (sameForecasts(before, after)) {
        problems.push({
          field: 'forecasts',
          message: 'these are the forecasts already stored; change at least one to make a version',
        });
      }
      pack.forecasts = [
        ...pack.forecasts.filter((f) => f.metricId !== metricId),
        ...after.map((f) => ({ metricId, ...f })),
      ];
      return {
        entity: 'forecasts',
        entityId: metricId,
        before,
        after: { versionName: name, reason, forecasts: after },
        problems,
      };
    },
  };
}
