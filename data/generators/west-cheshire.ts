// Generates the demonstration pack data/programmes/west-cheshire/ ("Altogether Better").
// Deterministic: a small seeded PRNG per metric, no dependencies, no clock.
// Run from the repository root: npx tsx data/generators/west-cheshire.ts [out-dir]
// (out-dir defaults to data/programmes/west-cheshire; packages/db/test/demo-pack-generator.test.ts
// writes to a temporary folder and checks the result is the pack in the repository, byte for byte).
// What comes from the seed documents and what is invented: data/programmes/west-cheshire/README.md.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { commentaryRows } from './west-cheshire-commentary.js';

const HERE = dirname(fileURLToPath(import.meta.url));
const OUT = process.argv[2]
  ? resolve(process.argv[2])
  : join(HERE, '..', 'programmes', 'west-cheshire');

// ---------------------------------------------------------------------------------------------
// Deterministic randomness: xmur3 string hash seeds mulberry32; Box-Muller for normals.

function hashSeed(text: string): number {
  let h = 1779033703 ^ text.length;
  for (let i = 0; i < text.length; i++) {
    h = Math.imul(h ^ text.charCodeAt(i), 3432918353);
    h = (h << 13) | (h >>> 19);
  }
  h = Math.imul(h ^ (h >>> 16), 2246822507);
  h = Math.imul(h ^ (h >>> 13), 3266489909);
  return (h ^= h >>> 16) >>> 0;
}

interface Rng {
  uniform(): number;
  normal(): number;
}

function makeRng(seedText: string): Rng {
  let a = hashSeed(`west-cheshire:${seedText}`);
  const uniform = (): number => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const normal = (): number => {
    const u = Math.max(uniform(), 1e-12);
    const v = uniform();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  };
  return { uniform, normal };
}

// ---------------------------------------------------------------------------------------------
// Periods. Financial year y runs 1 April y to 31 March y+1; t is in years from 1 April 2013.

const FIRST_FY = 2013; // 2013-14, year index k = 0
const YEARS = 5;
const ACTUALS_FROM_FY = 2010; // April 2010: three pre-programme years
const ACTUALS_TO_FY = 2016; // periods ending by 31 March 2017

type Frequency = 'month' | 'quarter' | 'year';
type Polarity = 'lower' | 'higher';
type Kind = 'flow' | 'stock';

interface Period {
  start: string;
  /** Last day, inclusive. */
  end: string;
  fy: number;
  /** Whole financial years from 2013-14. */
  k: number;
  /** Mid-point of the period in years from 1 April 2013 (drives ramps). */
  t: number;
  lengthYears: number;
  /** Month of the financial year, 0 = April (the first month of the period). */
  monthIndex: number;
}

const pad = (n: number): string => String(n).padStart(2, '0');
const fyLabel = (fy: number): string => `${fy}-${pad((fy + 1) % 100)}`;

function isoOf(year: number, month: number, day: number): string {
  return `${year}-${pad(month)}-${pad(day)}`;
}

