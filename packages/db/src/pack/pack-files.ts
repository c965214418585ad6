// The CSV files of a pack (pack-format.md): exact columns and the zod schema for one row.
import * as z from 'zod';
import {
  anyText,
  boundedText,
  optionalBoundedText,
  decimal,
  financialYear,
  integerIn,
  optionalIntegerIn,
  isoDate,
  nullableDecimal,
  nullableOneOf,
  optionalFinancialYear,
  oneOf,
  optionalDecimal,
  optionalIsoDate,
  optionalOneOf,
  optionalPence,
  optionalSlug,
  optionalText,
  optionalYesNo,
  optionalIndicatorCode,
  pence,
  slug,
  text,
} from './fields.js';

const PARTNER_KINDS = [
  'council',
  'police',
  'probation',
  'health',
  'dwp',
  'fire',
  'housing',
  'voluntary',
  'other',
] as const;

/** Upper bounds on a metric's profile (metrics.csv benefit_lag_years, persistence_years). */
export const MAX_BENEFIT_LAG_YEARS = 20;
export const MAX_PERSISTENCE_YEARS = 60;

const SHARE_OPEN = { above: 0, max: 1, expected: 'in (0, 1]: more than 0 and at most 1' };

/**
 * A CSV file's spec: its columns are exactly the keys of the row schema, so they cannot drift.
 * `optionalColumns` may be left out of the header (a pack written before they existed still
 * loads); a left-out column reads as blank in every row.
 */
function csvFile<S extends Record<string, z.ZodType<unknown, string>>>(
  file: string,
  shape: S,
  options: { optional?: boolean; optionalColumns?: readonly (keyof S & string)[] } = {},
) {
  return {
    file,
    columns: Object.keys(shape) as (keyof S & string)[],
    optionalColumns: (options.optionalColumns ?? []) as readonly string[],
    schema: z.object(shape),
    optional: options.optional === true,
  };
}

export const partnersCsv = csvFile(
  'partners.csv',
  {
    id: slug(),
    name: text(),
    kind: oneOf(PARTNER_KINDS),
    // Whose budget the partner's savings fall on; only local cashable savings are reinvested.
    budget: optionalOneOf(['local', 'national'], 'local'),
  },
  { optionalColumns: ['budget'] },
);

export const outcomesCsv = csvFile('outcomes.csv', { id: slug(), name: text() });

export const strandsCsv = csvFile('strands.csv', {
  id: slug(),
  name: text(),
  sponsor_partner_id: slug(),
  description: optionalText(),
});

/** Additionality shares: in [0, 1], blank for 0 (no adjustment). */
const additionalityShare = () =>
  optionalDecimal(0, { min: 0, max: 1, expected: 'in [0, 1], or empty for 0' });

/** Green Book optimism-bias categories for costs (core's COST_OPTIMISM_BIAS_UPPER_BOUND keys). */
const COST_OPTIMISM_BIAS_CATEGORIES = [
  'standard-buildings',
  'non-standard-buildings',
  'standard-civil-engineering',
  'non-standard-civil-engineering',
  'equipment-development',
  'outsourcing',
] as const;

export const unitCostsCsv = csvFile(
  'unit_costs.csv',
  {
    id: slug(),
    name: text(),
    per: oneOf(['event', 'year']),
    value_gbp: pence({ positive: true }),
    price_year: financialYear(),
    source: anyText(),
    confidence_grade: integerIn(1, 6),
    category: oneOf(['fiscal', 'economic', 'social']),
    cashable_share: decimal({ min: 0, max: 1, expected: 'in [0, 1]' }),
    // The value stack (GMCA CBA model): economic and social parts of one unit, same price year.
    economic_gbp: optionalPence(),
    social_gbp: optionalPence(),
  },
  { optionalColumns: ['economic_gbp', 'social_gbp'] },
);

export const unitCostBearersCsv = csvFile('unit_cost_bearers.csv', {
  unit_cost_id: slug(),
  partner_id: slug(),
  share: decimal(SHARE_OPEN),
});

