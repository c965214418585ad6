// The demonstration pack's commentary.csv: a sponsor's "story behind the curve" for each metric
// at the end of 2014-15 and of 2015-16 (the last period of each year), written from the figures
// themselves (the actual against the business case's forecast, and against a year before), with
// each strand's plausible helps, hurdles and next steps. Invented, and marked so in every row:
// the text starts "Illustrative:" and the author says it. The periods of 2016-17 are left for
// the sponsors to write, so the demonstration shows commentary due.

type Frequency = 'month' | 'quarter' | 'year';

export interface CommentarySeries {
  spec: {
    id: string;
    strand: string;
    unit: string;
    frequency: Frequency;
    polarity: 'lower' | 'higher';
  };
  forecasts: { start: string; value: number }[];
  actuals: { start: string; value: number }[];
}

interface StrandVoice {
  name: string;
  helps: string;
  hurts: string;
  next: string;
}

/** What each strand's sponsor would plausibly say helps, gets in the way and comes next. */
const VOICES: Record<string, StrandVoice> = {
  'safer-communities': {
    name: 'Safer Communities',
    helps: 'The joint triage desk and the Navigate Safer caseworkers see repeat victims sooner.',
    hurts: 'Two neighbourhood teams were short of staff over the winter.',
    next: 'Extend the triage desk to weekends and review repeat cases monthly with probation.',
  },
  'integrated-early-support': {
    name: 'Integrated Early Support',
    helps: 'Multi-agency locality teams now meet families within ten working days.',
    hurts: 'Referrals from schools rose faster than the teams could absorb them.',
    next: 'Add a second locality team in Ellesmere Port and track waiting times weekly.',
  },
  'families-together': {
    name: 'Families Together',
    helps: 'Key workers stay with each family for the whole plan, as the business case assumed.',
    hurts: 'Court delays kept some children in care longer than planned.',
    next: 'Agree a shared review date with the family court and audit ten cases a quarter.',
  },
  'work-ready-individuals': {
    name: 'Work Ready Individuals',
    helps: 'Job coaches now sit in the Jobcentre two days a week, so referrals are warm.',
    hurts: 'Fewer entry-level vacancies locally than forecast in 2012.',
    next: 'Work with two large employers on guaranteed interviews for the cohort.',
  },
  'ageing-well': {
    name: 'Ageing Well',
    helps: 'Community matrons and the falls service reach people before a crisis.',
    hurts: 'Winter pressures and a slower roll-out of integrated care teams than planned.',
    next: 'Complete the roll-out of the integrated teams and target the top 2% at risk.',
  },
  'integrated-assets': {
    name: 'Integrated Assets',
    helps: 'Partners share three buildings already, as planned.',
    hurts: 'Lease breaks on two offices come later than the business case assumed.',
    next: 'Agree the move-out dates for the next two buildings with the partners’ estates teams.',
  },
};

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** The start of the last period of financial year `fy` (2015 = 2015-16). */
function lastPeriodOf(fy: number, frequency: Frequency): string {
  if (frequency === 'month') return `${fy + 1}-03-01`;
  if (frequency === 'quarter') return `${fy + 1}-01-01`;
  return `${fy}-04-01`;
}

/** The start of the same period a year earlier. */
const yearBefore = (start: string): string => `${Number(start.slice(0, 4)) - 1}${start.slice(4)}`;

function label(start: string, frequency: Frequency): string {
  const year = Number(start.slice(0, 4));
  const month = Number(start.slice(5, 7));
  const fyStart = month >= 4 ? year : year - 1;
  const fy = `${fyStart}-${String((fyStart + 1) % 100).padStart(2, '0')}`;
  if (frequency === 'year') return fy;
  if (frequency === 'quarter') return `Q${Math.floor(((month + 8) % 12) / 3) + 1} ${fy}`;
  return `${MONTHS[month - 1] ?? ''} ${year}`;
}

const figure = (n: number): string =>
  n.toLocaleString('en-GB', { maximumFractionDigits: Number.isInteger(n) ? 0 : 1 });

const percent = (part: number, whole: number): string =>
  `${Math.abs(Math.round((part / whole) * 100))}%`;

export interface CommentaryRow {
  metric_id: string;
  period_start: string;
  what_happened: string;
  what_helps: string;
  what_hurts: string;
  what_next: string;
  author: string;
}

export function commentaryRows(
  series: readonly CommentarySeries[],
  years: number[],
): CommentaryRow[] {
  const rows: CommentaryRow[] = [];
  for (const s of series) {
    const voice = VOICES[s.spec.strand];
    if (voice === undefined) continue;
    const actualOf = new Map(s.actuals.map((a) => [a.start, a.value]));
    const forecastOf = new Map(s.forecasts.map((f) => [f.start, f.value]));
    for (const fy of years) {
      const start = lastPeriodOf(fy, s.spec.frequency);
      const actual = actualOf.get(start);
      const forecast = forecastOf.get(start);
      if (actual === undefined || forecast === undefined || forecast === 0) continue;
      const better = s.spec.polarity === 'lower' ? actual <= forecast : actual >= forecast;
      const gap = actual - forecast;
      const against =
        gap === 0
          ? 'exactly the business case’s forecast'
          : `${better ? 'better than' : 'short of'} the forecast of ${figure(forecast)} by ${percent(gap, forecast)}`;
      const previous = actualOf.get(yearBefore(start));
      const onYear =
        previous === undefined || previous === 0
          ? ''
          : ` That is ${actual === previous ? 'level with' : `${actual < previous ? 'down' : 'up'} ${percent(actual - previous, previous)} on`} ${label(yearBefore(start), s.spec.frequency)}.`;
      rows.push({
        metric_id: s.spec.id,
        period_start: start,
        what_happened: `Illustrative: ${label(start, s.spec.frequency)} came in at ${figure(actual)} ${s.spec.unit}, ${against}.${onYear}`,
        what_helps: voice.helps,
        what_hurts: better ? '' : voice.hurts,
        what_next: voice.next,
        author: `Illustrative: ${voice.name} sponsor (demonstration)`,
      });
    }
  }
  return rows;
}