function lastDay(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function periodsOf(freq: Frequency, fromFy: number, toFy: number): Period[] {
  const out: Period[] = [];
  for (let fy = fromFy; fy <= toFy; fy++) {
    const step = freq === 'month' ? 1 : freq === 'quarter' ? 3 : 12;
    for (let m = 0; m < 12; m += step) {
      const startYear = m < 9 ? fy : fy + 1;
      const startMonth = m < 9 ? m + 4 : m - 8;
      const lastM = m + step - 1;
      const endYear = lastM < 9 ? fy : fy + 1;
      const endMonth = lastM < 9 ? lastM + 4 : lastM - 8;
      out.push({
        start: isoOf(startYear, startMonth, 1),
        end: isoOf(endYear, endMonth, lastDay(endYear, endMonth)),
        fy,
        k: fy - FIRST_FY,
        t: fy - FIRST_FY + (m + step / 2) / 12,
        lengthYears: step / 12,
        monthIndex: m,
      });
    }
  }
  return out;
}

/** Piecewise-linear path through (t, value) pairs given flat, t ascending; flat beyond the ends. */
function ramp(...flat: number[]): (t: number) => number {
  const points: [number, number][] = [];
  for (let i = 0; i + 1 < flat.length; i += 2) points.push([flat[i] ?? 0, flat[i + 1] ?? 0]);
  return (t: number): number => {
    const first = points[0];
    const last = points[points.length - 1];
    if (first === undefined || last === undefined) return 0;
    if (t <= first[0]) return first[1];
    if (t >= last[0]) return last[1];
    for (let i = 1; i < points.length; i++) {
      const a = points[i - 1];
      const b = points[i];
      if (a !== undefined && b !== undefined && t <= b[0]) {
        return a[1] + ((b[1] - a[1]) * (t - a[0])) / (b[0] - a[0]);
      }
    }
    return last[1];
  };
}

const zero = (): number => 0;

// ---------------------------------------------------------------------------------------------
// Partners, outcomes, strands.

interface Partner {
  id: string;
  name: string;
  kind: string;
  /** Whose budget its savings fall on: only local cashable savings go in the reinvestment pot. */
  budget: 'local' | 'national';
}

const COUNCIL = 'cheshire-west-and-chester-council';
const POLICE = 'cheshire-constabulary';
const PROBATION = 'cheshire-probation-trust';
const WCCCG = 'west-cheshire-ccg';
const VRCCG = 'vale-royal-ccg';
const TRUSTS = 'local-health-trusts';
const JCP = 'jobcentre-plus';
const FIRE = 'cheshire-fire-and-rescue';
const HOUSING = 'chester-and-district-housing-trust';
const VCS = 'third-sector-assembly';
const CJS = 'criminal-justice-system';
const DWP = 'dwp-national';
const SOCIETY = 'wider-society';

const PARTNERS: Partner[] = [
  { id: COUNCIL, name: 'Cheshire West and Chester Council', kind: 'council', budget: 'local' },
  { id: POLICE, name: 'Cheshire Constabulary', kind: 'police', budget: 'local' },
  { id: PROBATION, name: 'Cheshire Probation Trust', kind: 'probation', budget: 'local' },
  {
    id: WCCCG,
    name: 'West Cheshire Clinical Commissioning Group',
    kind: 'health',
    budget: 'local',
  },
  { id: VRCCG, name: 'Vale Royal Clinical Commissioning Group', kind: 'health', budget: 'local' },
  { id: TRUSTS, name: 'Local health trusts', kind: 'health', budget: 'local' },
  { id: JCP, name: 'Jobcentre Plus (West Cheshire)', kind: 'dwp', budget: 'local' },
  { id: FIRE, name: 'Cheshire Fire and Rescue Service', kind: 'fire', budget: 'local' },
  { id: HOUSING, name: 'Chester and District Housing Trust', kind: 'housing', budget: 'local' },
  {
    id: VCS,
    name: 'Third Sector Assembly (voluntary, community and faith sector)',
    kind: 'voluntary',
    budget: 'local',
  },
  {
    id: CJS,
    name: 'Criminal justice system excluding police (prosecution, courts, prisons, legal aid; national)',
    kind: 'other',
    // Savings to national budgets are real, but not the partnership's to reinvest.
    budget: 'national',
  },
  {
    id: DWP,
    name: 'Department for Work and Pensions (national benefit spending)',
    kind: 'other',
    budget: 'national',
  },
  {
    id: SOCIETY,
    name: 'Victims, families and wider society (economic and social costs)',
    kind: 'other',
    budget: 'local',
  },
];

const OUTCOMES = [
  { id: 'crime-has-reduced', name: 'Crime has reduced' },
  { id: 'children-are-safer', name: 'Children are safer' },
  { id: 'people-are-healthier', name: 'People are healthier' },
  { id: 'less-dependent-on-the-state', name: 'People are less dependent on the state' },
  { id: 'people-have-better-skills', name: 'People have better skills' },
  {
    id: 'older-people-live-independently',
    name: 'Older residents have the support and confidence to lead independent lives',
  },
  { id: 'smarter-public-services', name: 'Public services are smarter and cost less to run' },
];

const SC = 'safer-communities';
const IES = 'integrated-early-support';
const FT = 'families-together';
const AW = 'ageing-well';
const WR = 'work-ready-individuals';
const IA = 'integrated-assets';

const STRANDS = [
  {
    id: IES,
    name: 'Integrated Early Support',
    sponsor: COUNCIL,
    description:
      'One delivery model for early intervention for children and families: a single front door (the Access Team), a Team Around the Family assessment and three locality case management teams aligned to children’s centres, with staff from health, the council, police, probation and Jobcentre Plus.',
  },
  {
    id: FT,
    name: 'Families Together',
    sponsor: COUNCIL,
    description:
      'West Cheshire’s troubled families programme: a key worker and a single plan for each of the 525 families with multiple problems (crime and anti-social behaviour, school absence, worklessness).',
  },
  {
    id: SC,
    name: 'Safer Communities',
    sponsor: POLICE,
    description:
      'A whole-system response to domestic abuse, sponsored by police and probation: earlier help at standard and medium risk, locality case commissioning, and Navigate Safer integrated offender management for high-risk perpetrators (full launch October 2013).',
  },
  {
    id: WR,
    name: 'Work Ready Individuals',
    sponsor: JCP,
    description:
      'Employment and skills hubs (work zones) co-locating Jobcentre Plus, the National Careers Service, Citizens Advice and the council’s employment and skills service, with a tailored offer for young people, the over-50s and the long-term unemployed.',
  },
  {
    id: AW,
    name: 'Ageing Well',
    sponsor: WCCCG,
    description:
      'Integrated health and social care for older people with long-term conditions, led by the two clinical commissioning groups: virtual teams in Vale Royal, co-located teams in West Cheshire, and joint commissioning of intermediate care to reduce demand on hospitals and residential care.',
  },
  {
    id: IA,
    name: 'Integrated Assets',
    sponsor: COUNCIL,
    description:
      'Sharing the public estate across partners, project by project (co-location around children’s centres, Delamere Street in Chester), to release surplus floorspace and its running costs.',
  },
];

// ---------------------------------------------------------------------------------------------
// Unit costs and deflators.

const DEFLATORS: [number, number][] = [
  [2002, 137.744],
  [2008, 159.281],
  [2010, 167.95],
  [2011, 171.796],
  [2013, 178.383],
  [2014, 181.772],
];

interface UnitCost {
  id: string;
  name: string;
  per: 'event' | 'year';
  value: number;
  priceFy: number;
  source: string;
  grade: number;
  category: 'fiscal' | 'economic' | 'social';
  cashable: number;
  bearers: [string, number][];
  /** The GMCA value stack's optional economic and social parts, £ in the same price year. */
  economic?: number;
  social?: number;
}

// The two CCGs' shares of an NHS cost that falls across the whole borough: an approximate split
// by registered population (West Cheshire the larger), our assumption.
const CCG_SPLIT = 0.71;
/** Splits an NHS share between the two CCGs, exactly in decimal (7 places). */
function nhsBearers(nhsShare: number): [string, number][] {
  const west = Math.round(nhsShare * CCG_SPLIT * 1e7) / 1e7;
  const vale = Math.round((nhsShare - west) * 1e7) / 1e7;
  return [
    [WCCCG, west],
    [VRCCG, vale],
  ];
}

const UCD = 'Unit Cost Database v1.2 (New Economy for the DCLG Troubled Families Unit, 2014)';
const CASE_STUDY =
  'Commissioning case study: Cheshire West and Chester whole place community budget (Altogether Better, Safer Communities, Integrated Early Support)';

const UNIT_COSTS: UnitCost[] = [
  {
    id: 'ucd-cr2-domestic-abuse-incident',
    name: 'Domestic abuse incident: fiscal cost to NHS, criminal justice, police and council',
    per: 'event',
    value: 2470,
    priceFy: 2008,
    source: `${UCD}, CR2.0 (Walby 2009, The Cost of Domestic Violence: update); RAG amber. The council share combines children's services (0.07814) and housing (0.04453) Economic and social parts (GMCA value stack) are illustrative, for this demonstration: the fiscal £2,470 scaled in proportion to Walby (2009): services £3.9bn, lost economic output £1.9bn, human and emotional costs £9.9bn, so economic = 2,470 × 1.9 / 3.9 = £1,203.33 and social = 2,470 × 9.9 / 3.9 = £6,270; not a published per-incident figure`,
    grade: 3,
    category: 'fiscal',
    cashable: 0.1,
    bearers: [...nhsBearers(0.47409), [CJS, 0.23522], [POLICE, 0.16802], [COUNCIL, 0.12267]],
    economic: 1203.33,
    social: 6270,
  },
  {
    id: 'cs-domestic-abuse-incident-whole-cost',
    name: 'Domestic abuse incident: average national cost including economic and social costs',
    per: 'event',
    value: 13160,
    priceFy: 2013,
    source: `${CASE_STUDY}. Original source and price year not given (price year assumed 2013-14). Registered for reference only: no metric uses it, because the fiscal UCD CR2.0 cost already monetises incidents`,
    grade: 5,
    category: 'social',
    cashable: 0,
    bearers: [[SOCIETY, 1]],
  },
  {
    id: 'cs-arrest-and-prosecution',
    name: 'Arrest and prosecution for a domestic abuse incident (local average)',
    per: 'event',
    value: 6000,
    priceFy: 2013,
    source: `${CASE_STUDY}. Local figure; price year not given (assumed 2013-14); police / criminal justice split is our assumption`,
    grade: 4,
    category: 'fiscal',
    cashable: 0.1,
    bearers: [
      [POLICE, 0.25],
      [CJS, 0.75],
    ],
  },
  {
    id: 'cs-perpetrator-custody',
    name: 'Holding a domestic abuse perpetrator in custody (national average)',
    per: 'event',
    value: 9180,
    priceFy: 2013,
    source: `${CASE_STUDY}. Unit and price year not given (assumed per custodial episode, 2013-14). Registered for reference only: custody is monetised per prisoner-year with UCD CR3.0`,
    grade: 5,
    category: 'fiscal',
    cashable: 0.2,
    bearers: [[CJS, 1]],
  },
  {
    id: 'ucd-cr3-prisoner-year',
    name: 'Prison place, per prisoner per year',
    per: 'year',
    value: 37163,
    priceFy: 2010,
    source: `${UCD}, CR3.0 (NOMS costs 2010-11); RAG green`,
    grade: 2,
    category: 'fiscal',
    cashable: 0.3,
    bearers: [[CJS, 1]],
  },
  {
    id: 'ucd-cr6-arrest',
    name: 'Arrest: person detained',
    per: 'event',
    value: 700,
    priceFy: 2013,
    source: `${UCD}, CR6.0 (£593 in 2006-07, Salford police; the database's 2013-14 figure); RAG amber`,
    grade: 3,
    category: 'fiscal',
    cashable: 0.1,
    bearers: [[POLICE, 1]],
  },
  {
    id: 'ucd-cr1-asb-incident',
    name: 'Anti-social behaviour incident needing further action',
    per: 'event',
    value: 500,
    priceFy: 2002,
    source: `${UCD}, CR1.0 (LSE 2003, The Economic and Social Costs of Anti-Social Behaviour; mid-point of £100-£1,000); RAG red`,
    grade: 5,
    category: 'fiscal',
    cashable: 0.05,
    bearers: [[POLICE, 1]],
  },
  {
    id: 'ucd-ss1-looked-after-child',
    name: 'Child looked after, average across care settings, per year',
    per: 'year',
    value: 44676,
    priceFy: 2011,
    source: `${UCD}, SS1.0 (DfE Section 251 and SSDA903 returns, 2011-12); RAG amber. The case study quotes the same £44,676`,
    grade: 3,
    category: 'fiscal',
    cashable: 0.15,
    bearers: [[COUNCIL, 1]],
  },
  {
    id: 'cs-child-protection-plan',
    name: 'Child protection plan, first six months',
    per: 'event',
    value: 2400,
    priceFy: 2013,
    source: `${CASE_STUDY} (£2,400 for a child protection plan over six months; price year assumed 2013-14). Not a coded UCD v1.2 entry`,
    grade: 4,
    category: 'fiscal',
    cashable: 0.3,
    bearers: [[COUNCIL, 1]],
  },
  {
    id: 'ucd-ss6-common-assessment',
    name: 'Common Assessment Framework, per CAF over six months',
    per: 'event',
    value: 1515,
    priceFy: 2010,
    source: `${UCD}, SS6.0; RAG green`,
    grade: 2,
    category: 'fiscal',
    cashable: 0.25,
    bearers: [[COUNCIL, 1]],
  },
  {
    id: 'cs-common-assessment',
    name: 'Common assessment under Integrated Early Support, six months',
    per: 'event',
    value: 1500,
    priceFy: 2013,
    source: `${CASE_STUDY} (price year assumed 2013-14). Registered for reference only: the UCD SS6.0 figure it rounds is used instead`,
    grade: 3,
    category: 'fiscal',
    cashable: 0.3,
    bearers: [[COUNCIL, 1]],
  },
  {
    id: 'ucd-ss6-2-social-care-referral',
    name: "Referral to children's social care",
    per: 'event',
    value: 128,
    priceFy: 2013,
    source: `${UCD}, SS6.2 (£117 in 2009-10, Holmes et al. 2010; the database's 2013-14 figure); RAG green`,
    grade: 2,
    category: 'fiscal',
    cashable: 0.6,
    bearers: [[COUNCIL, 1]],
  },
  {
    id: 'ucd-he3-ae-attendance',
    name: 'A&E attendance (borough-wide, both CCGs)',
    per: 'event',
    value: 109,
    priceFy: 2011,
    source: `${UCD}, HE3.0 (NHS reference costs 2011-12); RAG green. Split between the CCGs by registered population`,
    grade: 2,
    category: 'fiscal',
    cashable: 0.3,
    bearers: nhsBearers(1),
  },
  {
    id: 'ucd-he6-inpatient-episode',
    name: 'Hospital inpatient episode (borough-wide, both CCGs)',
    per: 'event',
    value: 1713,
    priceFy: 2011,
    source: `${UCD}, HE6.0 (NHS reference costs 2011-12); RAG green. Split between the CCGs by registered population`,
    grade: 2,
    category: 'fiscal',
    cashable: 0.3,
    bearers: nhsBearers(1),
  },
  {
    id: 'ucd-he6-inpatient-episode-west-cheshire',
    name: 'Hospital inpatient episode (West Cheshire CCG patients)',
    per: 'event',
    value: 1713,
    priceFy: 2011,
    source: `${UCD}, HE6.0 (NHS reference costs 2011-12); RAG green`,
    grade: 2,
    category: 'fiscal',
    cashable: 0.3,
    bearers: [[WCCCG, 1]],
  },
  {
    id: 'ucd-he6-inpatient-episode-vale-royal',
    name: 'Hospital inpatient episode (Vale Royal CCG patients)',
    per: 'event',
    value: 1713,
    priceFy: 2011,
    source: `${UCD}, HE6.0 (NHS reference costs 2011-12); RAG green`,
    grade: 2,
    category: 'fiscal',
    cashable: 0.3,
    bearers: [[VRCCG, 1]],
  },
  {
    id: 'ucd-ss9-care-home-place-older-person',
    name: 'Residential or nursing care for an older person, per year',
    per: 'year',
    value: 27352,
    priceFy: 2010,
    source: `${UCD}, SS9.0 (£526 a week, PSS expenditure and unit costs 2010-11) × 52 weeks; RAG amber`,
    grade: 3,
    category: 'fiscal',
    cashable: 0.6,
    bearers: [[COUNCIL, 1]],
  },
  {
    id: 'ucd-ee1-jsa-claimant-into-work',
    name: 'Jobseeker’s Allowance claimant entering work, per year',
    per: 'year',
    value: 10025,
    priceFy: 2013,
    source: `${UCD}, E&E1.0 (DWP £9,234 + NHS £566 = £9,800 in 2012-13; the database's 2013-14 figure); RAG green. NHS share split between the CCGs. Economic part (GMCA value stack) is illustrative, for this demonstration: a net earnings gain of £6,000 a year to the person entering work, assumed; not from the Unit Cost Database`,
    grade: 2,
    category: 'fiscal',
    cashable: 0.9,
    bearers: [[DWP, 0.9422], ...nhsBearers(0.0578)],
    economic: 6000,
  },
  {
    id: 'local-floorspace-running-cost',
    name: 'Running cost of operational floorspace, per square metre a year',
    per: 'year',
    value: 180,
    priceFy: 2013,
    source:
      'Illustrative estimate for this demonstration (rent or capital charge, rates, facilities management and energy); not from a published source. Bearers by each partner’s share of the estate, also illustrative',
    grade: 5,
    category: 'fiscal',
    cashable: 0.8,
    bearers: [
      [COUNCIL, 0.55],
      [POLICE, 0.14],
      [WCCCG, 0.08],
      [VRCCG, 0.04],
      [FIRE, 0.07],
      [JCP, 0.05],
      [HOUSING, 0.05],
      [VCS, 0.02],
    ],
  },
];

// ---------------------------------------------------------------------------------------------
// Metrics. Effects are improvements against the counterfactual: a fraction of it ('relative')
// or in the metric's own units ('absolute'); forecast effects apply from 2013-14, actual effects
// wherever they are non-zero (a few metrics move before the programme for their own reasons).

type Noise =
  | { kind: 'iid'; cv: number; poisson?: boolean }
  | { kind: 'ar'; sd: number; rho: number }
  | { kind: 'abs'; sd: number }
  | { kind: 'none' };

/** Additionality (issue 18): shares taken off the gross effect, with their source and grade. */
interface Additionality {
  deadweight: number;
  displacement: number;
  leakage: number;
  substitution: number;
  source: string;
  grade: string;
}

// Illustrative values for the two employment metrics, within the guide's ranges.
const EMPLOYMENT_ADDITIONALITY_SOURCE =
  'Illustrative, for this demonstration: values in the range the HCA Additionality Guide (4th edition, 2014) gives for employment and skills programmes (deadweight low to medium, displacement low); not a local evaluation';

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
  source: string;
  /** Absent: none (every share 0), as for most metrics. */
  additionality?: Additionality;
  /** Underlying level over the baseline window, before noise. */
  level: number;
  growth: number;
  /** Financial year the baseline is measured over. */
  windowFy: number;
  baselineNote: string;
  /** Twelve monthly factors, April first (normalised to mean 1); omitted for none. */
  season?: number[];
  noise: Noise;
  decimals: number;
  /** Round to this many units (for example 10 m²); default 1 when decimals = 0. */
  roundTo?: number;
  mode: 'relative' | 'absolute';
  forecast: (t: number) => number;
  actual: (t: number) => number;
  /** The actual path applies before April 2013 too (otherwise the effect is 0 there). */
  movesBeforeProgramme?: boolean;
  /** Periods (start dates) with a forecast and no return. */
  missing?: string[];
  notes?: Record<string, string>;
  /** Force the baseline window to this mean (a figure the seeds give). */
  baselineExact?: number;
  /** A running total: its SPC chart is of the per-period increments (metrics.csv cumulative). */
  cumulative?: boolean;
}