export const metricsCsv = csvFile(
  'metrics.csv',
  {
    id: slug(),
    strand_id: slug(),
    outcome_id: slug(),
    name: text(),
    unit: text(),
    frequency: oneOf(['month', 'quarter', 'year']),
    polarity: oneOf(['lower', 'higher']),
    kind: oneOf(['flow', 'stock']),
    owner_partner_id: slug(),
    unit_cost_id: optionalSlug(),
    attribution: optionalDecimal(1, {
      ...SHARE_OPEN,
      expected: `${SHARE_OPEN.expected}, or empty for 1`,
    }),
    source: anyText(),
    cumulative: optionalYesNo(),
    // Additionality (Green Book; HCA Additionality Guide): applied leakage, displacement,
    // substitution, deadweight in that order.
    deadweight: additionalityShare(),
    displacement: additionalityShare(),
    leakage: additionalityShare(),
    substitution: additionalityShare(),
    additionality_source: optionalBoundedText(500),
    additionality_grade: optionalBoundedText(100),
    indicator_code: optionalIndicatorCode(),
    // A comparison series standing for the counterfactual (its values in comparators.csv).
    comparator_name: optionalBoundedText(200),
    comparator_source: optionalBoundedText(500),
    // Lag, persistence and drop-off of the value (the GMCA CBA model's profile; blank: none).
    // The bounds keep a profile within the Green Book's longest appraisal horizon (60 years).
    benefit_lag_years: optionalIntegerIn(0, MAX_BENEFIT_LAG_YEARS),
    persistence_years: optionalIntegerIn(1, MAX_PERSISTENCE_YEARS),
    drop_off_rate: nullableDecimal({ min: 0, max: 1, expected: 'in [0, 1], or empty for 0' }),
    persistence_source: optionalBoundedText(500),
    // Issue 17: the first day from which no figures are due; empty means in use.
    retired_from: optionalIsoDate(),
  },
  {
    optionalColumns: [
      'cumulative',
      'deadweight',
      'displacement',
      'leakage',
      'substitution',
      'additionality_source',
      'additionality_grade',
      'indicator_code',
      'comparator_name',
      'comparator_source',
      'benefit_lag_years',
      'persistence_years',
      'drop_off_rate',
      'persistence_source',
      'retired_from',
    ],
  },
);

export const baselinesCsv = csvFile(
  'baselines.csv',
  {
    metric_id: slug(),
    value: decimal(),
    annual_growth: optionalDecimal(0, {
      above: -1,
      expected: 'greater than -1 (such as 0.035 for 3.5% a year), or empty for 0',
    }),
    measured_from: optionalIsoDate(),
    measured_to: optionalIsoDate(),
    note: optionalText(),
    // The counterfactual's anchor; empty or absent means the programme's first day.
    growth_from: optionalIsoDate(),
  },
  { optionalColumns: ['growth_from'] },
);

export const forecastsCsv = csvFile('forecasts.csv', {
  metric_id: slug(),
  period_start: isoDate(),
  value: decimal(),
});

export const actualsCsv = csvFile('actuals.csv', {
  metric_id: slug(),
  period_start: isoDate(),
  value: decimal({ min: 0, expected: 'of 0 or more (a returned figure cannot be negative)' }),
  note: optionalText(),
});

export const costsCsv = csvFile(
  'costs.csv',
  {
    strand_id: slug(),
    partner_id: slug(),
    financial_year: financialYear(),
    kind: oneOf(['transition', 'running']),
    forecast_gbp: pence(),
    actual_gbp: optionalPence(),
    // The prices the amounts are in (blank: the programme's price base), deflated like unit costs.
    price_year: optionalFinancialYear(),
    // Green Book optimism bias on the forecast: a category's upper bound, or the line's own share.
    optimism_bias_category: nullableOneOf(COST_OPTIMISM_BIAS_CATEGORIES),
    optimism_bias: nullableDecimal({ min: 0, expected: 'of 0 or more (0.24 for 24%), or empty' }),
  },
  { optionalColumns: ['price_year', 'optimism_bias_category', 'optimism_bias'] },
);

export const deflatorsCsv = csvFile(
  'deflators.csv',
  {
    financial_year: financialYear(),
    index: decimal({ above: 0, expected: 'greater than 0' }),
  },
  { optional: true },
);

/** The longest story part, as the API allows one (COMMENTARY_MAX_LENGTH in the contract). */
const COMMENTARY_MAX_LENGTH = 2000;

/**
 * Optional: the sponsors' story behind the curve for a metric and period, loaded as revision 1
 * of that period's commentary (the demonstration pack's is invented, and says so in `author`).
 */
export const commentaryCsv = csvFile(
  'commentary.csv',
  {
    metric_id: slug(),
    period_start: isoDate(),
    what_happened: boundedText(COMMENTARY_MAX_LENGTH),
    what_helps: optionalBoundedText(COMMENTARY_MAX_LENGTH),
    what_hurts: optionalBoundedText(COMMENTARY_MAX_LENGTH),
    what_next: optionalBoundedText(COMMENTARY_MAX_LENGTH),
    author: boundedText(200),
  },
  { optional: true },
);

/**
 * Optional: a metric's comparison series (metrics.csv comparator_name), one value per period of
 * its frequency; the counterfactual of a period it covers is the series scaled to the baseline.
 */
export const comparatorsCsv = csvFile(
  'comparators.csv',
  {
    metric_id: slug(),
    period_start: isoDate(),
    value: decimal({ min: 0, expected: 'of 0 or more' }),
  },
  { optional: true },
);

/** Every file in the order errors are reported. */
export const PACK_FILES = [
  'programme.json',
  partnersCsv.file,
  outcomesCsv.file,
  strandsCsv.file,
  unitCostsCsv.file,
  unitCostBearersCsv.file,
  metricsCsv.file,
  baselinesCsv.file,
  forecastsCsv.file,
  actualsCsv.file,
  costsCsv.file,
  deflatorsCsv.file,
  commentaryCsv.file,
  comparatorsCsv.file,
] as const;
