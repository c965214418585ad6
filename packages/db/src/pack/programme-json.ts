// programme.json: the programme's settings, validated field by field (pack-format.md).
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  DEFAULT_OPTIMISM_BIAS,
  financialYearLabel,
  parseFinancialYear,
  type OptimismBiasLadder,
  type Programme,
} from '@outcomes/core';
import * as z from 'zod';
import { SLUG } from './fields.js';
import type { PackError } from './pack-error.js';

export const PROGRAMME_FILE = 'programme.json';

const FINANCIAL_YEAR = 'a financial year written "YYYY-YY", such as "2013-14"';
const CORRECTION = 'a number in [0, 1), such as 0.05';

/** What each field should be, for messages. */
const EXPECTED: Record<string, string> = {
  id: 'a lower-case slug such as "west-cheshire" (a-z, 0-9, single hyphens)',
  name: 'a non-empty string, such as "Altogether Better"',
  place: 'a non-empty string, such as "West Cheshire"',
  description: 'a string (the field is optional)',
  firstFinancialYear: FINANCIAL_YEAR,
  years: 'a whole number of at least 1',
  priceBaseYear: FINANCIAL_YEAR,
  discountRate: 'a number in [0, 1), such as 0.035',
  ragThresholds: 'an object {"green": number, "amber": number} with green greater than amber',
  'ragThresholds.green': 'a number greater than amber, such as 0.95',
  'ragThresholds.amber': 'a number less than green, such as 0.8',
  reinvestmentShare: 'a number in [0, 1], such as 0.2',
  optimismBias:
    'an object giving each confidence grade "1" to "6" a correction in [0, 1), such as {"1": 0, "2": 0.05, "3": 0.1, "4": 0.15, "5": 0.25, "6": 0.4}',
  illustrative: 'true or false',
  spcShiftRunLength: '6 or 7 (the field is optional; absent means 7)',
  population: 'a whole number of at least 1, the residents of the place (the field is optional)',
  comparisonOptIn: 'true or false (the field is optional; absent means false)',
  publicPage: 'true or false (the field is optional; absent means false)',
};
for (const grade of ['1', '2', '3', '4', '5', '6']) EXPECTED[`optimismBias.${grade}`] = CORRECTION;

const nonEmpty = z.string().refine((s) => s.trim() !== '');
const financialYear = z.string().refine((s) => parseFinancialYear(s) !== null);
const correction = z.number().min(0).lt(1);

const programmeSchema = z.strictObject({
  id: z.string().regex(SLUG),
  name: nonEmpty,
  place: nonEmpty,
  description: z.string().nullable().optional(),
  firstFinancialYear: financialYear,
  years: z.number().int().min(1),
  priceBaseYear: financialYear,
  discountRate: z.number().min(0).lt(1),
  ragThresholds: z
    .strictObject({ green: z.number(), amber: z.number() })
    .refine((t) => t.green > t.amber, {
      error: (issue) => {
        const t = issue.input as { green: number; amber: number };
        return `green (${t.green}) must be greater than amber (${t.amber})`;
      },
    }),
  reinvestmentShare: z.number().min(0).max(1),
  optimismBias: z
    .strictObject({
      '1': correction,
      '2': correction,
      '3': correction,
      '4': correction,
      '5': correction,
      '6': correction,
    })
    .optional(),
  illustrative: z.boolean(),
  spcShiftRunLength: z.union([z.literal(6), z.literal(7)]).optional(),
  population: z.number().int().min(1).optional(),
  comparisonOptIn: z.boolean().optional(),
  publicPage: z.boolean().optional(),
});

function issueToErrors(issue: z.core.$ZodIssue): PackError[] {
  const path = issue.path.map(String).join('.');
  if (issue.code === 'unrecognized_keys') {
    const prefix = path === '' ? '' : `${path}.`;
    const allowed = Object.keys(EXPECTED)
      .filter((k) => k.startsWith(prefix) && !k.slice(prefix.length).includes('.'))
      .map((k) => k.slice(prefix.length));
    return issue.keys.map((key) => ({
      file: PROGRAMME_FILE,
      line: null,
      column: `${prefix}${key}`,
      message: `unknown field "${key}"; expected only the fields ${allowed.join(', ')}`,
    }));
  }
  const column = path === '' ? null : path;
  // The one refinement with its own message; every other issue reads "got X; expected Y".
  if (issue.code === 'custom' && path === 'ragThresholds') {
    return [{ file: PROGRAMME_FILE, line: null, column, message: issue.message }];
  }
  const expected = EXPECTED[path] ?? 'a valid value';
  const message =
    issue.input === undefined
      ? `is missing; expected ${expected}`
      : `${JSON.stringify(issue.input)} is not allowed; expected ${expected}`;
  return [{ file: PROGRAMME_FILE, line: null, column, message }];
}