const WINTER = [0.96, 0.97, 0.95, 0.98, 0.95, 0.96, 1.01, 1.04, 1.1, 1.06, 0.99, 1.03];
const CHILD_HEALTH = [0.98, 1.02, 1.0, 0.97, 0.9, 0.98, 1.03, 1.04, 1.06, 1.02, 0.98, 1.02];
const SUMMER_AE = [1.0, 1.05, 1.04, 1.06, 1.01, 0.98, 0.98, 0.97, 1.0, 0.95, 0.94, 1.02];
const quarterly = (q: [number, number, number, number]): number[] => q.flatMap((v) => [v, v, v]);

const POLICE_SOURCE = 'Cheshire Constabulary';

const METRICS: MetricSpec[] = [
  // ----- Safer Communities --------------------------------------------------------------------
  {
    id: 'sc-domestic-abuse-incidents',
    strand: SC,
    outcome: 'crime-has-reduced',
    name: 'Domestic abuse incidents reported to the police',
    unit: 'incidents',
    frequency: 'quarter',
    polarity: 'lower',
    kind: 'flow',
    owner: POLICE,
    unitCost: 'ucd-cr2-domestic-abuse-incident',
    attribution: null,
    source: `${POLICE_SOURCE} incident system: incidents flagged domestic abuse, West Cheshire local policing units`,
    level: 290,
    growth: 0.02,
    windowFy: 2011,
    baselineExact: 290,
    baselineNote:
      '1,160 incidents reported to the police in 2011-12 (290 a quarter), the Safer Communities business case baseline',
    season: quarterly([1.0, 1.06, 1.02, 0.92]),
    noise: { kind: 'iid', cv: 0.035, poisson: true },
    decimals: 0,
    mode: 'relative',
    forecast: ramp(0, 0.02, 1, 0.1, 2, 0.17, 3, 0.22),
    actual: ramp(0, 0.03, 1, 0.12, 2, 0.19, 3, 0.21),
  },
  {
    id: 'sc-perpetrator-arrests',
    strand: SC,
    outcome: 'crime-has-reduced',
    name: 'Arrests of known domestic abuse perpetrators (Navigate Safer cohort)',
    unit: 'arrests',
    frequency: 'month',
    polarity: 'lower',
    kind: 'flow',
    owner: POLICE,
    unitCost: 'cs-arrest-and-prosecution',
    attribution: 0.8,
    source: `${POLICE_SOURCE} custody records matched to the Navigate Safer cohort list (police and probation)`,
    level: 49,
    growth: 0.03,
    windowFy: 2012,
    baselineNote: 'Mean monthly arrests of the cohort, April 2012 to March 2013',
    noise: { kind: 'iid', cv: 0.08, poisson: true },
    decimals: 0,
    mode: 'relative',
    forecast: ramp(0.5, 0, 0.75, 0.12, 1.5, 0.25, 2.5, 0.3),
    actual: ramp(0.5, 0, 0.55, 0.3, 0.8, 0.35, 4, 0.36),
  },
  {
    id: 'sc-perpetrators-in-custody',
    strand: SC,
    outcome: 'crime-has-reduced',
    name: 'Known domestic abuse perpetrators in custody (at quarter end)',
    unit: 'people',
    frequency: 'quarter',
    polarity: 'lower',
    kind: 'stock',
    owner: PROBATION,
    unitCost: 'ucd-cr3-prisoner-year',
    attribution: null,
    source:
      'Probation case management system (from June 2014 the National Probation Service and the Cheshire and Greater Manchester Community Rehabilitation Company): cohort members in custody',
    level: 66,
    growth: 0.02,
    windowFy: 2012,
    baselineNote: 'Mean of the four quarter-end counts in 2012-13',
    noise: { kind: 'ar', sd: 2.2, rho: 0.6 },
    decimals: 0,
    mode: 'relative',
    forecast: ramp(0, 0.02, 1, 0.08, 2, 0.14, 3, 0.2),
    actual: ramp(0, 0, 1, 0.06, 2, 0.12, 3, 0.16),
    missing: ['2016-07-01'],
    notes: {
      '2014-07-01':
        'From this quarter the figure combines the National Probation Service and the Community Rehabilitation Company (Transforming Rehabilitation)',
    },
  },
  {
    id: 'sc-child-protection-domestic-abuse',
    strand: SC,
    outcome: 'children-are-safer',
    name: 'Children with a child protection plan where domestic abuse is the primary cause (at quarter end)',
    unit: 'children',
    frequency: 'quarter',
    polarity: 'lower',
    kind: 'stock',
    owner: COUNCIL,
    unitCost: null,
    attribution: null,
    source: "Council children's social care case management system",
    level: 118,
    growth: 0.03,
    windowFy: 2012,
    baselineNote: 'Mean of the four quarter-end counts in 2012-13',
    noise: { kind: 'ar', sd: 4, rho: 0.6 },
    decimals: 0,
    mode: 'relative',
    forecast: ramp(0, 0.02, 1, 0.08, 2, 0.15, 3, 0.2),
    actual: ramp(0, 0.01, 1, 0.07, 2, 0.14, 3, 0.18),
  },
  {
    id: 'sc-children-in-need-domestic-abuse',
    strand: SC,
    outcome: 'children-are-safer',
    name: 'Children in need where domestic abuse is the primary cause (at quarter end)',
    unit: 'children',
    frequency: 'quarter',
    polarity: 'lower',
    kind: 'stock',
    owner: COUNCIL,
    unitCost: null,
    attribution: null,
    source: "Council children's social care case management system",
    level: 312,
    growth: 0.03,
    windowFy: 2012,
    baselineNote: 'Mean of the four quarter-end counts in 2012-13',
    noise: { kind: 'ar', sd: 8, rho: 0.6 },
    decimals: 0,
    mode: 'relative',
    forecast: ramp(0, 0.02, 1, 0.07, 2, 0.12, 3, 0.15),
    actual: ramp(0, 0.01, 1, 0.05, 2, 0.09, 3, 0.12),
  },
  // ----- Integrated Early Support -------------------------------------------------------------
  {
    id: 'ies-inappropriate-social-care-referrals',
    strand: IES,
    outcome: 'children-are-safer',
    name: "Referrals to children's social care that do not meet the threshold",
    unit: 'referrals',
    frequency: 'quarter',
    polarity: 'lower',
    kind: 'flow',
    owner: COUNCIL,
    unitCost: 'ucd-ss6-2-social-care-referral',
    attribution: null,
    source: "Council children's social care: contacts and referrals closed with no further action",
    level: 430,
    growth: 0.04,
    windowFy: 2012,
    baselineNote: 'Mean quarterly count in 2012-13',
    season: quarterly([1.04, 0.9, 1.06, 1.0]),
    noise: { kind: 'iid', cv: 0.035, poisson: true },
    decimals: 0,
    mode: 'relative',
    forecast: ramp(0, 0.04, 0.6, 0.14, 1.5, 0.2),
    actual: ramp(0, 0.02, 0.375, 0.2, 0.6, 0.23, 4, 0.235),
    notes: {
      '2013-04-01': 'Testing phase: the new front door took about 50 cases',
    },
  },
  {
    id: 'ies-children-looked-after',
    strand: IES,
    outcome: 'children-are-safer',
    name: 'Children looked after (at month end)',
    unit: 'children',
    frequency: 'month',
    polarity: 'lower',
    kind: 'stock',
    owner: COUNCIL,
    unitCost: 'ucd-ss1-looked-after-child',
    attribution: null,
    source:
      'Council children’s social care (SSDA903 children looked after return, monthly extract)',
    level: 440,
    growth: 0.03,
    windowFy: 2012,
    baselineNote: 'Mean of the month-end counts in 2012-13',
    noise: { kind: 'ar', sd: 3, rho: 0.85 },
    decimals: 0,
    mode: 'relative',
    forecast: ramp(0, 0.005, 1, 0.055, 2, 0.1, 3, 0.14, 4, 0.165, 5, 0.18),
    actual: ramp(0, 0.01, 1, 0.065, 2, 0.112, 3, 0.15, 4, 0.16),
    notes: {
      '2015-03-01': 'Revised after the year-end SSDA903 data check',
    },
  },
  {
    id: 'ies-child-protection-plans-started',
    strand: IES,
    outcome: 'children-are-safer',
    name: 'Children becoming subject to a child protection plan',
    unit: 'children',
    frequency: 'quarter',
    polarity: 'lower',
    kind: 'flow',
    owner: COUNCIL,
    unitCost: 'cs-child-protection-plan',
    attribution: null,
    source: "Council children's social care case management system",
    level: 82,
    growth: 0.03,
    windowFy: 2012,
    baselineNote: 'Mean quarterly count in 2012-13',
    noise: { kind: 'iid', cv: 0.06, poisson: true },
    decimals: 0,
    mode: 'relative',
    forecast: ramp(0, 0.03, 1, 0.12, 2, 0.18, 3, 0.2),
    actual: ramp(0, 0.02, 1, 0.12, 2, 0.19, 3, 0.22),
  },
  {
    id: 'ies-early-help-re-referrals',
    strand: IES,
    outcome: 'children-are-safer',
    name: 'Families re-referred for early help within 12 months of their case closing',
    unit: 'families',
    frequency: 'quarter',
    polarity: 'lower',
    kind: 'flow',
    owner: COUNCIL,
    unitCost: 'ucd-ss6-common-assessment',
    attribution: null,
    source: 'Council early help case management system (CAF / Team Around the Family)',
    level: 150,
    growth: 0.02,
    windowFy: 2012,
    baselineNote: 'Mean quarterly count in 2012-13',
    noise: { kind: 'iid', cv: 0.05, poisson: true },
    decimals: 0,
    mode: 'relative',
    forecast: ramp(0, 0.05, 1, 0.15, 2, 0.25, 3, 0.3),
    actual: ramp(0, 0.03, 1, 0.14, 2, 0.24, 3, 0.29),
  },
  {
    id: 'ies-ae-attendances-under-5',
    strand: IES,
    outcome: 'people-are-healthier',
    name: 'A&E attendances of children under 5',
    unit: 'attendances',
    frequency: 'month',
    polarity: 'lower',
    kind: 'flow',
    owner: WCCCG,
    unitCost: 'ucd-he3-ae-attendance',
    attribution: null,
    source:
      'Secondary Uses Service A&E data for patients of both CCGs (compiled by West Cheshire CCG)',
    level: 760,
    growth: 0.02,
    windowFy: 2012,
    baselineNote: 'Mean monthly attendances in 2012-13',
    season: CHILD_HEALTH,
    noise: { kind: 'iid', cv: 0.035, poisson: true },
    decimals: 0,
    mode: 'relative',
    forecast: ramp(0, 0.01, 1, 0.03, 2, 0.05, 3, 0.06),
    actual: zero,
    missing: ['2017-03-01'],
  },
  {
    id: 'ies-emergency-admissions-children',
    strand: IES,
    outcome: 'people-are-healthier',
    name: 'Emergency hospital admissions of children and young people aged 0-17',
    unit: 'admissions',
    frequency: 'month',
    polarity: 'lower',
    kind: 'flow',
    owner: WCCCG,
    unitCost: 'ucd-he6-inpatient-episode',
    attribution: null,
    source:
      'Secondary Uses Service admitted patient care for patients of both CCGs (compiled by West Cheshire CCG)',
    level: 405,
    growth: 0.02,
    windowFy: 2012,
    baselineNote: 'Mean monthly admissions in 2012-13',
    season: CHILD_HEALTH,
    noise: { kind: 'iid', cv: 0.04, poisson: true },
    decimals: 0,
    mode: 'relative',
    forecast: ramp(0, 0.01, 1, 0.05, 2, 0.09, 3, 0.11, 4, 0.12),
    actual: ramp(0, 0.005, 1, 0.052, 2, 0.095, 3, 0.13),
  },
  {
    id: 'ies-language-delay-21-months',
    strand: IES,
    outcome: 'people-have-better-skills',
    name: 'Children with language delay at the 21-month review',
    unit: '% of children reviewed',
    frequency: 'year',
    polarity: 'lower',
    kind: 'flow',
    owner: TRUSTS,
    unitCost: null,
    attribution: null,
    source: 'Health visiting service records (community health trust)',
    level: 14.2,
    growth: 0,
    windowFy: 2012,
    baselineNote: 'Share of children reviewed in 2012-13',
    noise: { kind: 'abs', sd: 0.4 },
    decimals: 1,
    mode: 'absolute',
    forecast: ramp(0, 0.3, 1, 1.0, 2, 2.0, 3, 2.5, 4, 3.0),
    actual: ramp(0, 0.2, 1, 0.8, 2, 1.5, 3, 2.2),
  },
  {
    id: 'ies-unscheduled-antenatal-presentations',
    strand: IES,
    outcome: 'people-are-healthier',
    name: 'Unscheduled antenatal presentations at maternity assessment units',
    unit: 'presentations',
    frequency: 'month',
    polarity: 'lower',
    kind: 'flow',
    owner: TRUSTS,
    unitCost: null,
    attribution: null,
    source: 'Maternity information systems of the acute trusts',
    level: 212,
    growth: 0.01,
    windowFy: 2012,
    baselineNote: 'Mean monthly presentations in 2012-13',
    noise: { kind: 'iid', cv: 0.05, poisson: true },
    decimals: 0,
    mode: 'relative',
    forecast: ramp(0, 0.02, 1, 0.06, 2, 0.1),
    actual: ramp(0, 0.01, 1, 0.05, 2, 0.08, 3, 0.09),
  },
  // ----- Families Together --------------------------------------------------------------------
  {
    id: 'ft-families-with-results',
    strand: FT,
    outcome: 'children-are-safer',
    name: 'Families Together families with results achieved (cumulative)',
    unit: 'families',
    frequency: 'quarter',
    polarity: 'higher',
    kind: 'stock',
    cumulative: true,
    owner: COUNCIL,
    unitCost: null,
    attribution: null,
    source:
      'Council troubled families programme records (results claimed against the national criteria)',
    level: 0,
    growth: 0,
    windowFy: 2012,
    baselineNote: 'No family had results before the programme; the cohort is 525 families',
    noise: { kind: 'none' },
    decimals: 0,
    mode: 'absolute',
    forecast: ramp(0, 10, 1, 170, 2, 390, 2.875, 525),
    actual: ramp(0, 6, 1, 140, 2, 350, 2.875, 472, 3.625, 525),
  },
  {
    id: 'ft-asb-incidents',
    strand: FT,
    outcome: 'crime-has-reduced',
    name: 'Anti-social behaviour incidents involving Families Together family members',
    unit: 'incidents',
    frequency: 'quarter',
    polarity: 'lower',
    kind: 'flow',
    owner: POLICE,
    unitCost: 'ucd-cr1-asb-incident',
    attribution: null,
    source: `${POLICE_SOURCE} incident system matched to the Families Together cohort (history back to 2010 for the 525 families)`,
    level: 205,
    growth: 0,
    windowFy: 2012,
    baselineNote: 'Mean quarterly count for the cohort in 2012-13',
    season: quarterly([1.02, 1.1, 0.98, 0.9]),
    noise: { kind: 'iid', cv: 0.05, poisson: true },
    decimals: 0,
    mode: 'relative',
    forecast: ramp(0, 0.05, 1, 0.25, 2, 0.42, 3, 0.5),
    actual: ramp(0, 0.03, 1, 0.2, 2, 0.35, 3, 0.42, 4, 0.44),
  },
  {
    id: 'ft-arrests',
    strand: FT,
    outcome: 'crime-has-reduced',
    name: 'Arrests of Families Together family members',
    unit: 'arrests',
    frequency: 'quarter',
    polarity: 'lower',
    kind: 'flow',
    owner: POLICE,
    unitCost: 'ucd-cr6-arrest',
    attribution: null,
    source: `${POLICE_SOURCE} custody records matched to the Families Together cohort`,
    level: 96,
    growth: 0,
    windowFy: 2012,
    baselineNote: 'Mean quarterly count for the cohort in 2012-13',
    noise: { kind: 'iid', cv: 0.07, poisson: true },
    decimals: 0,
    mode: 'relative',
    forecast: ramp(0, 0.05, 1, 0.2, 2, 0.32, 3, 0.35),
    actual: ramp(0, 0.03, 1, 0.16, 2, 0.27, 3, 0.3, 4, 0.31),
  },
  {
    id: 'ft-adults-on-out-of-work-benefits',
    strand: FT,
    outcome: 'less-dependent-on-the-state',
    name: 'Adults in Families Together families claiming out-of-work benefits (at month end)',
    unit: 'adults',
    frequency: 'month',
    polarity: 'lower',
    kind: 'stock',
    owner: JCP,
    unitCost: 'ucd-ee1-jsa-claimant-into-work',
    attribution: null,
    additionality: {
      deadweight: 0.2,
      displacement: 0.1,
      leakage: 0,
      substitution: 0.05,
      source: EMPLOYMENT_ADDITIONALITY_SOURCE,
      grade: 'illustrative',
    },
    source:
      'DWP benefit records matched to the cohort under the data sharing agreement (Jobcentre Plus)',
    level: 640,
    growth: 0,
    windowFy: 2012,
    baselineNote: 'Mean of the month-end counts for the cohort in 2012-13',
    noise: { kind: 'ar', sd: 4, rho: 0.85 },
    decimals: 0,
    mode: 'relative',
    forecast: ramp(0, 0.01, 1, 0.08, 2, 0.16, 3, 0.23, 4, 0.26),
    actual: ramp(0, 0, 1, 0.06, 2, 0.135, 3, 0.195, 4, 0.215),
  },
  {
    id: 'ft-persistent-absence',
    strand: FT,
    outcome: 'people-have-better-skills',
    name: 'Children in Families Together families persistently absent from school (at quarter end)',
    unit: 'children',
    frequency: 'quarter',
    polarity: 'lower',
    kind: 'stock',
    owner: COUNCIL,
    unitCost: null,
    attribution: null,
    source:
      'School census and attendance returns matched to the cohort (council education welfare service)',
    level: 270,
    growth: 0,
    windowFy: 2012,
    baselineNote: 'Mean of the four quarter-end counts for the cohort in 2012-13',
    noise: { kind: 'ar', sd: 7, rho: 0.5 },
    decimals: 0,
    mode: 'relative',
    forecast: ramp(0, 0.05, 1, 0.2, 2, 0.35, 3, 0.4),
    actual: ramp(0, 0.03, 1, 0.15, 2, 0.29, 3, 0.33),
  },
  {
    id: 'ft-tenancy-enforcement',
    strand: FT,
    outcome: 'less-dependent-on-the-state',
    name: 'Tenancy enforcement actions against Families Together households',
    unit: 'actions',
    frequency: 'quarter',
    polarity: 'lower',
    kind: 'flow',
    owner: HOUSING,
    unitCost: null,
    attribution: null,
    source: 'Housing management system: notices seeking possession served on cohort households',
    level: 38,
    growth: 0,
    windowFy: 2012,
    baselineNote: 'Mean quarterly count for the cohort in 2012-13',
    noise: { kind: 'iid', cv: 0.1, poisson: true },
    decimals: 0,
    mode: 'relative',
    forecast: ramp(0, 0.05, 1, 0.2, 2, 0.35, 3, 0.4),
    actual: ramp(0, 0.02, 1, 0.16, 2, 0.3, 3, 0.34),
    missing: ['2016-10-01'],
  },
  // ----- Ageing Well --------------------------------------------------------------------------
  {
    id: 'aw-emergency-admissions-65-west-cheshire',
    strand: AW,
    outcome: 'people-are-healthier',
    name: 'Emergency admissions of people aged 65 and over (West Cheshire CCG)',
    unit: 'admissions',
    frequency: 'month',
    polarity: 'lower',
    kind: 'flow',
    owner: WCCCG,
    unitCost: 'ucd-he6-inpatient-episode-west-cheshire',
    attribution: null,
    source: 'Secondary Uses Service admitted patient care, West Cheshire CCG patients',
    level: 1150,
    growth: 0.035,
    windowFy: 2012,
    baselineNote:
      'Mean monthly admissions in 2012-13; growth of 3.5% a year as health demand was rising 3-4% a year',
    season: WINTER,
    noise: { kind: 'iid', cv: 0.025, poisson: true },
    decimals: 0,
    mode: 'relative',
    forecast: ramp(0, 0.02, 1, 0.09, 2, 0.16, 3, 0.21, 4, 0.23),
    actual: ramp(0, 0, 1, 0.03, 2, 0.065, 3, 0.095, 4, 0.11),
  },
  {
    id: 'aw-emergency-admissions-65-vale-royal',
    strand: AW,
    outcome: 'people-are-healthier',
    name: 'Emergency admissions of people aged 65 and over (Vale Royal CCG)',
    unit: 'admissions',
    frequency: 'month',
    polarity: 'lower',
    kind: 'flow',
    owner: VRCCG,
    unitCost: 'ucd-he6-inpatient-episode-vale-royal',
    attribution: null,
    source: 'Secondary Uses Service admitted patient care, Vale Royal CCG patients',
    level: 470,
    growth: 0.035,
    windowFy: 2012,
    baselineNote:
      'Mean monthly admissions in 2012-13; growth of 3.5% a year as health demand was rising 3-4% a year',
    season: WINTER,
    noise: { kind: 'iid', cv: 0.03, poisson: true },
    decimals: 0,
    mode: 'relative',
    forecast: ramp(0, 0.02, 1, 0.09, 2, 0.16, 3, 0.21, 4, 0.23),
    actual: ramp(0, 0.01, 1, 0.065, 2, 0.12, 3, 0.155, 4, 0.165),
  },
  {
    id: 'aw-ae-attendances-65',
    strand: AW,
    outcome: 'people-are-healthier',
    name: 'A&E attendances of people aged 65 and over',
    unit: 'attendances',
    frequency: 'month',
    polarity: 'lower',
    kind: 'flow',
    owner: WCCCG,
    unitCost: 'ucd-he3-ae-attendance',
    attribution: null,
    source:
      'Secondary Uses Service A&E data for patients of both CCGs (compiled by West Cheshire CCG)',
    level: 2150,
    growth: 0.035,
    windowFy: 2012,
    baselineNote: 'Mean monthly attendances in 2012-13; growth of 3.5% a year',
    season: SUMMER_AE,
    noise: { kind: 'iid', cv: 0.022, poisson: true },
    decimals: 0,
    mode: 'relative',
    forecast: ramp(0, 0.01, 1, 0.04, 2, 0.07, 3, 0.09, 4, 0.1),
    actual: ramp(0.6, 0, 1.0, -0.04, 1.4, -0.09, 2.4, -0.1, 3.0, -0.05, 3.75, -0.01),
    notes: {
      '2014-12-01':
        'Winter pressures; more older people were directed to A&E while community teams were still being set up',
    },
  },
  {
    id: 'aw-care-home-residents-65',
    strand: AW,
    outcome: 'older-people-live-independently',
    name: 'Older people in council-supported permanent residential and nursing care (at month end)',
    unit: 'people',
    frequency: 'month',
    polarity: 'lower',
    kind: 'stock',
    owner: COUNCIL,
    unitCost: 'ucd-ss9-care-home-place-older-person',
    attribution: null,
    source: 'Council adult social care system: permanent placements of people aged 65 and over',
    level: 1180,
    growth: 0.03,
    windowFy: 2012,
    baselineNote:
      'Mean of the month-end counts in 2012-13; growth of 3% a year (ageing population)',
    noise: { kind: 'ar', sd: 5, rho: 0.85 },
    decimals: 0,
    mode: 'relative',
    forecast: ramp(0, 0.01, 1, 0.05, 2, 0.09, 3, 0.13, 4, 0.155),
    actual: ramp(0, 0, 1, 0.035, 2, 0.06, 3, 0.08, 4, 0.09),
    missing: ['2016-02-01'],
  },
  {
    id: 'aw-reablement-no-ongoing-care',
    strand: AW,
    outcome: 'older-people-live-independently',
    name: 'People completing reablement who need no ongoing care service',
    unit: '% of completions',
    frequency: 'quarter',
    polarity: 'higher',
    kind: 'flow',
    owner: COUNCIL,
    unitCost: null,
    attribution: null,
    source: 'Council adult social care system: reablement episodes ending in the quarter',
    level: 52,
    growth: 0,
    windowFy: 2012,
    baselineNote:
      'Share of completions in 2012-13 (the bid reported over 50% needing no onward service)',
    noise: { kind: 'abs', sd: 1.3 },
    decimals: 1,
    mode: 'absolute',
    forecast: ramp(0, 0.5, 1, 3, 2, 6, 3, 8),
    actual: ramp(0, 0.2, 1, 2, 2, 4.5, 3, 5.5, 4, 6),
  },
  {
    id: 'aw-safe-and-well-visits-65',
    strand: AW,
    outcome: 'older-people-live-independently',
    name: 'Home safety (safe and well) visits to people aged 65 and over',
    unit: 'visits',
    frequency: 'quarter',
    polarity: 'higher',
    kind: 'flow',
    owner: FIRE,
    unitCost: null,
    attribution: null,
    source: 'Cheshire Fire and Rescue Service community safety system, West Cheshire',
    level: 900,
    growth: 0,
    windowFy: 2012,
    baselineNote: 'Mean quarterly visits in 2012-13',
    noise: { kind: 'iid', cv: 0.05 },
    decimals: 0,
    mode: 'relative',
    forecast: ramp(0, 0.05, 1, 0.25, 2, 0.4),
    actual: ramp(0, 0.05, 1, 0.3, 2, 0.45),
  },
  // ----- Work Ready Individuals ---------------------------------------------------------------
  {
    id: 'wr-work-zone-clients-in-work',
    strand: WR,
    outcome: 'less-dependent-on-the-state',
    name: 'Work zone clients in work for 13 weeks or more (at month end; Families Together adults excluded)',
    unit: 'people',
    frequency: 'month',
    polarity: 'higher',
    kind: 'stock',
    owner: JCP,
    unitCost: 'ucd-ee1-jsa-claimant-into-work',
    attribution: 0.7,
    additionality: {
      deadweight: 0.25,
      displacement: 0.1,
      leakage: 0.05,
      substitution: 0,
      source: EMPLOYMENT_ADDITIONALITY_SOURCE,
      grade: 'illustrative',
    },
    source:
      'Jobcentre Plus and work zone partners’ client records, matched to HMRC employment data',
    level: 150,
    growth: 0,
    windowFy: 2012,
    baselineNote:
      'Mean month-end count in 2012-13 from the existing HHEET centre and work clubs (the counterfactual: no growth)',
    noise: { kind: 'ar', sd: 6, rho: 0.7 },
    decimals: 0,
    mode: 'absolute',
    forecast: ramp(0, 10, 1, 170, 2, 360, 3, 570, 4, 680),
    actual: ramp(0, 14, 1, 190, 2, 385, 2.7, 455, 3.5, 465),
    missing: ['2017-01-01'],
  },
  {
    id: 'wr-jsa-claimants',
    strand: WR,
    outcome: 'less-dependent-on-the-state',
    name: 'Jobseeker’s Allowance claimants (at month end)',
    unit: 'claimants',
    frequency: 'month',
    polarity: 'lower',
    kind: 'stock',
    owner: JCP,
    unitCost: null,
    attribution: null,
    source: 'DWP claimant count (Jobcentre Plus, West Cheshire offices)',
    level: 5650,
    growth: 0,
    windowFy: 2012,
    baselineNote: 'Mean of the month-end counts in 2012-13',
    season: [0.98, 0.97, 0.98, 1.0, 1.0, 0.98, 0.97, 0.98, 1.02, 1.05, 1.04, 1.03],
    noise: { kind: 'ar', sd: 40, rho: 0.7 },
    decimals: 0,
    mode: 'relative',
    forecast: ramp(0, 0.01, 1, 0.04, 2, 0.07, 3, 0.09),
    // The economy, not the programme, drives most of this: a rise in 2011-12, then a steep fall.
    movesBeforeProgramme: true,
    actual: ramp(
      -3,
      0.01,
      -2,
      -0.06,
      -1.2,
      -0.05,
      -0.5,
      0,
      0,
      0.04,
      1,
      0.25,
      2,
      0.42,
      3,
      0.5,
      3.9,
      0.54,
    ),
    notes: {
      '2016-01-01':
        'Universal Credit full service began in parts of West Cheshire; some new claimants no longer count here',
    },
  },
  {
    id: 'wr-neet-16-18',
    strand: WR,
    outcome: 'people-have-better-skills',
    name: '16-18 year olds not in education, employment or training',
    unit: '% of 16-18 year olds',
    frequency: 'quarter',
    polarity: 'lower',
    kind: 'stock',
    owner: COUNCIL,
    unitCost: null,
    attribution: null,
    source: 'Council client caseload information system (NEET tracking)',
    level: 5.4,
    growth: 0,
    windowFy: 2012,
    baselineNote: 'Mean of the quarter-end shares in 2012-13',
    noise: { kind: 'abs', sd: 0.3 },
    decimals: 1,
    mode: 'absolute',
    forecast: ramp(0, 0.1, 1, 0.4, 2, 0.7, 3, 0.9, 4, 1.0),
    actual: zero,
  },
  // ----- Integrated Assets --------------------------------------------------------------------
  {
    id: 'ia-operational-floorspace',
    strand: IA,
    outcome: 'smarter-public-services',
    name: 'Operational public-sector floorspace in use across the partners (at quarter end)',
    unit: 'square metres',
    frequency: 'quarter',
    polarity: 'lower',
    kind: 'stock',
    owner: COUNCIL,
    unitCost: 'local-floorspace-running-cost',
    attribution: null,
    source:
      'Joint asset register kept by the council assets team with the partners and the Government Property Unit',
    level: 231500,
    growth: 0,
    windowFy: 2012,
    baselineNote: 'Mean of the four quarter-end totals in 2012-13',
    noise: { kind: 'ar', sd: 120, rho: 0.9 },
    decimals: 0,
    roundTo: 10,
    mode: 'relative',
    forecast: ramp(0, 0, 1, 0.025, 2, 0.07, 3, 0.112, 4, 0.155),
    movesBeforeProgramme: true,
    actual: ramp(-3, -0.02, -1.5, 0, 0, 0, 1, 0.016, 1.5, 0.045, 2, 0.06, 2.75, 0.092, 3.5, 0.112),
  },
  {
    id: 'ia-co-located-sites',
    strand: IA,
    outcome: 'smarter-public-services',
    name: 'Sites where two or more partners deliver services under one roof (at quarter end)',
    unit: 'sites',
    frequency: 'quarter',
    polarity: 'higher',
    kind: 'stock',
    owner: COUNCIL,
    unitCost: null,
    attribution: null,
    source: 'Joint asset register kept by the council assets team',
    level: 5,
    growth: 0,
    windowFy: 2012,
    baselineNote: 'Sites at the end of 2012-13 quarters (HHEET centre, children’s centres)',
    noise: { kind: 'none' },
    decimals: 0,
    mode: 'absolute',
    forecast: ramp(0, 1, 1, 4, 2, 8, 3, 11, 4, 13),
    movesBeforeProgramme: true,
    actual: ramp(-3, -3, -1.5, -1, -0.5, 0, 0, 1, 1, 3, 2, 6, 3, 9, 3.75, 11),
  },
];

