import { z } from 'zod';

/** Lower-case slug ids, as in the programme pack. */
export const slugSchema = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be a lower-case slug such as "west-cheshire"')
  .max(100);

/**
 * The dates a request may carry (as-of and meeting dates, period starts, audit filters):
 * 2000-01-01 to 2099-12-31. A partnership's figures are never dated outside it, and refusing a
 * date like 0001-01-01 here, with a 400 naming the parameter, stops it before any work starts
 * (the board-pack PDF would otherwise launch a browser for it).
 */
export const EARLIEST_ACCEPTED_DATE = '2000-01-01';
export const LATEST_ACCEPTED_DATE = '2099-12-31';

/** A real calendar date written YYYY-MM-DD within the accepted range: every date in a request. */
export const isoDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD')
  .refine((s) => {
    const d = new Date(`${s}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
  }, 'is not a real calendar date')
  .refine(
    (s) => s >= EARLIEST_ACCEPTED_DATE && s <= LATEST_ACCEPTED_DATE,
    `must be a date from ${EARLIEST_ACCEPTED_DATE} to ${LATEST_ACCEPTED_DATE}`,
  );

/** Money in pounds, rounded to pence (at most 2 decimals). */
export const moneySchema = z.number();

export const ragSchema = z.enum(['green', 'amber', 'red', 'no-data', 'no-target']);
export const frequencySchema = z.enum(['month', 'quarter', 'year']);
export const polaritySchema = z.enum(['lower', 'higher']);
export const metricKindSchema = z.enum(['flow', 'stock']);

export const errorResponseSchema = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    details: z.unknown().optional(),
  }),
});
export type ErrorResponse = z.infer<typeof errorResponseSchema>;

export const asOfQuerySchema = z.object({
  asOf: isoDateSchema.optional(),
});

export const ragCountsSchema = z.object({
  green: z.number().int(),
  amber: z.number().int(),
  red: z.number().int(),
  'no-data': z.number().int(),
  'no-target': z.number().int(),
});
