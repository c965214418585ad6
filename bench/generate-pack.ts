// Writes one synthetic but realistic programme pack (pack-format.md) for the national-scale
// benchmark: 6 strands of 5 metrics (monthly and quarterly, flows and stocks, most monetised),
// actuals April 2010 to March 2020, forecasts from April 2013, costs and deflators. Deterministic:
// the same (index, seed) always gives the same files. Ideas from data/generators/west-cheshire.ts
// (seeded PRNG, counterfactual, ramps), none of its code paths.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

type Frequency = 'month' | 'quarter';
type Polarity = 'lower' | 'higher';
type Kind = 'flow' | 'stock';

/** Seeded mulberry32 with a Box-Muller normal. */
export interface Rng {
  uniform(): number;
  normal(): number;
  pick<T>(items: readonly T[]): T;
}

export function makeRng(seed: number): Rng {
  let a = seed >>> 0;
  const uniform = (): number => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const normal = (): number => {
    const u = Math.max(uniform(), 1e-12);
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * uniform());
  };
  const pick = <T>(items: readonly T[]): T => {
    const item = items[Math.floor(uniform() * items.length)];
    if (item === undefined) throw new Error('pick from an empty list');
    return item;
  };
  return { uniform, normal, pick };
}

const FIRST_FY = 2013; // 2013-14: year index 0
const YEARS = 7; // to 2019-20
const ACTUALS_FROM_FY = 2010; // April 2010
const LAST_FY = 2019; // to March 2020

const pad = (n: number): string => String(n).padStart(2, '0');
const fyLabel = (fy: number): string => `${fy}-${pad((fy + 1) % 100)}`;

interface Period {
  start: string;
  fy: number;
  /** Mid-point in years from 1 April 2013 (drives the ramps). */
  t: number;
  /** Month of the financial year, 0 = April. */
  monthIndex: number;
}

function periodsOf(frequency: Frequency, fromFy: number, toFy: number): Period[] {
  const step = frequency === 'month' ? 1 : 3;
  const out: Period[] = [];
  for (let fy = fromFy; fy <= toFy; fy++) {
    for (let m = 0; m < 12; m += step) {
      const year = m < 9 ? fy : fy + 1;
      const month = m < 9 ? m + 4 : m - 8;
      out.push({
        start: `${year}-${pad(month)}-01`,
        fy,
        t: fy - FIRST_FY + (m + step / 2) / 12,
        monthIndex: m,
      });
    }
  }
  return out;
}

/** 0 before `from`, rising linearly to `to` over `years`, flat after. */
const ramp =
  (to: number, from = 0, years = 3) =>
  (t: number): number =>
    t <= from ? 0 : t >= from + years ? to : (to * (t - from)) / years;

// ---------------------------------------------------------------------------------------------
// The partnership: the same shape in every programme, named after its place.

// budget: only savings to local budgets go in the reinvestment pot (national ones are shown beside it).
const PARTNERS: [id: string, name: string, kind: string, budget?: 'national'][] = [
  ['council', 'Council', 'council'],
  ['police', 'Constabulary', 'police'],
  ['probation', 'Probation service', 'probation'],
  ['ccg-north', 'North Clinical Commissioning Group', 'health'],
  ['ccg-south', 'South Clinical Commissioning Group', 'health'],
  ['health-trusts', 'Local health trusts', 'health'],
  ['jobcentre-plus', 'Jobcentre Plus', 'dwp'],
  ['fire', 'Fire and rescue service', 'fire'],
  ['housing', 'Housing trust', 'housing'],
  ['voluntary', 'Voluntary, community and faith sector', 'voluntary'],
  ['criminal-justice', 'Criminal justice system (national)', 'other', 'national'],
  ['dwp-national', 'Department for Work and Pensions (national)', 'other', 'national'],
];

const OUTCOMES: [string, string][] = [
  ['crime-has-reduced', 'Crime has reduced'],
  ['children-are-safer', 'Children are safer'],
  ['people-are-healthier', 'People are healthier'],
  ['less-dependent-on-the-state', 'People are less dependent on the state'],
  ['people-have-better-skills', 'People have better skills'],
  ['older-people-live-independently', 'Older residents lead independent lives'],
  ['smarter-public-services', 'Public services are smarter and cost less to run'],
];