// ---------------------------------------------------------------------------------------------
// Costs (forecast by the business cases; actuals 2013-14 to 2016-17).

interface CostSpec {
  strand: string;
  total: number;
  transitionShare: number;
  transitionProfile: number[];
  runningProfile: number[];
  partners: [string, number][];
  /** Actual / forecast by financial year index 0..3 (before noise). */
  actualFactor: number[];
}

const COSTS: CostSpec[] = [
  {
    strand: IES,
    total: 8_000_000,
    transitionShare: 0.12,
    transitionProfile: [0.7, 0.3, 0, 0, 0],
    runningProfile: [0.14, 0.2, 0.22, 0.22, 0.22],
    partners: [
      [COUNCIL, 0.55],
      [WCCCG, 0.12],
      [VRCCG, 0.05],
      [POLICE, 0.1],
      [PROBATION, 0.04],
      [JCP, 0.04],
      [VCS, 0.05],
      [HOUSING, 0.05],
    ],
    actualFactor: [0.97, 1.02, 1.01, 0.99],
  },
  {
    strand: FT,
    total: 4_300_000,
    transitionShare: 0.08,
    transitionProfile: [0.8, 0.2, 0, 0, 0],
    runningProfile: [0.18, 0.22, 0.22, 0.2, 0.18],
    partners: [
      [COUNCIL, 0.7],
      [POLICE, 0.08],
      [JCP, 0.1],
      [HOUSING, 0.07],
      [VCS, 0.05],
    ],
    actualFactor: [1.0, 1.03, 1.02, 0.98],
  },
  {
    strand: SC,
    total: 3_000_000,
    transitionShare: 0.15,
    transitionProfile: [0.75, 0.25, 0, 0, 0],
    runningProfile: [0.16, 0.21, 0.21, 0.21, 0.21],
    partners: [
      [POLICE, 0.4],
      [PROBATION, 0.25],
      [COUNCIL, 0.2],
      [VCS, 0.1],
      [WCCCG, 0.05],
    ],
    actualFactor: [0.98, 1.0, 0.99, 1.01],
  },
  {
    strand: WR,
    total: 9_400_000,
    transitionShare: 0.1,
    transitionProfile: [0.6, 0.4, 0, 0, 0],
    runningProfile: [0.15, 0.2, 0.21, 0.22, 0.22],
    partners: [
      [JCP, 0.45],
      [COUNCIL, 0.35],
      [VCS, 0.1],
      [HOUSING, 0.1],
    ],
    actualFactor: [0.95, 0.98, 1.0, 1.02],
  },
  {
    strand: AW,
    total: 21_650_000,
    transitionShare: 0.15,
    transitionProfile: [0.5, 0.35, 0.15, 0, 0],
    runningProfile: [0.12, 0.2, 0.22, 0.23, 0.23],
    partners: [
      [WCCCG, 0.42],
      [VRCCG, 0.18],
      [COUNCIL, 0.32],
      [FIRE, 0.03],
      [VCS, 0.05],
    ],
    actualFactor: [1.04, 1.08, 1.06, 1.05],
  },
  {
    strand: IA,
    total: 8_650_000,
    transitionShare: 0.45,
    transitionProfile: [0.25, 0.35, 0.25, 0.15, 0],
    runningProfile: [0.1, 0.18, 0.22, 0.25, 0.25],
    partners: [
      [COUNCIL, 0.6],
      [POLICE, 0.12],
      [WCCCG, 0.1],
      [VRCCG, 0.03],
      [FIRE, 0.08],
      [JCP, 0.04],
      [HOUSING, 0.03],
    ],
    actualFactor: [0.9, 0.85, 1.05, 1.1],
  },
];

