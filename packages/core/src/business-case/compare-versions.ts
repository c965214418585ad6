// Two versions of a programme's business case side by side (issue #17): for each strand and
// metric, the whole-case forecast benefit, the forecast cost and the net, with the difference, and
// every forecast, cost and unit-cost figure that changed. Each side is the same programme's data
// with one version's figures in place (the db layer builds it), so both are evaluated by the same
// calculations the board sees; nothing here reads a clock or a store.
//
// Forecast benefit is the Green Book's monetised benefit (improvement × uprated unit cost ×
// attribution × (1 − optimism bias)) summed over every forecast period (forecastBenefitWholeCase);
// forecast cost is the sum of the strand's forecast cost rows in cash terms, as the pack gives
// them; net = benefit − cost, the benefit-cost difference of the GMCA CBA model's summary.
import type { ProgrammeData } from '../domain.js';
import type { MetricEvaluation } from '../evaluation.js';
import { evaluateProgramme } from '../evaluate/evaluate-programme.js';
import { penceToPounds } from '../money/pence.js';

export interface VersionSide {
  version: number;
  name: string;
  data: ProgrammeData;
}

/** Forecast benefit, cost and net of one version, in pounds. */
export interface VersionFigures {
  forecastBenefit: number;
  forecastCost: number;
  net: number;
}

export interface MetricComparison {
  metricId: string;
  name: string;
  /** Whole-case forecast benefit in each version (null: the metric is not monetised). */
  a: number | null;
  b: number | null;
  difference: number | null;
}

export interface StrandComparison {
  strandId: string;
  name: string;
  a: VersionFigures;
  b: VersionFigures;
  /** b − a, figure by figure. */
  difference: VersionFigures;
  metrics: MetricComparison[];
}

export type ChangedValue = number | string | null;

/** One input figure that differs between the versions; null on a side where the row is absent. */
export interface BusinessCaseChange {
  kind: 'forecast' | 'cost' | 'unit-cost';
  /** The strand the figure belongs to (a unit cost's: null). */
  strandId: string | null;
  /** forecast: metric id; cost: "partner financial-year kind"; unit-cost: unit cost id. */
  item: string;
  /** forecast: the period start; cost: 'forecast (£)'; unit-cost: the field that changed. */
  field: string;
  a: ChangedValue;
  b: ChangedValue;
}

export interface VersionComparison {
  a: { version: number; name: string };
  b: { version: number; name: string };
  totals: { a: VersionFigures; b: VersionFigures; difference: VersionFigures };
  strands: StrandComparison[];
  changes: BusinessCaseChange[];
}

const figures = (forecastBenefit: number, forecastCost: number): VersionFigures => ({
  forecastBenefit,
  forecastCost,
  net: forecastBenefit - forecastCost,
});

const minus = (b: VersionFigures, a: VersionFigures): VersionFigures => ({
  forecastBenefit: b.forecastBenefit - a.forecastBenefit,
  forecastCost: b.forecastCost - a.forecastCost,
  net: b.net - a.net,
});

function forecastCostOf(data: ProgrammeData, strandId: string | null): number {
  return data.costs
    .filter((c) => strandId === null || c.strandId === strandId)
    .reduce((sum, c) => sum + penceToPounds(c.forecastPence), 0);
}

const benefitOf = (m: MetricEvaluation | undefined): number | null =>
  m === undefined || m.monetisation === null ? null : m.forecastBenefitWholeCase;

/** Pairs keyed rows of two lists and reports each key whose value differs (or is on one side). */
function diffKeyed<T>(
  a: readonly T[],
  b: readonly T[],
  key: (row: T) => string,
  value: (row: T) => ChangedValue,
  change: (row: T, from: ChangedValue, to: ChangedValue) => BusinessCaseChange,
): BusinessCaseChange[] {
  const inB = new Map(b.map((row) => [key(row), row]));
  const changes: BusinessCaseChange[] = [];
  for (const row of a) {
    const other = inB.get(key(row));
    inB.delete(key(row));
    const to = other === undefined ? null : value(other);
    if (to !== value(row)) changes.push(change(row, value(row), to));
  }
  for (const row of inB.values()) changes.push(change(row, null, value(row)));
  return changes;
}