export const STRANDS: [id: string, name: string, sponsor: string][] = [
  ['early-help', 'Early Help', 'council'],
  ['troubled-families', 'Troubled Families', 'council'],
  ['safer-communities', 'Safer Communities', 'police'],
  ['work-and-skills', 'Work and Skills', 'jobcentre-plus'],
  ['ageing-well', 'Ageing Well', 'ccg-north'],
  ['shared-estate', 'Shared Estate', 'council'],
];

interface UnitCostSpec {
  id: string;
  name: string;
  per: 'event' | 'year';
  value: number;
  priceFy: number;
  grade: number;
  category: 'fiscal' | 'economic' | 'social';
  cashable: number;
  /** Shares in thousandths, summing to 1000. */
  bearers: [string, number][];
}

// prettier-ignore
const UNIT_COSTS: UnitCostSpec[] = [
  uc('domestic-abuse-incident', 'Domestic abuse incident', 'event', 2470, 2008, 3, 'fiscal', 0.1, [
    ['police', 170],
    ['criminal-justice', 235],
    ['ccg-north', 335],
    ['ccg-south', 137],
    ['council', 123],
  ]),
  uc('arrest', 'Arrest and prosecution', 'event', 6000, 2013, 4, 'fiscal', 0.1, [
    ['police', 600],
    ['criminal-justice', 400],
  ]),
  uc('prisoner-year', 'A prisoner for a year', 'year', 37648, 2011, 2, 'fiscal', 0, [
    ['criminal-justice', 1000],
  ]),
  uc('asb-incident', 'Anti-social behaviour incident', 'event', 673, 2010, 3, 'fiscal', 0.2, [
    ['police', 550],
    ['council', 300],
    ['housing', 150],
  ]),
  uc('ae-attendance', 'A&E attendance', 'event', 117, 2012, 2, 'fiscal', 0.3, [
    ['ccg-north', 450],
    ['ccg-south', 200],
    ['health-trusts', 350],
  ]),
  uc('emergency-admission', 'Non-elective admission', 'event', 1863, 2012, 2, 'fiscal', 0.3, [
    ['ccg-north', 500],
    ['ccg-south', 250],
    ['health-trusts', 250],
  ]),
  uc('bed-day', 'Excess hospital bed day', 'event', 275, 2012, 2, 'fiscal', 0.5, [
    ['health-trusts', 1000],
  ]),
  uc('residential-care-year', 'Residential care for a year', 'year', 28080, 2012, 2, 'fiscal', 0.6, [
    ['council', 800],
    ['ccg-north', 200],
  ]),
  uc('child-in-care-year', 'A child looked after for a year', 'year', 52000, 2012, 2, 'fiscal', 0.4, [
    ['council', 1000],
  ]),
  uc('child-protection-year', 'A child protection plan for a year', 'year', 4800, 2012, 3, 'fiscal', 0.3, [
    ['council', 850],
    ['police', 150],
  ]),
  uc('social-care-referral', 'Referral to children’s social care', 'event', 1500, 2011, 4, 'fiscal', 0.2, [
    ['council', 1000],
  ]),
  uc('out-of-work-benefit-year', 'Out-of-work benefit claimant for a year', 'year', 9800, 2010, 1, 'fiscal', 0, [
    ['dwp-national', 1000],
  ]),
  uc('homelessness-case', 'Statutory homelessness application', 'event', 2700, 2011, 4, 'fiscal', 0.5, [
    ['council', 700],
    ['housing', 300],
  ]),
  uc('fire-incident', 'Accidental dwelling fire', 'event', 3600, 2011, 3, 'economic', 0.1, [
    ['fire', 600],
    ['health-trusts', 150],
    ['voluntary', 250],
  ]),
  uc('youth-offence', 'A proven offence by a young person', 'event', 3080, 2010, 3, 'fiscal', 0.1, [
    ['police', 400],
    ['criminal-justice', 450],
    ['council', 150],
  ]),
  uc('floor-space-year', 'Running a square metre of office for a year', 'year', 190, 2013, 2, 'fiscal', 1, [
    ['council', 700],
    ['police', 150],
    ['fire', 150],
  ]),
];

function uc(
  id: string,
  name: string,
  per: 'event' | 'year',
  value: number,
  priceFy: number,
  grade: number,
  category: UnitCostSpec['category'],
  cashable: number,
  bearers: [string, number][],
): UnitCostSpec {
  return { id, name, per, value, priceFy, grade, category, cashable, bearers };
}

interface MetricSpec {
  id: string;
  strand: string;
  outcome: string;
  name: string;
  unit: string;
  frequency: Frequency;
  polarity: Polarity;
  kind: Kind;
  owner: string;
  unitCost: string | null;
  attribution: number | null;
  /** Level per period for a place of average size. */
  level: number;
  growth: number;
  /** Improvement the business case forecast at full effect (relative). */
  effect: number;
}