// ---------------------------------------------------------------------------------------------
// Series generation.

interface Row {
  [column: string]: string | number;
}

function roundValue(value: number, spec: MetricSpec): number {
  const v = Math.max(0, value);
  if (spec.decimals > 0) {
    const f = 10 ** spec.decimals;
    return Math.round(v * f) / f;
  }
  const step = spec.roundTo ?? 1;
  return Math.round(v / step) * step;
}

function seasonFactor(spec: MetricSpec, p: Period): number {
  const s = spec.season;
  if (s === undefined || p.lengthYears === 1) return 1;
  const mean = s.reduce((a, b) => a + b, 0) / s.length;
  const months = Math.round(p.lengthYears * 12);
  let sum = 0;
  for (let i = 0; i < months; i++) sum += s[p.monthIndex + i] ?? mean;
  return sum / months / mean;
}

function applyEffect(spec: MetricSpec, base: number, effect: number): number {
  const sign = spec.polarity === 'lower' ? -1 : 1;
  return spec.mode === 'relative' ? base * (1 + sign * effect) : base + sign * effect;
}

interface Series {
  spec: MetricSpec;
  baseline: number;
  forecasts: { start: string; value: number }[];
  actuals: { start: string; value: number; note: string }[];
}

function counterfactual(baseline: number, growth: number, k: number): number {
  return baseline * (1 + growth) ** k;
}

