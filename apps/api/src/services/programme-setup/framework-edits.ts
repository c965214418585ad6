// The framework edits the forms make: programme settings, partners and strands. Each says what it
// changes for the audit log; editFramework checks and saves the result as the loader would.
import type {
  NewPartnerBody,
  NewStrandBody,
  PartnerBody,
  ProgrammeSettingsBody,
  StrandBody,
} from '@outcomes/contract';
import type { Partner } from '@outcomes/core';
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

const taken = (what: string, id: string) =>
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