const m = (
  strand: string,
  id: string,
  name: string,
  unit: string,
  frequency: Frequency,
  kind: Kind,
  polarity: Polarity,
  owner: string,
  outcome: string,
  unitCost: string | null,
  level: number,
  growth: number,
  effect: number,
  attribution: number | null = null,
): MetricSpec => ({
  id,
  strand,
  outcome,
  name,
  unit,
  frequency,
  polarity,
  kind,
  owner,
  unitCost,
  attribution,
  level,
  growth,
  effect,
});

// One line per metric: strand, id, name, unit, frequency, kind, polarity, owner, outcome,
// unit cost, level per period, annual growth, full forecast effect, attribution.
// prettier-ignore
export const METRICS: MetricSpec[] = [
  m('early-help', 'eh-social-care-referrals', 'Referrals to children’s social care', 'referrals', 'month', 'flow', 'lower', 'council', 'children-are-safer', 'social-care-referral', 160, 0.03, 0.15),
  m('early-help', 'eh-child-protection-plans', 'Children with a child protection plan (at period end)', 'children', 'quarter', 'stock', 'lower', 'council', 'children-are-safer', 'child-protection-year', 310, 0.02, 0.12),
  m('early-help', 'eh-children-in-care', 'Children looked after (at period end)', 'children', 'month', 'stock', 'lower', 'council', 'children-are-safer', 'child-in-care-year', 420, 0.025, 0.08),
  m('early-help', 'eh-child-ae-attendances', 'A&E attendances of under-fives', 'attendances', 'month', 'flow', 'lower', 'ccg-north', 'people-are-healthier', 'ae-attendance', 900, 0.035, 0.1, 0.5),
  m('early-help', 'eh-early-help-assessments', 'Early help assessments completed', 'assessments', 'quarter', 'flow', 'higher', 'council', 'children-are-safer', null, 240, 0, 0.4),
  m('troubled-families', 'tf-families-turned-around', 'Families with results claimed', 'families', 'quarter', 'flow', 'higher', 'council', 'less-dependent-on-the-state', null, 30, 0, 1.5),
  m('troubled-families', 'tf-youth-offences', 'Proven offences by young people in the cohort', 'offences', 'quarter', 'flow', 'lower', 'police', 'crime-has-reduced', 'youth-offence', 85, 0.01, 0.2, 0.8),
  m('troubled-families', 'tf-asb-incidents', 'Anti-social behaviour incidents by cohort families', 'incidents', 'month', 'flow', 'lower', 'police', 'crime-has-reduced', 'asb-incident', 140, 0.02, 0.25),
  m('troubled-families', 'tf-adults-on-benefits', 'Adults in cohort families on out-of-work benefits', 'adults', 'quarter', 'stock', 'lower', 'jobcentre-plus', 'less-dependent-on-the-state', 'out-of-work-benefit-year', 380, 0.01, 0.1),
  m('troubled-families', 'tf-school-absence', 'Persistent absence of cohort children', 'percent', 'quarter', 'flow', 'lower', 'council', 'people-have-better-skills', null, 14, 0, 0.2),
  m('safer-communities', 'sc-domestic-abuse-incidents', 'Domestic abuse incidents reported to the police', 'incidents', 'month', 'flow', 'lower', 'police', 'crime-has-reduced', 'domestic-abuse-incident', 240, 0.02, 0.18),
  m('safer-communities', 'sc-perpetrator-arrests', 'Arrests of known perpetrators', 'arrests', 'month', 'flow', 'lower', 'police', 'crime-has-reduced', 'arrest', 45, 0.03, 0.25, 0.8),
  m('safer-communities', 'sc-perpetrators-in-custody', 'Known perpetrators in custody (at period end)', 'people', 'quarter', 'stock', 'lower', 'probation', 'crime-has-reduced', 'prisoner-year', 60, 0.02, 0.15),
  m('safer-communities', 'sc-repeat-victims', 'Repeat victims referred to the risk conference', 'victims', 'quarter', 'flow', 'lower', 'police', 'crime-has-reduced', null, 55, 0.01, 0.2),
  m('safer-communities', 'sc-dwelling-fires', 'Accidental dwelling fires', 'fires', 'quarter', 'flow', 'lower', 'fire', 'crime-has-reduced', 'fire-incident', 48, 0, 0.15),
  m('work-and-skills', 'ws-jsa-claimants', 'Jobseeker’s Allowance claimants (at period end)', 'claimants', 'month', 'stock', 'lower', 'jobcentre-plus', 'less-dependent-on-the-state', 'out-of-work-benefit-year', 4200, -0.02, 0.06),
  m('work-and-skills', 'ws-esa-claimants', 'Employment and Support Allowance claimants (at period end)', 'claimants', 'quarter', 'stock', 'lower', 'jobcentre-plus', 'less-dependent-on-the-state', 'out-of-work-benefit-year', 6100, 0.01, 0.04),
  m('work-and-skills', 'ws-job-starts', 'Hub clients starting work', 'people', 'month', 'flow', 'higher', 'jobcentre-plus', 'less-dependent-on-the-state', null, 120, 0, 0.5),
  m('work-and-skills', 'ws-young-neet', 'Young people not in education, employment or training', 'people', 'quarter', 'stock', 'lower', 'council', 'people-have-better-skills', 'out-of-work-benefit-year', 650, 0, 0.12, 0.5),
  m('work-and-skills', 'ws-homelessness', 'Statutory homelessness applications', 'applications', 'month', 'flow', 'lower', 'housing', 'less-dependent-on-the-state', 'homelessness-case', 70, 0.04, 0.15),
  m('ageing-well', 'aw-emergency-admissions', 'Emergency admissions of people aged 65 and over', 'admissions', 'month', 'flow', 'lower', 'ccg-north', 'older-people-live-independently', 'emergency-admission', 1450, 0.035, 0.07),
  m('ageing-well', 'aw-ae-attendances', 'A&E attendances of people aged 65 and over', 'attendances', 'month', 'flow', 'lower', 'ccg-south', 'people-are-healthier', 'ae-attendance', 2300, 0.03, 0.06),
  m('ageing-well', 'aw-delayed-days', 'Delayed transfer of care bed days', 'bed days', 'month', 'flow', 'lower', 'health-trusts', 'older-people-live-independently', 'bed-day', 820, 0.04, 0.2),
  m('ageing-well', 'aw-care-home-residents', 'Permanent care home residents aged 65 and over (at period end)', 'people', 'quarter', 'stock', 'lower', 'council', 'older-people-live-independently', 'residential-care-year', 1300, 0.03, 0.05),
  m('ageing-well', 'aw-reablement-home', 'Older people at home 91 days after reablement', 'percent', 'quarter', 'flow', 'higher', 'council', 'older-people-live-independently', null, 81, 0, 0.06),
  m('shared-estate', 'se-floor-space', 'Office floor space held (at period end)', 'square metres', 'quarter', 'stock', 'lower', 'council', 'smarter-public-services', 'floor-space-year', 52000, 0, 0.15),
  m('shared-estate', 'se-shared-buildings', 'Buildings shared by two or more partners', 'buildings', 'quarter', 'stock', 'higher', 'council', 'smarter-public-services', null, 6, 0, 2),
  m('shared-estate', 'se-police-stations', 'Police front counters open', 'counters', 'quarter', 'stock', 'lower', 'police', 'smarter-public-services', null, 12, 0, 0.3),
  m('shared-estate', 'se-fire-community-rooms', 'Fire station rooms let to partners', 'rooms', 'quarter', 'stock', 'higher', 'fire', 'smarter-public-services', null, 4, 0, 1),
  m('shared-estate', 'se-backlog-repairs', 'Backlog maintenance of the shared estate', 'pounds (thousands)', 'quarter', 'stock', 'lower', 'council', 'smarter-public-services', null, 3100, 0.02, 0.2),
];