function generateSeries(spec: MetricSpec): Series {
  const rng = makeRng(spec.id);
  const actualPeriods = periodsOf(spec.frequency, ACTUALS_FROM_FY, ACTUALS_TO_FY);
  const noiseState = { ar: 0 };
  const noisy = (mean: number): number => {
    const n = spec.noise;
    if (n.kind === 'none') return mean;
    if (n.kind === 'abs') return mean + n.sd * rng.normal();
    if (n.kind === 'ar') {
      noiseState.ar = n.rho * noiseState.ar + n.sd * rng.normal();
      return mean + noiseState.ar;
    }
    const sd = Math.max(n.cv * mean, n.poisson === true ? Math.sqrt(Math.max(mean, 0)) : 0);
    return mean + sd * rng.normal();
  };

  // Pre-programme years, level set so the baseline window averages `level`.
  const kWindow = spec.windowFy - FIRST_FY;
  const raw: { p: Period; value: number }[] = [];
  const pre = actualPeriods.filter((p) => p.k < 0);
  for (const p of pre) {
    const trend = spec.level * (1 + spec.growth) ** (p.k - kWindow);
    const effect = spec.movesBeforeProgramme === true ? spec.actual(p.t) : 0;
    const mean = applyEffect(spec, trend * seasonFactor(spec, p), effect);
    raw.push({ p, value: roundValue(noisy(mean), spec) });
  }
  const window = raw.filter((r) => r.p.fy === spec.windowFy);
  if (spec.baselineExact !== undefined) {
    // The seeds give the window's total: put the rounding difference on its last period.
    const target = spec.baselineExact * window.length;
    const diff = target - window.reduce((s, r) => s + r.value, 0);
    const last = window[window.length - 1];
    if (last !== undefined) last.value = roundValue(last.value + diff, spec);
  }
  const windowMean = window.reduce((s, r) => s + r.value, 0) / Math.max(window.length, 1);
  const baseline =
    spec.baselineExact ??
    (spec.decimals > 0 ? roundValue(windowMean, spec) : Math.round(windowMean));

  const actuals: Series['actuals'] = raw.map((r) => ({
    start: r.p.start,
    value: r.value,
    note: spec.notes?.[r.p.start] ?? '',
  }));
  for (const p of actualPeriods.filter((q) => q.k >= 0)) {
    const cf = counterfactual(baseline, spec.growth, p.k);
    const mean = applyEffect(spec, cf * seasonFactor(spec, p), spec.actual(p.t));
    const value = roundValue(noisy(mean), spec);
    if (spec.missing?.includes(p.start) === true) continue;
    actuals.push({ start: p.start, value, note: spec.notes?.[p.start] ?? '' });
  }

  const forecasts = periodsOf(spec.frequency, FIRST_FY, FIRST_FY + YEARS - 1).map((p) => {
    const cf = counterfactual(baseline, spec.growth, p.k);
    return { start: p.start, value: roundValue(applyEffect(spec, cf, spec.forecast(p.t)), spec) };
  });
  return { spec, baseline, forecasts, actuals };
}

// ---------------------------------------------------------------------------------------------
// A comparison series as the counterfactual (issue 18): West Cheshire's emergency admissions of
// people aged 65 and over take their counterfactual from a national series (difference in
// differences) instead of the assumed 3.5% a year. The series is invented and indexed
// (2012-13 = 100): national admissions of older people rising about 2% a year with the same
// winter pattern, April 2010 to March 2017 (the last month published by the demo's today), so
// periods after it fall back to growth.

