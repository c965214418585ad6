// What replacing one pack with another would change, per kind of record: the preview an import
// shows before anything is stored. Records are matched by their key (an id, or metric and period,
// ...) and compared field by field, so reordering rows is not a change.
import type { Pack } from './pack.js';

export type PackRecordKind =
  | 'programme'
  | 'partners'
  | 'outcomes'
  | 'strands'
  | 'unitCosts'
  | 'metrics'
  | 'baselines'
  | 'forecasts'
  | 'actuals'
  | 'costs'
  | 'deflators';

export interface PackKindChanges {
  kind: PackRecordKind;
  /** How many records the new pack holds of this kind. */
  total: number;
  added: string[];
  changed: string[];
  removed: string[];
}

export interface PackChanges {
  programmeId: string;
  /** True when the programme is not in the store yet. */
  isNew: boolean;
  kinds: PackKindChanges[];
  /** Sum of added, changed and removed over every kind. */
  totalChanges: number;
}

interface Keyed {
  key: string;
  value: unknown;
}

/** Each kind's records keyed as a person would name them in a list of changes. */
const KEYS: { [K in PackRecordKind]: (pack: Pack) => Keyed[] } = {
  programme: (p) => [{ key: p.programme.id, value: p.programme }],
  partners: (p) => p.partners.map((x) => ({ key: x.id, value: x })),
  outcomes: (p) => p.outcomes.map((x) => ({ key: x.id, value: x })),
  strands: (p) => p.strands.map((x) => ({ key: x.id, value: x })),
  unitCosts: (p) => p.unitCosts.map((x) => ({ key: x.id, value: x })),
  metrics: (p) => p.metrics.map((x) => ({ key: x.id, value: x })),
  baselines: (p) => p.baselines.map((x) => ({ key: x.metricId, value: x })),
  forecasts: (p) => p.forecasts.map((x) => ({ key: `${x.metricId} ${x.periodStart}`, value: x })),
  actuals: (p) => p.actuals.map((x) => ({ key: `${x.metricId} ${x.periodStart}`, value: x })),
  costs: (p) =>
    p.costs.map((x) => ({
      key: `${x.strandId} ${x.partnerId} ${x.financialYear} ${x.kind}`,
      value: x,
    })),
  deflators: (p) => p.deflators.map((x) => ({ key: x.financialYear, value: x })),
};

/** JSON with object keys sorted, so two equal records always compare equal. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v !== null && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}

function diffKind(kind: PackRecordKind, before: Pack | null, after: Pack): PackKindChanges {
  const next = KEYS[kind](after);
  const previous = new Map(
    (before === null ? [] : KEYS[kind](before)).map((r) => [r.key, canonical(r.value)]),
  );
  const added: string[] = [];
  const changed: string[] = [];
  for (const { key, value } of next) {
    const old = previous.get(key);
    if (old === undefined) added.push(key);
    else if (old !== canonical(value)) changed.push(key);
    previous.delete(key);
  }
  return { kind, total: next.length, added, changed, removed: [...previous.keys()] };
}

/** The changes from `before` (null: a new programme) to `after`. */
export function diffPacks(before: Pack | null, after: Pack): PackChanges {
  const kinds = (Object.keys(KEYS) as PackRecordKind[]).map((kind) =>
    diffKind(kind, before, after),
  );
  return {
    programmeId: after.programme.id,
    isNew: before === null,
    kinds,
    totalChanges: kinds.reduce(
      (n, k) => n + k.added.length + k.changed.length + k.removed.length,
      0,
    ),
  };
}