/** The strand and a monthly monetised metric every generated programme has (for the benchmark). */
export const BENCH_STRAND_ID = 'safer-communities';
export const BENCH_METRIC_ID = 'sc-domestic-abuse-incidents';

const DEFLATOR_BASE: [number, number][] = [
  [2008, 159.281],
  [2009, 161.8],
  [2010, 167.95],
  [2011, 171.796],
  [2012, 175.001],
  [2013, 178.383],
  [2014, 181.772],
  [2015, 183.4],
  [2016, 186.9],
  [2017, 190.6],
  [2018, 194.3],
  [2019, 198.2],
];

export interface GeneratedPack {
  programmeId: string;
  dir: string;
  /** Data rows written across the CSV files (header lines excluded). */
  rows: number;
  actuals: number;
}

function csvCell(value: string | number | null): string {
  if (value === null) return '';
  const s = typeof value === 'number' ? numberText(value) : value;
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

function numberText(n: number): string {
  return Number.isInteger(n) ? String(n) : String(Number(n.toFixed(6)));
}

function writeCsv(dir: string, file: string, header: string, rows: (string | number | null)[][]) {
  const lines = new Array<string>(rows.length + 1);
  lines[0] = header;
  for (let i = 0; i < rows.length; i++) lines[i + 1] = (rows[i] ?? []).map(csvCell).join(',');
  writeFileSync(join(dir, file), `${lines.join('\n')}\n`);
  return rows.length;
}

export const programmeIdOf = (index: number): string =>
  `authority-${String(index + 1).padStart(3, '0')}`;

/**
 * Writes programme number `index` (0-based) into `<outDir>/<programmeId>/`. Places differ in
 * size (levels scaled 0.4×–2.5×), in how well each strand delivers, and in noise; a few returns
 * are missing (about 0.5% of periods with a forecast).
 */
export function generatePack(outDir: string, index: number, seed: number): GeneratedPack {
  const programmeId = programmeIdOf(index);
  const place = `Authority ${String(index + 1).padStart(3, '0')}`;
  const dir = join(outDir, programmeId);
  mkdirSync(dir, { recursive: true });
  const rng = makeRng(Math.imul(seed ^ 0x9e3779b9, 2654435761) + index * 7919);
  const size = 0.4 + rng.uniform() * 2.1;
  let rows = 0;

  writeFileSync(
    join(dir, 'programme.json'),
    `${JSON.stringify(
      {
        id: programmeId,
        name: `${place} Together`,
        place,
        description: `Synthetic benchmark programme ${index + 1} (seed ${seed}): invented figures in the shape of a whole place community budget.`,
        firstFinancialYear: fyLabel(FIRST_FY),
        years: YEARS,
        priceBaseYear: fyLabel(FIRST_FY),
        discountRate: 0.035,
        ragThresholds: { green: 0.95, amber: 0.8 },
        reinvestmentShare: 0.2,
        illustrative: true,
      },
      null,
      2,
    )}\n`,
  );
  rows += writeCsv(
    dir,
    'partners.csv',
    'id,name,kind,budget',
    PARTNERS.map(([id, name, kind, budget]) => [
      id,
      kind === 'other' ? name : `${place} ${name}`,
      kind,
      budget ?? 'local',
    ]),
  );
  rows += writeCsv(dir, 'outcomes.csv', 'id,name', OUTCOMES);
  rows += writeCsv(
    dir,
    'strands.csv',
    'id,name,sponsor_partner_id,description',
    STRANDS.map(([id, name, sponsor]) => [id, name, sponsor, `${name} in ${place}.`]),
  );
  rows += writeCsv(
    dir,
    'unit_costs.csv',
    'id,name,per,value_gbp,price_year,source,confidence_grade,category,cashable_share',
    UNIT_COSTS.map((u) => [
      u.id,
      u.name,
      u.per,
      u.value,
      fyLabel(u.priceFy),
      'Unit Cost Database v1.2 (synthetic benchmark copy)',
      u.grade,
      u.category,
      u.cashable,
    ]),
  );
  rows += writeCsv(
    dir,
    'unit_cost_bearers.csv',
    'unit_cost_id,partner_id,share',
    UNIT_COSTS.flatMap((u) => u.bearers.map(([p, thousandths]) => [u.id, p, thousandths / 1000])),
  );
  rows += writeCsv(
    dir,
    'metrics.csv',
    'id,strand_id,outcome_id,name,unit,frequency,polarity,kind,owner_partner_id,unit_cost_id,attribution,source',
    METRICS.map((s) => [
      s.id,
      s.strand,
      s.outcome,
      s.name,
      s.unit,
      s.frequency,
      s.polarity,
      s.kind,
      s.owner,
      s.unitCost,
      s.attribution,
      `${place} partner systems (synthetic)`,
    ]),
  );

  // Each strand delivers its own share of what it forecast (0.55–1.25): a spread of RAGs.
  const delivery = new Map(STRANDS.map(([id]) => [id, 0.55 + rng.uniform() * 0.7]));
  const baselines: (string | number | null)[][] = [];
  const forecasts: (string | number | null)[][] = [];
  const actuals: (string | number | null)[][] = [];
  for (const spec of METRICS) {
    const level = spec.level * (spec.unit === 'percent' ? 1 : size);
    const decimals = spec.unit === 'percent' ? 1 : 0;
    const round = (v: number) =>
      decimals === 0 ? Math.round(Math.max(0, v)) : Math.round(Math.max(0, v) * 10) / 10;
    const sign = spec.polarity === 'lower' ? -1 : 1;
    const forecastEffect = ramp(spec.effect * (0.8 + rng.uniform() * 0.4));
    const realised = (delivery.get(spec.strand) ?? 1) * (0.85 + rng.uniform() * 0.3);
    const lag = rng.uniform() * 0.5;
    const actualEffect = ramp(spec.effect * realised, lag);
    const cv = spec.kind === 'stock' ? 0.015 : 0.05;
    const season = spec.kind === 'flow' ? 0.04 + rng.uniform() * 0.06 : 0;
    const trend = (fy: number) => level * (1 + spec.growth) ** (fy - FIRST_FY);
    const wave = (p: Period) => 1 + season * Math.cos((2 * Math.PI * (p.monthIndex - 8)) / 12);

    const series = periodsOf(spec.frequency, ACTUALS_FROM_FY, LAST_FY);
    const values = series.map((p) => {
      const effect = p.t > 0 ? actualEffect(p.t) : 0;
      const mean = trend(p.fy) * wave(p) * (1 + sign * effect);
      return round(mean * (1 + cv * rng.normal()));
    });
    // Baseline: the mean of 2012-13, the year before delivery (as the business cases measured it).
    const window = values.filter((_, i) => series[i]?.fy === FIRST_FY - 1);
    const baseline = Math.round((window.reduce((a, b) => a + b, 0) / window.length) * 10) / 10;
    baselines.push([
      spec.id,
      baseline,
      spec.growth,
      `${FIRST_FY - 1}-04-01`,
      `${FIRST_FY}-03-31`,
      'Mean of the periods of 2012-13',
    ]);
    series.forEach((p, i) => {
      const inCase = p.fy >= FIRST_FY;
      if (inCase) {
        const cf = baseline * (1 + spec.growth) ** (p.fy - FIRST_FY);
        forecasts.push([spec.id, p.start, round(cf * (1 + sign * forecastEffect(p.t)))]);
      }
      // A few returns never came in: about 0.5% of the periods with a forecast.
      if (inCase && rng.uniform() < 0.005) return;
      actuals.push([spec.id, p.start, values[i] ?? 0, null]);
    });
  }
  rows += writeCsv(
    dir,
    'baselines.csv',
    'metric_id,value,annual_growth,measured_from,measured_to,note',
    baselines,
  );
  rows += writeCsv(dir, 'forecasts.csv', 'metric_id,period_start,value', forecasts);
  rows += writeCsv(dir, 'actuals.csv', 'metric_id,period_start,value,note', actuals);

  // Costs: each strand's budget across three or four partners, transition in the first two years.
  const costs: (string | number | null)[][] = [];
  for (const [strandId, , sponsor] of STRANDS) {
    const total = (1_000_000 + rng.uniform() * 6_000_000) * size;
    const partners = [
      sponsor,
      ...['council', 'police', 'ccg-north', 'voluntary'].filter((p) => p !== sponsor),
    ].slice(0, 3 + Math.floor(rng.uniform() * 2));
    const shares = partners.map((_, i) => (i === 0 ? 0.5 : 0.5 / (partners.length - 1)));
    for (let y = 0; y < YEARS; y++) {
      partners.forEach((partnerId, i) => {
        const running = Math.round((total * 0.85 * (shares[i] ?? 0)) / YEARS / 100) * 100;
        const transition =
          y < 2 ? Math.round((total * 0.15 * (shares[i] ?? 0)) / 2 / 100) * 100 : 0;
        for (const [kind, forecast] of [
          ['transition', transition],
          ['running', running],
        ] as const) {
          if (forecast <= 0) continue;
          // The latest year's actuals are not yet known.
          const actual = y === YEARS - 1 ? null : Math.round(forecast * (1 + 0.05 * rng.normal()));
          costs.push([strandId, partnerId, fyLabel(FIRST_FY + y), kind, forecast, actual]);
        }
      });
    }
  }
  rows += writeCsv(
    dir,
    'costs.csv',
    'strand_id,partner_id,financial_year,kind,forecast_gbp,actual_gbp',
    costs,
  );
  rows += writeCsv(
    dir,
    'deflators.csv',
    'financial_year,index',
    DEFLATOR_BASE.map(([fy, index]) => [fyLabel(fy), index]),
  );
  return { programmeId, dir, rows, actuals: actuals.length };
}
