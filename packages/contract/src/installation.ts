// Setting up programmes in the product: creating one (installation administrators), giving it
// its first admin, and editing its framework in forms (its admins). The bodies carry what the
// forms hold; the server checks them with the pack loader's own validation, so a form and a pack
// folder can never disagree about what a programme may be. Numbers may come as the text typed,
// and the loader's message then says what was expected.
import { z } from 'zod';
import { emailSchema, newPasswordSchema, personNameSchema } from './accounts.js';
import { isoDateSchema } from './common.js';
import { editableBusinessCaseShape } from './framework-business-case.js';

/** A number, or the text a form field holds (checked, and named when wrong, by the loader). */
const numberOrText = z.union([z.number(), z.string().max(50)]);
const text = (max: number) => z.string().max(max);

/** A programme's settings as the forms hold them (the id is given only when creating it). */
export const programmeSettingsBodySchema = z.object({
  name: text(200),
  place: text(200),
  description: text(2000).nullable().optional(),
  /** Written "YYYY-YY", such as "2024-25": the programme's first and last financial years. */
  firstFinancialYear: text(20),
  lastFinancialYear: text(20),
  priceBaseYear: text(20),
  discountRate: numberOrText,
  ragGreen: numberOrText,
  ragAmber: numberOrText,
  reinvestmentShare: numberOrText,
  illustrative: z.boolean().optional(),
});
export type ProgrammeSettingsBody = z.infer<typeof programmeSettingsBodySchema>;

export const createProgrammeBodySchema = programmeSettingsBodySchema.extend({
  /** The programme's id in addresses, a lower-case slug such as "west-cheshire". */
  id: text(100),
});
export type CreateProgrammeBody = z.infer<typeof createProgrammeBodySchema>;

export const createdProgrammeSchema = z.object({ id: z.string(), name: z.string() });
export type CreatedProgramme = z.infer<typeof createdProgrammeSchema>;

/**
 * Give a programme an admin: an existing account by its email, or (with a name and a first
 * password) a new account.
 */
export const adminAccessBodySchema = z.object({
  email: emailSchema,
  name: personNameSchema.optional(),
  password: newPasswordSchema.optional(),
});
export type AdminAccessBody = z.input<typeof adminAccessBodySchema>;

export const adminAccessResultSchema = z.object({
  userId: z.number().int(),
  email: z.string(),
  /** True when a new account was made. */
  created: z.boolean(),
  /** False when the account was an admin of the programme already (nothing changed). */
  changed: z.boolean(),
});
export type AdminAccessResult = z.infer<typeof adminAccessResultSchema>;

/** A strand as its form holds it; the id is given only when adding one. */
export const strandBodySchema = z.object({
  name: text(200),
  sponsorPartnerId: text(100),
  description: text(2000).nullable().optional(),
});
export type StrandBody = z.infer<typeof strandBodySchema>;
export const newStrandBodySchema = strandBodySchema.extend({ id: text(100) });
export type NewStrandBody = z.infer<typeof newStrandBodySchema>;

/** A partner as its form holds it; the id is given only when adding one. */
export const partnerBodySchema = z.object({
  name: text(200),
  kind: text(100),
  budget: z.enum(['local', 'national']),
});
export type PartnerBody = z.infer<typeof partnerBodySchema>;
export const newPartnerBodySchema = partnerBodySchema.extend({ id: text(100) });
export type NewPartnerBody = z.infer<typeof newPartnerBodySchema>;

/** What a framework edit answers: the programme's new data version stamp is in its ETag. */
export const frameworkEditResultSchema = z.object({
  programmeId: z.string(),
  entity: z.string(),
  entityId: z.string(),
  /**
   * The business-case version the edit recorded (a forecast, a cost line's forecast, a unit
   * cost's figures or its bearers changed), or null when it changed nothing versioned. A new
   * version changes no judgement until an admin puts it in force.
   */
  businessCaseVersion: z.number().int().nullable(),
});
export type FrameworkEditResult = z.infer<typeof frameworkEditResultSchema>;

/** A metric's descriptive settings as its form holds them (its forecasts are versioned apart). */
export const metricBodySchema = z.object({
  name: text(200),
  unit: text(100),
  /** The share of the change the programme claims, in (0, 1]. */
  attribution: z.number(),
  source: text(2000),
});
export type MetricBody = z.infer<typeof metricBodySchema>;

/** The longest reason for retiring a metric (or bringing it back into use) the audit log keeps. */
export const RETIREMENT_REASON_MAX_LENGTH = 1000;

/**
 * Retiring a metric (issue 17): the first day from which no figures are due (the start of one of
 * its periods), or null to bring it back into use; why, for the audit log.
 */
export const metricRetirementBodySchema = z.object({
  retiredFrom: isoDateSchema.nullable(),
  reason: z
    .string()
    .trim()
    .min(1, 'is empty; say why, for the audit log')
    .max(RETIREMENT_REASON_MAX_LENGTH),
});
export type MetricRetirementBody = z.infer<typeof metricRetirementBodySchema>;

/** A unit cost's value and provenance as its form holds them; who bears it is kept. */
export const unitCostBodySchema = z.object({
  name: text(200),
  /** Pounds, to the penny, in the prices of `priceYear`. */
  valueGbp: z.number(),
  priceYear: text(20),
  source: text(2000),
  confidenceGrade: z.number().int(),
  cashableShare: z.number(),
});
export type UnitCostBody = z.infer<typeof unitCostBodySchema>;

/**
 * The framework as its admins' forms edit it: the stored (live) metric definitions and unit costs,
 * the business case loaded last whether or not it is in force, so a form starts from what its
 * last save stored. Money in pounds (the stored pence over 100, exact to the penny).
 */
export const editableFrameworkSchema = z.object({
  programmeId: z.string(),
  // Outcomes, baselines, bearers, forecasts and cost lines (framework-business-case.ts).
  ...editableBusinessCaseShape,
  metrics: z.array(
    z.object({
      id: z.string(),
      strandId: z.string(),
      name: z.string(),
      unit: z.string(),
      attribution: z.number(),
      source: z.string(),
      /** 'month' | 'quarter' | 'year': a retirement date starts one of its periods. */
      frequency: z.enum(['month', 'quarter', 'year']),
      /** The first day from which no figures are due (issue 17), or null while in use. */
      retiredFrom: z.string().nullable(),
    }),
  ),
  unitCosts: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      per: z.enum(['event', 'year']),
      valueGbp: z.number(),
      priceYear: z.string(),
      source: z.string(),
      confidenceGrade: z.number().int(),
      cashableShare: z.number(),
    }),
  ),
});
export type EditableFramework = z.infer<typeof editableFrameworkSchema>;