interface ComparatorSpec {
  metricId: string;
  name: string;
  source: string;
  values: { start: string; value: number }[];
}

function nationalAdmissionsIndex(): { start: string; value: number }[] {
  const rng = makeRng('comparator:england-emergency-admissions-65');
  const seasonMean = WINTER.reduce((a, b) => a + b, 0) / WINTER.length;
  const raw = periodsOf('month', ACTUALS_FROM_FY, ACTUALS_TO_FY).map((p) => ({
    p,
    value:
      1.02 ** (p.t + 0.5) *
      ((WINTER[p.monthIndex] ?? seasonMean) / seasonMean) *
      (1 + 0.006 * rng.normal()),
  }));
  const window = raw.filter((r) => r.p.fy === 2012);
  const mean = window.reduce((s, r) => s + r.value, 0) / window.length;
  return raw.map((r) => ({ start: r.p.start, value: Number(((100 * r.value) / mean).toFixed(1)) }));
}

const COMPARATORS: ComparatorSpec[] = [
  {
    metricId: 'aw-emergency-admissions-65-west-cheshire',
    name: 'England: emergency admissions of people aged 65 and over (index, 2012-13 = 100)',
    source:
      'NHS Digital, Hospital Episode Statistics: emergency admissions of people aged 65 and over, England (figures illustrative, indexed)',
    values: nationalAdmissionsIndex(),
  },
];

function generateCosts(): Row[] {
  const rows: Row[] = [];
  for (const c of COSTS) {
    const rng = makeRng(`costs:${c.strand}`);
    for (let y = 0; y < YEARS; y++) {
      for (const [partner, share] of c.partners) {
        const parts: ['transition' | 'running', number][] = [
          ['transition', c.total * c.transitionShare * (c.transitionProfile[y] ?? 0)],
          ['running', c.total * (1 - c.transitionShare) * (c.runningProfile[y] ?? 0)],
        ];
        for (const [kind, strandAmount] of parts) {
          const forecast = Math.round((strandAmount * share) / 100) * 100;
          if (forecast <= 0) continue;
          const factor = c.actualFactor[y];
          const actual =
            factor === undefined ? '' : Math.round(forecast * factor * (1 + 0.03 * rng.normal()));
          rows.push({
            strand_id: c.strand,
            partner_id: partner,
            financial_year: fyLabel(FIRST_FY + y),
            kind,
            forecast_gbp: forecast,
            actual_gbp: actual,
          });
        }
      }
    }
  }
  return rows;
}

// ---------------------------------------------------------------------------------------------
// Writing.