/** Line of a JSON.parse error, when the engine says where it happened. */
function jsonErrorLine(text: string, error: unknown): number | null {
  const match = /position (\d+)/.exec(error instanceof Error ? error.message : '');
  if (match === null) return null;
  return text.slice(0, Number(match[1])).split('\n').length;
}

export interface ProgrammeJsonResult {
  /** Null when programme.json has errors. */
  programme: Programme | null;
  /** The price base year when that field alone is valid, so deflators can still be checked. */
  priceBaseYear: string | null;
}

function canonicalYear(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const start = parseFinancialYear(value);
  return start === null ? null : financialYearLabel(start);
}

export async function readProgrammeJson(
  dir: string,
  report: (error: PackError) => void,
): Promise<ProgrammeJsonResult> {
  const fail = (message: string, line: number | null = null): ProgrammeJsonResult => {
    report({ file: PROGRAMME_FILE, line, column: null, message });
    return { programme: null, priceBaseYear: null };
  };
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(
      await readFile(join(dir, PROGRAMME_FILE)),
    );
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ENOENT'
      ? fail('the file is missing; a pack needs programme.json with the programme settings')
      : fail(`cannot read the file as UTF-8 text: ${String(error)}`);
  }
  return parseProgrammeJson(text, report);
}

/** Parses programme.json's text and validates it. */
export function parseProgrammeJson(
  text: string,
  report: (error: PackError) => void,
): ProgrammeJsonResult {
  const fail = (message: string, line: number | null = null): ProgrammeJsonResult => {
    report({ file: PROGRAMME_FILE, line, column: null, message });
    return { programme: null, priceBaseYear: null };
  };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return fail(
      `is not valid JSON (${error instanceof Error ? error.message : String(error)})`,
      jsonErrorLine(text, error),
    );
  }
  return validateProgrammeJson(data, report);
}

/**
 * Validates programme.json's parsed value (from the file, or built from a workbook's programme
 * sheet): errors name the field in `column`.
 */
export function validateProgrammeJson(
  data: unknown,
  report: (error: PackError) => void,
): ProgrammeJsonResult {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    report({
      file: PROGRAMME_FILE,
      line: null,
      column: null,
      message: 'expected a JSON object with the programme settings',
    });
    return { programme: null, priceBaseYear: null };
  }
  const parsed = programmeSchema.safeParse(data, { reportInput: true });
  if (!parsed.success) {
    for (const issue of parsed.error.issues) issueToErrors(issue).forEach(report);
    return {
      programme: null,
      priceBaseYear: canonicalYear((data as Record<string, unknown>)['priceBaseYear']),
    };
  }
  const p = parsed.data;
  const bias = p.optimismBias;
  const optimismBias: OptimismBiasLadder =
    bias === undefined
      ? { ...DEFAULT_OPTIMISM_BIAS }
      : { 1: bias['1'], 2: bias['2'], 3: bias['3'], 4: bias['4'], 5: bias['5'], 6: bias['6'] };
  const programme: Programme = {
    id: p.id,
    name: p.name,
    place: p.place,
    // Blank and absent read the same, as in the CSV files.
    description: p.description?.trim() ? p.description : null,
    // Normalised through the core parser so every label in the store is written the same way.
    firstFinancialYear: canonicalYear(p.firstFinancialYear) ?? p.firstFinancialYear,
    years: p.years,
    priceBaseYear: canonicalYear(p.priceBaseYear) ?? p.priceBaseYear,
    discountRate: p.discountRate,
    ragThresholds: { green: p.ragThresholds.green, amber: p.ragThresholds.amber },
    reinvestmentShare: p.reinvestmentShare,
    optimismBias,
    illustrative: p.illustrative,
    spcShiftRunLength: p.spcShiftRunLength ?? 7,
    // Absent when not given (absent reads as: no population, not compared, not public).
    ...(p.population === undefined ? {} : { population: p.population }),
    ...(p.comparisonOptIn === true ? { comparisonOptIn: true } : {}),
    ...(p.publicPage === true ? { publicPage: true } : {}),
  };
  return { programme, priceBaseYear: programme.priceBaseYear };
}
