import { asOfQuerySchema, errorResponseSchema } from '@outcomes/contract';
import { z } from 'zod';

// Ids are looked up, not pattern-checked: an id that matches nothing is a 404, whatever it holds.
// Except a NUL character: no stored id can hold one (PostgreSQL text cannot), and PostgreSQL
// refuses the query outright, so it is refused here as a 400 before any lookup.
export const pathText = (max: number) =>
  z
    .string()
    .min(1)
    .max(max)
    .refine((text) => !text.includes('\u0000'), 'must not contain a NUL character');
const idSchema = pathText(200);

export const programmeParams = z.object({ programmeId: idSchema });
export const strandParams = programmeParams.extend({ strandId: idSchema });
export const metricParams = programmeParams.extend({ metricId: idSchema });
export const asOfQuery = asOfQuerySchema;

/** The error answers every programme route can give (401: not signed in; 403: no role in it). */
export const errorResponses = {
  400: errorResponseSchema,
  401: errorResponseSchema,
  403: errorResponseSchema,
  404: errorResponseSchema,
};