function csvCell(value: string | number): string {
  const s = typeof value === 'number' ? numberText(value) : value;
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** Plain decimal, no exponent, no float noise. */
function numberText(n: number): string {
  if (Number.isInteger(n)) return String(n);
  return String(Number(n.toFixed(9)));
}

function writeCsv(file: string, columns: string[], rows: Row[]): void {
  const lines = [columns.join(',')];
  for (const row of rows) lines.push(columns.map((c) => csvCell(row[c] ?? '')).join(','));
  writeFileSync(join(OUT, file), `${lines.join('\n')}\n`);
}

const PROGRAMME = {
  id: 'west-cheshire',
  name: 'Altogether Better',
  place: 'West Cheshire',
  description:
    'The whole place community budget of the public service partners in West Cheshire: six business cases submitted on 31 October 2012, delivery from April 2013. The business cases forecast about £106m gross and £51m net benefit over five years. The partners, strands, outcomes framework and unit costs follow the published documents; the period-by-period figures are invented for demonstration.',
  firstFinancialYear: fyLabel(FIRST_FY),
  years: YEARS,
  priceBaseYear: fyLabel(FIRST_FY),
  discountRate: 0.035,
  ragThresholds: { green: 0.95, amber: 0.8 },
  reinvestmentShare: 0.2,
  optimismBias: { '1': 0, '2': 0.05, '3': 0.1, '4': 0.15, '5': 0.25, '6': 0.4 },
  illustrative: true,
  spcShiftRunLength: 7,
};

function main(): void {
  mkdirSync(OUT, { recursive: true });
  const series = METRICS.map(generateSeries);
  const costs = generateCosts();

  writeFileSync(join(OUT, 'programme.json'), `${JSON.stringify(PROGRAMME, null, 2)}\n`);
  writeCsv(
    'partners.csv',
    ['id', 'name', 'kind', 'budget'],
    PARTNERS.map((p) => ({ ...p })),
  );
  writeCsv('outcomes.csv', ['id', 'name'], OUTCOMES);
  writeCsv(
    'strands.csv',
    ['id', 'name', 'sponsor_partner_id', 'description'],
    STRANDS.map((s) => ({
      id: s.id,
      name: s.name,
      sponsor_partner_id: s.sponsor,
      description: s.description,
    })),
  );
  writeCsv(
    'unit_costs.csv',
    [
      'id',
      'name',
      'per',
      'value_gbp',
      'price_year',
      'source',
      'confidence_grade',
      'category',
      'cashable_share',
      'economic_gbp',
      'social_gbp',
    ],
    UNIT_COSTS.map((u) => ({
      id: u.id,
      name: u.name,
      per: u.per,
      value_gbp: u.value,
      price_year: fyLabel(u.priceFy),
      source: u.source,
      confidence_grade: u.grade,
      category: u.category,
      cashable_share: u.cashable,
      economic_gbp: u.economic ?? '',
      social_gbp: u.social ?? '',
    })),
  );
  writeCsv(
    'unit_cost_bearers.csv',
    ['unit_cost_id', 'partner_id', 'share'],
    UNIT_COSTS.flatMap((u) =>
      u.bearers.map(([partner, share]) => ({ unit_cost_id: u.id, partner_id: partner, share })),
    ),
  );
  writeCsv(
    'metrics.csv',
    [
      'id',
      'strand_id',
      'outcome_id',
      'name',
      'unit',
      'frequency',
      'polarity',
      'kind',
      'owner_partner_id',
      'unit_cost_id',
      'attribution',
      'source',
      'cumulative',
      'deadweight',
      'displacement',
      'leakage',
      'substitution',
      'additionality_source',
      'additionality_grade',
      'comparator_name',
      'comparator_source',
      // Lag, persistence and drop-off (issue 18): blank, so every value counts in the year it is
      // achieved only and the demonstration figures are unchanged.
      'benefit_lag_years',
      'persistence_years',
      'drop_off_rate',
      'persistence_source',
    ],
    METRICS.map((m) => ({
      id: m.id,
      strand_id: m.strand,
      outcome_id: m.outcome,
      name: m.name,
      unit: m.unit,
      frequency: m.frequency,
      polarity: m.polarity,
      kind: m.kind,
      owner_partner_id: m.owner,
      unit_cost_id: m.unitCost ?? '',
      attribution: m.attribution ?? '',
      source: m.source,
      cumulative: m.cumulative ? 'yes' : '',
      deadweight: m.additionality?.deadweight ?? '',
      displacement: m.additionality?.displacement ?? '',
      leakage: m.additionality?.leakage ?? '',
      substitution: m.additionality?.substitution ?? '',
      additionality_source: m.additionality?.source ?? '',
      additionality_grade: m.additionality?.grade ?? '',
      comparator_name: COMPARATORS.find((c) => c.metricId === m.id)?.name ?? '',
      comparator_source: COMPARATORS.find((c) => c.metricId === m.id)?.source ?? '',
      benefit_lag_years: '',
      persistence_years: '',
      drop_off_rate: '',
      persistence_source: '',
    })),
  );
  writeCsv(
    'baselines.csv',
    ['metric_id', 'value', 'annual_growth', 'measured_from', 'measured_to', 'note'],
    series.map((s) => ({
      metric_id: s.spec.id,
      value: s.baseline,
      annual_growth: s.spec.growth === 0 ? '' : s.spec.growth,
      measured_from: isoOf(s.spec.windowFy, 4, 1),
      measured_to: isoOf(s.spec.windowFy + 1, 3, 31),
      note: s.spec.baselineNote,
    })),
  );
  writeCsv(
    'forecasts.csv',
    ['metric_id', 'period_start', 'value'],
    series.flatMap((s) =>
      s.forecasts.map((f) => ({ metric_id: s.spec.id, period_start: f.start, value: f.value })),
    ),
  );
  writeCsv(
    'actuals.csv',
    ['metric_id', 'period_start', 'value', 'note'],
    series.flatMap((s) =>
      s.actuals.map((a) => ({
        metric_id: s.spec.id,
        period_start: a.start,
        value: a.value,
        note: a.note,
      })),
    ),
  );
  writeCsv(
    'costs.csv',
    ['strand_id', 'partner_id', 'financial_year', 'kind', 'forecast_gbp', 'actual_gbp'],
    costs,
  );
  writeCsv(
    'deflators.csv',
    ['financial_year', 'index'],
    DEFLATORS.map(([fy, index]) => ({ financial_year: fyLabel(fy), index })),
  );
  writeCsv(
    'comparators.csv',
    ['metric_id', 'period_start', 'value'],
    COMPARATORS.flatMap((c) =>
      c.values.map((v) => ({ metric_id: c.metricId, period_start: v.start, value: v.value })),
    ),
  );
  // Illustrative stories at the end of 2014-15 and 2015-16; 2016-17's are left due.
  writeCsv(
    'commentary.csv',
    [
      'metric_id',
      'period_start',
      'what_happened',
      'what_helps',
      'what_hurts',
      'what_next',
      'author',
    ],
    commentaryRows(series, [2014, 2015]).map((row) => ({ ...row })),
  );

  const check = calibrationCheck(series, costs);
  printCheck(check);
  void crossCheck(check, series, costs);
}

// ---------------------------------------------------------------------------------------------
// Calibration check: the business-case sums computed directly (DESIGN.md "Calculations"),
// independent of packages/core, so the pack can be tuned before the calculations exist.

const OPTIMISM_BIAS: Record<number, number> = { 1: 0, 2: 0.05, 3: 0.1, 4: 0.15, 5: 0.25, 6: 0.4 };

interface StrandCheck {
  strand: string;
  gross: number;
  cost: number;
  byAsOf: Record<string, { forecast: number; realised: number; achievement: number; rag: string }>;
}

interface MetricCheck {
  id: string;
  gross: number;
  achievement: Record<string, number>;
  councilCash201617: number;
}

interface Check {
  metrics: MetricCheck[];
  strands: StrandCheck[];
  councilCashableIes201617: number;
  councilCashableAll201617: number;
  missingReturns: string[];
}

const AS_OF = ['2016-03-31', '2017-03-31'];

function ragOf(a: number): string {
  return a >= 0.95 ? 'green' : a >= 0.8 ? 'amber' : 'red';
}

function valuePerUnit(spec: MetricSpec, p: Period): number | null {
  const uc = UNIT_COSTS.find((u) => u.id === spec.unitCost);
  if (uc === undefined) return null;
  const index = (fy: number): number => {
    const hit = DEFLATORS.find(([y]) => y === fy);
    if (hit === undefined) throw new Error(`No deflator for ${fyLabel(fy)}`);
    return hit[1];
  };
  const uprated = uc.value * (index(FIRST_FY) / index(uc.priceFy));
  const ob = OPTIMISM_BIAS[uc.grade] ?? 0;
  const y = spec.kind === 'stock' ? p.lengthYears : 1;
  return (spec.attribution ?? 1) * uprated * (1 - ob) * y;
}

function calibrationCheck(series: Series[], costs: Row[]): Check {
  const strands: StrandCheck[] = STRANDS.map((s) => ({
    strand: s.id,
    gross: 0,
    cost: 0,
    byAsOf: {},
  }));
  const metrics: MetricCheck[] = [];
  const sums: Record<string, Record<string, { f: number; r: number }>> = {};
  let councilIes = 0;
  let councilAll = 0;
  const missingReturns: string[] = [];
  for (const s of series) {
    const spec = s.spec;
    const periods = periodsOf(spec.frequency, FIRST_FY, FIRST_FY + YEARS - 1);
    const uc = UNIT_COSTS.find((u) => u.id === spec.unitCost);
    const councilShare = uc?.bearers.find(([p]) => p === COUNCIL)?.[1] ?? 0;
    const sign = spec.polarity === 'lower' ? -1 : 1;
    const own: MetricCheck = { id: spec.id, gross: 0, achievement: {}, councilCash201617: 0 };
    const improvements: Record<string, { f: number; a: number }> = {};
    for (const p of periods) {
      const cf = counterfactual(s.baseline, spec.growth, p.k);
      const f = s.forecasts.find((x) => x.start === p.start);
      const a = s.actuals.find((x) => x.start === p.start);
      if (f === undefined) continue;
      if (a === undefined && p.end <= '2017-03-31') missingReturns.push(`${spec.id} ${p.start}`);
      if (a !== undefined) {
        for (const asOf of AS_OF) {
          if (p.end > asOf) continue;
          const b = (improvements[asOf] ??= { f: 0, a: 0 });
          b.f += sign * (f.value - cf);
          b.a += sign * (a.value - cf);
        }
      }
      const vpu = valuePerUnit(spec, p);
      if (vpu === null) continue;
      const fBen = sign * (f.value - cf) * vpu;
      own.gross += fBen;
      const strand = strands.find((x) => x.strand === spec.strand);
      if (strand !== undefined) strand.gross += fBen;
      if (a === undefined) continue;
      const rBen = sign * (a.value - cf) * vpu;
      for (const asOf of AS_OF) {
        if (p.end > asOf) continue;
        const bucket = ((sums[spec.strand] ??= {})[asOf] ??= { f: 0, r: 0 });
        bucket.f += fBen;
        bucket.r += rBen;
      }
      if (p.fy === 2016 && uc !== undefined) {
        const cash = rBen * uc.cashable * councilShare;
        own.councilCash201617 += cash;
        councilAll += cash;
        if (spec.strand === IES) councilIes += cash;
      }
    }
    for (const asOf of AS_OF) {
      const b = improvements[asOf];
      own.achievement[asOf] = b !== undefined && b.f > 0 ? b.a / b.f : NaN;
    }
    metrics.push(own);
  }
  for (const row of costs) {
    const strand = strands.find((x) => x.strand === row.strand_id);
    if (strand !== undefined) strand.cost += Number(row.forecast_gbp);
  }
  for (const strand of strands) {
    for (const asOf of AS_OF) {
      const b = sums[strand.strand]?.[asOf] ?? { f: 0, r: 0 };
      const achievement = b.f > 0 ? b.r / b.f : NaN;
      strand.byAsOf[asOf] = { forecast: b.f, realised: b.r, achievement, rag: ragOf(achievement) };
    }
  }
  return {
    metrics,
    strands,
    councilCashableIes201617: councilIes,
    councilCashableAll201617: councilAll,
    missingReturns,
  };
}

const m = (v: number): string => `£${(v / 1e6).toFixed(2)}m`;

function printCheck(check: Check): void {
  if (process.argv.includes('--detail')) {
    console.log(
      'metric                                          gross      ach 2016   ach 2017   council cash 2016-17',
    );
    for (const x of check.metrics) {
      console.log(
        `${x.id.padEnd(46)} ${m(x.gross).padStart(9)}  ${AS_OF.map((d) => (x.achievement[d] ?? NaN).toFixed(3).padStart(8)).join('  ')}  ${Math.round(x.councilCash201617)}`,
      );
    }
  }
  console.log('Calibration check (forecast over 2013-14..2017-18, 2013-14 prices):');
  console.log(
    'strand                        gross       cost        net    | ach 2016-03-31      | ach 2017-03-31',
  );
  let gross = 0;
  let cost = 0;
  for (const s of check.strands) {
    gross += s.gross;
    cost += s.cost;
    const cells = AS_OF.map((d) => {
      const x = s.byAsOf[d];
      return x === undefined
        ? ''
        : `${x.achievement.toFixed(3)} ${x.rag.padEnd(5)} (${m(x.realised)})`;
    });
    console.log(
      `${s.strand.padEnd(28)} ${m(s.gross).padStart(9)} ${m(s.cost).padStart(9)} ${m(s.gross - s.cost).padStart(9)}  | ${cells.join(' | ')}`,
    );
  }
  console.log(
    `${'whole programme'.padEnd(28)} ${m(gross).padStart(9)} ${m(cost).padStart(9)} ${m(gross - cost).padStart(9)}`,
  );
  console.log(
    `Council cashable realised in 2016-17: Integrated Early Support £${Math.round(check.councilCashableIes201617).toLocaleString('en-GB')}, all strands £${Math.round(check.councilCashableAll201617).toLocaleString('en-GB')}`,
  );
  console.log(
    `Missing returns (${check.missingReturns.length}): ${check.missingReturns.join(', ')}`,
  );
}

// Optional cross-check against packages/core when its evaluation exists; never required.
async function crossCheck(check: Check, series: Series[], costs: Row[]): Promise<void> {
  const modulePath = join(
    HERE,
    '..',
    '..',
    'packages',
    'core',
    'src',
    'evaluate',
    'evaluate-programme.ts',
  );
  let evaluate: ((data: unknown, asOf: string) => unknown) | undefined;
  try {
    const mod = (await import(pathToFileURL(modulePath).href)) as { evaluateProgramme?: unknown };
    if (typeof mod.evaluateProgramme === 'function') {
      evaluate = mod.evaluateProgramme as (data: unknown, asOf: string) => unknown;
    }
  } catch {
    evaluate = undefined;
  }
  if (evaluate === undefined) {
    console.log('Cross-check: packages/core evaluateProgramme not available; skipped.');
    return;
  }
  const data = {
    programme: { ...PROGRAMME, optimismBias: OPTIMISM_BIAS },
    partners: PARTNERS,
    outcomes: OUTCOMES,
    strands: STRANDS.map((s) => ({
      id: s.id,
      name: s.name,
      sponsorPartnerId: s.sponsor,
      description: s.description,
    })),
    unitCosts: UNIT_COSTS.map((u) => ({
      id: u.id,
      name: u.name,
      per: u.per,
      valuePence: Math.round(u.value * 100),
      priceYear: fyLabel(u.priceFy),
      source: u.source,
      confidenceGrade: u.grade,
      category: u.category,
      cashableShare: u.cashable,
      bearers: u.bearers.map(([partnerId, share]) => ({ partnerId, share })),
    })),
    metrics: series.map((s) => ({
      id: s.spec.id,
      strandId: s.spec.strand,
      outcomeId: s.spec.outcome,
      name: s.spec.name,
      unit: s.spec.unit,
      frequency: s.spec.frequency,
      polarity: s.spec.polarity,
      kind: s.spec.kind,
      ownerPartnerId: s.spec.owner,
      unitCostId: s.spec.unitCost,
      attribution: s.spec.attribution ?? 1,
      source: s.spec.source,
      baseline: {
        value: s.baseline,
        annualGrowth: s.spec.growth,
        measuredFrom: isoOf(s.spec.windowFy, 4, 1),
        measuredTo: isoOf(s.spec.windowFy + 1, 3, 31),
        note: s.spec.baselineNote,
      },
      forecasts: s.forecasts.map((f) => ({ periodStart: f.start, value: f.value })),
      actuals: s.actuals.map((a) => ({ periodStart: a.start, value: a.value })),
    })),
    costs: costs.map((c) => ({
      strandId: c.strand_id,
      partnerId: c.partner_id,
      financialYear: c.financial_year,
      kind: c.kind,
      forecastPence: Math.round(Number(c.forecast_gbp) * 100),
      actualPence: c.actual_gbp === '' ? null : Math.round(Number(c.actual_gbp) * 100),
    })),
    deflators: DEFLATORS.map(([fy, index]) => ({ financialYear: fyLabel(fy), index })),
  };
  for (const asOf of AS_OF) {
    try {
      const result = evaluate(data, asOf) as {
        strands: {
          strand: { id: string };
          achievement: number | null;
          rag: string;
          forecastBenefitWholeCase: number;
        }[];
      };
      const lines = result.strands.map((s) => {
        const mine = check.strands.find((x) => x.strand === s.strand.id);
        const ach = mine?.byAsOf[asOf]?.achievement ?? NaN;
        const agree =
          mine !== undefined &&
          Math.abs(mine.gross - s.forecastBenefitWholeCase) < 0.01 &&
          Math.abs(ach - (s.achievement ?? NaN)) < 1e-9;
        return `  ${s.strand.id.padEnd(26)} gross ${m(s.forecastBenefitWholeCase)} achievement ${(s.achievement ?? NaN).toFixed(3)} ${s.rag} ${agree ? 'agrees' : 'DIFFERS'}`;
      });
      console.log(
        `Cross-check with packages/core evaluateProgramme at ${asOf}:\n${lines.join('\n')}`,
      );
    } catch (error) {
      console.log(
        `Cross-check at ${asOf} failed: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
  }
}

main();