function listChanges(a: ProgrammeData, b: ProgrammeData): BusinessCaseChange[] {
  const strandOf = new Map([...a.metrics, ...b.metrics].map((m) => [m.id, m.strandId]));
  const forecasts = (d: ProgrammeData) =>
    d.metrics.flatMap((m) => m.forecasts.map((f) => ({ metricId: m.id, ...f })));
  const changes = diffKeyed(
    forecasts(a),
    forecasts(b),
    (f) => `${f.metricId}\u0000${f.periodStart}`,
    (f) => f.value,
    (f, from, to) => ({
      kind: 'forecast',
      strandId: strandOf.get(f.metricId) ?? null,
      item: f.metricId,
      field: f.periodStart,
      a: from,
      b: to,
    }),
  );
  changes.push(
    ...diffKeyed(
      a.costs,
      b.costs,
      (c) => `${c.strandId}\u0000${c.partnerId}\u0000${c.financialYear}\u0000${c.kind}`,
      (c) => penceToPounds(c.forecastPence),
      (c, from, to) => ({
        kind: 'cost',
        strandId: c.strandId,
        item: `${c.partnerId} ${c.financialYear} ${c.kind}`,
        field: 'forecast (£)',
        a: from,
        b: to,
      }),
    ),
  );
  const unitCostFields = [
    ['value (£)', (u) => penceToPounds(u.valuePence)],
    ['price year', (u) => u.priceYear],
    ['per', (u) => u.per],
    ['confidence grade', (u) => u.confidenceGrade],
    ['category', (u) => u.category],
    ['cashable share', (u) => u.cashableShare],
    ['bearers', (u) => u.bearers.map((x) => `${x.partnerId} ${x.share}`).join('; ')],
  ] as const satisfies readonly (readonly [
    string,
    (u: ProgrammeData['unitCosts'][number]) => ChangedValue,
  ])[];
  for (const [field, value] of unitCostFields) {
    changes.push(
      ...diffKeyed(
        a.unitCosts,
        b.unitCosts,
        (u) => u.id,
        value,
        (u, from, to) => ({
          kind: 'unit-cost',
          strandId: null,
          item: u.id,
          field,
          a: from,
          b: to,
        }),
      ),
    );
  }
  return changes;
}

/**
 * Compares version `a` with version `b` of the same programme, evaluated as of `asOf` (whole-case
 * figures do not depend on it; it is passed so the evaluation never reads a clock). Strands and
 * metrics keep b's order, then any only a has.
 */
export function compareVersions(a: VersionSide, b: VersionSide, asOf: string): VersionComparison {
  const ea = evaluateProgramme(a.data, asOf);
  const eb = evaluateProgramme(b.data, asOf);
  const strandIds = [
    ...new Set([...eb.strands.map((s) => s.strand.id), ...ea.strands.map((s) => s.strand.id)]),
  ];
  const strands = strandIds.map((strandId): StrandComparison => {
    const sa = ea.strands.find((s) => s.strand.id === strandId);
    const sb = eb.strands.find((s) => s.strand.id === strandId);
    const fa = figures(sa?.forecastBenefitWholeCase ?? 0, forecastCostOf(a.data, strandId));
    const fb = figures(sb?.forecastBenefitWholeCase ?? 0, forecastCostOf(b.data, strandId));
    const metricIds = [
      ...new Set([...(sb?.metrics ?? []), ...(sa?.metrics ?? [])].map((m) => m.metric.id)),
    ];
    return {
      strandId,
      name: (sb ?? sa)?.strand.name ?? strandId,
      a: fa,
      b: fb,
      difference: minus(fb, fa),
      metrics: metricIds.map((metricId) => {
        const ma = sa?.metrics.find((m) => m.metric.id === metricId);
        const mb = sb?.metrics.find((m) => m.metric.id === metricId);
        const va = benefitOf(ma);
        const vb = benefitOf(mb);
        return {
          metricId,
          name: (mb ?? ma)?.metric.name ?? metricId,
          a: va,
          b: vb,
          difference: va === null && vb === null ? null : (vb ?? 0) - (va ?? 0),
        };
      }),
    };
  });
  const ta = figures(ea.totals.forecastBenefitWholeCase, forecastCostOf(a.data, null));
  const tb = figures(eb.totals.forecastBenefitWholeCase, forecastCostOf(b.data, null));
  return {
    a: { version: a.version, name: a.name },
    b: { version: b.version, name: b.name },
    totals: { a: ta, b: tb, difference: minus(tb, ta) },
    strands,
    changes: listChanges(a.data, b.data),
  };
}
