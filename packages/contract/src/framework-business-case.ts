// The framework forms for the business case itself (issue 17): outcomes, a metric's baseline, who
// bears a unit cost, a metric's forecasts (saved as a new, named business-case version) and cost
// lines. As with the other framework forms the server checks each body with the pack loader's
// own validation and names the field at fault; the bodies carry what the forms hold.
import { z } from 'zod';

const text = (max: number) => z.string().max(max);
/** An optional text field: blank or null means none. */
const optionalText = (max: number) => text(max).nullable().optional();

/** An outcome as its form holds it (outcomes.csv has a name and nothing else). */
export const outcomeBodySchema = z.object({ name: text(200) });
export type OutcomeBody = z.infer<typeof outcomeBodySchema>;
export const newOutcomeBodySchema = outcomeBodySchema.extend({ id: text(100) });
export type NewOutcomeBody = z.infer<typeof newOutcomeBodySchema>;

/**
 * A metric's baseline (every column of baselines.csv): its level per period, the annual growth
 * of demand without the change, the period it was measured over, a note, and the anchor growth
 * is compounded from (blank: the programme's first day). Dates are written YYYY-MM-DD.
 */
export const baselineBodySchema = z.object({
  value: z.number(),
  annualGrowth: z.number(),
  measuredFrom: optionalText(20),
  measuredTo: optionalText(20),
  note: optionalText(2000),
  growthFrom: optionalText(20),
});
export type BaselineBody = z.infer<typeof baselineBodySchema>;

/** Who bears a unit cost: each partner's share, the shares summing to 1 as the loader requires. */
export const bearersBodySchema = z.object({
  bearers: z.array(z.object({ partnerId: text(100), share: z.number() })).max(100),
});
export type BearersBody = z.infer<typeof bearersBodySchema>;

/**
 * A metric's forecasts, saved as a new business-case version named by the admin (such as "2015
 * refresh") with the reason for it. Every period the form shows is sent; a null value leaves
 * the period without a forecast. The version is not in force until an admin decides it is.
 */
export const forecastVersionBodySchema = z.object({
  versionName: text(200),
  reason: text(2000),
  forecasts: z.array(z.object({ periodStart: text(20), value: z.number().nullable() })).max(1200),
});
export type ForecastVersionBody = z.infer<typeof forecastVersionBodySchema>;

/** A cost line (every column of costs.csv); money in pounds to the penny. */
export const costLineBodySchema = z.object({
  strandId: text(100),
  partnerId: text(100),
  /** Written "YYYY-YY", such as "2024-25". */
  financialYear: text(20),
  kind: text(20),
  forecastGbp: z.number(),
  /** Null until the cost is known. */
  actualGbp: z.number().nullable(),
  /** The prices the amounts are in; null for the programme's price base year. */
  priceYear: optionalText(20),
  /** A Green Book optimism-bias category, or null. */
  optimismBiasCategory: optionalText(100),
  /** The line's own optimism-bias share (0.24 for 24%), or null. */
  optimismBias: z.number().nullable().optional(),
});
export type CostLineBody = z.infer<typeof costLineBodySchema>;

/** What the business-case forms start from: part of the editable framework (GET …/framework). */
export const editableBusinessCaseShape = {
  outcomes: z.array(z.object({ id: z.string(), name: z.string() })),
  baselines: z.array(
    z.object({
      metricId: z.string(),
      value: z.number(),
      annualGrowth: z.number(),
      measuredFrom: z.string().nullable(),
      measuredTo: z.string().nullable(),
      note: z.string().nullable(),
      growthFrom: z.string().nullable(),
    }),
  ),
  bearers: z.array(
    z.object({
      unitCostId: z.string(),
      bearers: z.array(z.object({ partnerId: z.string(), share: z.number() })),
    }),
  ),
  /**
   * Each metric's forecast periods: every period of its frequency in the programme's years, and
   * any period stored outside them, with the stored forecast or null.
   */
  forecasts: z.array(
    z.object({
      metricId: z.string(),
      frequency: z.enum(['month', 'quarter', 'year']),
      periods: z.array(z.object({ periodStart: z.string(), value: z.number().nullable() })),
    }),
  ),
  /** The cost lines in file order; `id` addresses one in PUT …/cost-lines/:costLineId. */
  costLines: z.array(
    z.object({
      id: z.string(),
      strandId: z.string(),
      partnerId: z.string(),
      financialYear: z.string(),
      kind: z.enum(['transition', 'running']),
      forecastGbp: z.number(),
      actualGbp: z.number().nullable(),
      priceYear: z.string().nullable(),
      optimismBiasCategory: z.string().nullable(),
      optimismBias: z.number().nullable(),
    }),
  ),
};
