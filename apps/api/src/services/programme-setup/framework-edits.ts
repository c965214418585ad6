// The framework edits the forms make: programme settings, partners and strands. Each says what it
// changes for the audit log; editFramework checks and saves the result as the loader would.
import type {
  MetricBody,
  NewPartnerBody,
  NewStrandBody,
  PartnerBody,
  ProgrammeSettingsBody,
  StrandBody,
  UnitCostBody,
} from '@outcomes/contract';
import type { Partner, UnitCost } from '@outcomes/core';
import type { Pack } from '@outcomes/db';
import { ApiError, notFound } from '../../lib/api-error.js';
import type { FrameworkEdit } from './edit-framework.js';
import { settingsJson } from './settings-json.js';

const STRAND_COLUMNS = {
  id: 'id',
  name: 'name',
  sponsor_partner_id: 'sponsorPartnerId',
  description: 'description',
};
const PARTNER_COLUMNS = { id: 'id', name: 'name', kind: 'kind', budget: 'budget' };

// The loader checks the kind against its list (and names the field); this only types the text.
const partnerKind = (kind: string) => kind.trim() as Partner['kind'];

const description = (text: string | null | undefined): string | null =>
  text?.trim() ? text.trim() : null;

export const taken = (what: string, id: string) =>
  new ApiError(409, 'conflict', `There is already a ${what} with the id "${id}".`, [
    { field: 'id', message: `"${id}" is taken: choose another id` },
  ]);

export function editSettings(body: ProgrammeSettingsBody): FrameworkEdit {
  return {
    action: 'programme-settings-edit',
    apply: (pack) => {
      const before = { ...pack.programme };
      const { value, problems } = settingsJson(pack.programme.id, body, pack.programme);
      return {
        entity: 'programme',
        entityId: pack.programme.id,
        before,
        after: value,
        programmeJson: value,
        problems,
      };
    },
  };
}

function strandOf(pack: Pack, strandId: string) {
  const strand = pack.strands.find((s) => s.id === strandId);
  if (strand === undefined) throw notFound('strand', strandId);
  return strand;
}

export function editStrand(strandId: string, body: StrandBody): FrameworkEdit {
  return {
    action: 'strand-edit',
    columns: STRAND_COLUMNS,
    apply: (pack) => {
      const strand = strandOf(pack, strandId);
      const before = { ...strand };
      strand.name = body.name.trim();
      strand.sponsorPartnerId = body.sponsorPartnerId.trim();
      strand.description = description(body.description);
      return { entity: 'strand', entityId: strandId, before, after: { ...strand } };
    },
  };
}

export function addStrand(body: NewStrandBody): FrameworkEdit {
  return {
    action: 'strand-add',
    columns: STRAND_COLUMNS,
    apply: (pack) => {
      const id = body.id.trim();
      if (pack.strands.some((s) => s.id === id)) throw taken('strand', id);
      const strand = {
        id,
        name: body.name.trim(),
        sponsorPartnerId: body.sponsorPartnerId.trim(),
        description: description(body.description),
      };
      pack.strands.push(strand);
      return { entity: 'strand', entityId: id, before: null, after: strand };
    },
  };
}

export function editPartner(partnerId: string, body: PartnerBody): FrameworkEdit {
  return {
    action: 'partner-edit',
    columns: PARTNER_COLUMNS,
    apply: (pack) => {
      const partner = pack.partners.find((p) => p.id === partnerId);
      if (partner === undefined) throw notFound('partner', partnerId);
      const before = { ...partner };
      partner.name = body.name.trim();
      partner.kind = partnerKind(body.kind);
      partner.budget = body.budget;
      return { entity: 'partner', entityId: partnerId, before, after: { ...partner } };
    },
  };
}

export function addPartner(body: NewPartnerBody): FrameworkEdit {
  return {
    action: 'partner-add',
    columns: PARTNER_COLUMNS,
    apply: (pack) => {
      const id = body.id.trim();
      if (pack.partners.some((p) => p.id === id)) throw taken('partner', id);
      const partner = {
        id,
        name: body.name.trim(),
        kind: partnerKind(body.kind),
        budget: body.budget,
      };
      pack.partners.push(partner);
      return { entity: 'partner', entityId: id, before: null, after: partner };
    },
  };
}

const METRIC_COLUMNS = { name: 'name', unit: 'unit', attribution: 'attribution', source: 'source' };

/**
 * A metric's name, unit, attribution and source. Its returned figures are untouched (they are
 * keyed by the metric's id, which never changes); deleting a metric is not offered at all.
 */
export function editMetric(metricId: string, body: MetricBody): FrameworkEdit {
  return {
    action: 'metric-edit',
    columns: METRIC_COLUMNS,
    apply: (pack) => {
      const metric = pack.metrics.find((m) => m.id === metricId);
      if (metric === undefined) throw notFound('metric', metricId);
      const before = { ...metric };
      metric.name = body.name.trim();
      metric.unit = body.unit.trim();
      metric.attribution = body.attribution;
      metric.source = body.source.trim();
      return { entity: 'metric', entityId: metricId, before, after: { ...metric } };
    },
  };
}

const UNIT_COST_COLUMNS = {
  name: 'name',
  value_gbp: 'valueGbp',
  price_year: 'priceYear',
  source: 'source',
  confidence_grade: 'confidenceGrade',
  cashable_share: 'cashableShare',
};

/** Pounds as whole pence, or null when the amount has fractions of a penny. */
export function wholePence(pounds: number): number | null {
  const pence = Math.round(pounds * 100);
  return Math.abs(pence - pounds * 100) < 1e-6 ? pence : null;
}

/** A unit cost's value and provenance; who bears it (its bearers) is kept as it is. */
export function editUnitCost(unitCostId: string, body: UnitCostBody): FrameworkEdit {
  return {
    action: 'unit-cost-edit',
    columns: UNIT_COST_COLUMNS,
    apply: (pack) => {
      const unitCost = pack.unitCosts.find((u) => u.id === unitCostId);
      if (unitCost === undefined) throw notFound('unit cost', unitCostId);
      const { bearers: _bearers, ...before } = unitCost;
      const pence = wholePence(body.valueGbp);
      unitCost.name = body.name.trim();
      // A value with fractions of a penny is named below; the stored one stands in meanwhile.
      if (pence !== null) unitCost.valuePence = pence;
      unitCost.priceYear = body.priceYear.trim();
      unitCost.source = body.source.trim();
      unitCost.confidenceGrade = body.confidenceGrade as UnitCost['confidenceGrade'];
      unitCost.cashableShare = body.cashableShare;
      const { bearers: _kept, ...after } = unitCost;
      return {
        entity: 'unit-cost',
        entityId: unitCostId,
        before,
        after,
        problems:
          pence === null
            ? [
                {
                  field: 'valueGbp',
                  message: `${body.valueGbp} is not allowed; expected pounds to the penny (at most 2 decimal places)`,
                },
              ]
            : [],
      };
    },
  };
}
