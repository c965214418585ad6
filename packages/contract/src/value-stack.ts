// The GMCA cost-benefit model's value stack (issue 18): fiscal, economic and social value, and
// the financial and public-value returns side by side, for the programme, each strand and each
// outcome. Money in pounds rounded to pence; ratios unrounded.
import { z } from 'zod';
import { moneySchema } from './common.js';

export const valuePartsSchema = z.object({
  fiscal: moneySchema,
  economic: moneySchema,
  social: moneySchema,
  /** fiscal + economic + social. */
  total: moneySchema,
});
export type ValueParts = z.infer<typeof valuePartsSchema>;

export const valueStackBasisSchema = z.object({
  /** Undiscounted sums. */
  value: valuePartsSchema,
  /** Discounted by financial-year index at the programme's rate (t = 0 in its first year). */
  presentValue: valuePartsSchema,
  cost: moneySchema,
  presentValueCost: moneySchema,
  /** fiscal / cost, undiscounted; null when nothing was spent. */
  financialReturnOnInvestment: z.number().nullable(),
  /** (fiscal + economic + social) / cost, undiscounted. */
  publicValueReturnOnInvestment: z.number().nullable(),
  /** PV(fiscal) / PV(cost): the GMCA model's financial ROI. */
  discountedFinancialReturnOnInvestment: z.number().nullable(),
  /** PV(fiscal + economic + social) / PV(cost): the GMCA model's public value ROI. */
  discountedPublicValueReturnOnInvestment: z.number().nullable(),
  /** PV(fiscal) − PV(cost). */
  netPresentBudgetImpact: moneySchema,
  /** PV(fiscal + economic + social) − PV(cost). */
  netPresentPublicValue: moneySchema,
});
export type ValueStackBasis = z.infer<typeof valueStackBasisSchema>;

export const valueStackBlockSchema = z.object({
  /** 'programme', or the strand's id. */
  id: z.string(),
  name: z.string(),
  businessCase: valueStackBasisSchema,
  realisedToDate: valueStackBasisSchema,
});
export type ValueStackBlock = z.infer<typeof valueStackBlockSchema>;

const partsPairSchema = z.object({ value: valuePartsSchema, presentValue: valuePartsSchema });

export const outcomeValueSchema = z.object({
  outcomeId: z.string(),
  name: z.string(),
  businessCase: partsPairSchema,
  realisedToDate: partsPairSchema,
});
export type OutcomeValueRow = z.infer<typeof outcomeValueSchema>;

export const programmeValueStackSchema = z.object({
  programmeId: z.string(),
  asOf: z.string(),
  discountRate: z.number(),
  programme: valueStackBlockSchema,
  strands: z.array(valueStackBlockSchema),
  /** Costs fall on strands, not outcomes: outcomes carry values, strands and programme returns. */
  outcomes: z.array(outcomeValueSchema),
});
export type ProgrammeValueStack = z.infer<typeof programmeValueStackSchema>;
