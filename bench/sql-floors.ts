// The SQL floor of each endpoint: one hand-written SQLite statement that computes the same
// numbers as the endpoint, from the same file (current forecast version; each figure's latest
// revision as known at the as-of date, a pack's figures known from the start; counterfactual,
// improvements, monetisation with uprating, optimism bias and the stock period factor; RAG).
// Measured with better-sqlite3 directly: what the answer costs with no HTTP, no JavaScript
// evaluation and no serialisation. SQLite-specific where that is faster (bare columns with max()).
import type { Database as Sqlite, Statement } from 'better-sqlite3';

export interface FloorParams {
  pid: string;
  asOf: string;
  /** End of the as-of day: revisions recorded later are not yet known. */
  knownAt: string;
  /** Latest month, quarter and financial-year starts whose period has ended by asOf. */
  monthCut: string;
  quarterCut: string;
  /** Financial years starting in this calendar year or before have ended by asOf. */
  fyCut: number;
}

const iso = (year: number, month: number, day: number) =>
  new Date(Date.UTC(year, month - 1, day)).toISOString().slice(0, 10);

/**
 * The cut-offs for `asOf`: the latest period start of each frequency whose period has ended on or
 * before asOf (its last day is on or before asOf), as core's hasEnded decides.
 */
export function floorParams(pid: string, asOf: string): FloorParams {
  const [y, mo] = asOf.split('-').map(Number) as [number, number];
  const latestEnded = (startMonth: number, months: number): string => {
    // startMonth: 1-based month of the period holding asOf; step back one period if it runs on.
    const end = iso(y, startMonth + months, 0);
    return end <= asOf ? iso(y, startMonth, 1) : iso(y, startMonth - months, 1);
  };
  const fyStart = mo >= 4 ? y : y - 1;
  return {
    pid,
    asOf,
    knownAt: `${asOf}T23:59:59.999Z`,
    monthCut: latestEnded(mo, 1),
    quarterCut: latestEnded(Math.floor((mo - 1) / 3) * 3 + 1, 3),
    fyCut: `${fyStart + 1}-03-31` <= asOf ? fyStart : fyStart - 1,
  };
}

// The inputs every floor starts from. `a`: the latest revision of each figure as known at asOf
// (SQLite returns the bare columns of the row holding max(revision)).
const INPUTS = `
p AS MATERIALIZED (
  SELECT id, price_base_year, optimism_bias, rag_green AS green, rag_amber AS amber,
         CAST(substr(first_financial_year, 1, 4) AS INTEGER) AS fy0
  FROM programme WHERE id = :pid
),
m AS MATERIALIZED (
  SELECT me.id, me.strand_id, me.outcome_id, me.frequency, me.kind, me.position,
         CASE me.polarity WHEN 'lower' THEN -1.0 ELSE 1.0 END AS sign,
         b.value AS base, b.annual_growth AS g, u.cashable_share AS cash, u.id AS unit_cost_id,
         me.attribution * (u.value_pence / 100.0)
           * CASE WHEN u.price_year = p.price_base_year THEN 1.0
                  ELSE dbase.index_value / dprice.index_value END
           * (1 - json_extract(p.optimism_bias, '$."' || u.confidence_grade || '"'))
           * CASE WHEN me.kind = 'stock' THEN
               CASE me.frequency WHEN 'month' THEN 1.0 / 12 WHEN 'quarter' THEN 0.25 ELSE 1.0 END
             ELSE 1.0 END AS vpu
  FROM metric me
  JOIN p ON p.id = me.programme_id
  JOIN baseline b ON b.programme_id = me.programme_id AND b.metric_id = me.id
  LEFT JOIN unit_cost u ON u.programme_id = me.programme_id AND u.id = me.unit_cost_id
  LEFT JOIN deflator dprice ON dprice.programme_id = me.programme_id
    AND dprice.financial_year = u.price_year
  LEFT JOIN deflator dbase ON dbase.programme_id = me.programme_id
    AND dbase.financial_year = p.price_base_year
  WHERE me.programme_id = :pid
),
a AS MATERIALIZED (
  SELECT r.metric_id, r.period_start, r.value, max(r.revision) AS revision
  FROM actual_revision r
  JOIN submission s ON s.programme_id = r.programme_id AND s.id = r.submission_id
  WHERE r.programme_id = :pid AND (r.recorded_at <= :knownAt OR s.source = 'pack')
  GROUP BY r.metric_id, r.period_start
),
f AS MATERIALIZED (
  SELECT fo.metric_id, fo.period_start, fo.value
  FROM forecast fo
  JOIN forecast_version v ON v.programme_id = fo.programme_id AND v.id = fo.version_id
  WHERE fo.programme_id = :pid AND v.is_current = 1
)`;

// Per forecast period: counterfactual, improvements, whether it has ended, and its actual (only
// once the period has ended).
const FORECAST_PERIODS = `
fk AS (
  SELECT m.id AS metric_id, m.strand_id, m.vpu, m.cash, m.sign, f.period_start, f.value AS forecast,
         a.value AS raw_actual,
         (CAST(substr(f.period_start, 1, 4) AS INTEGER) - (substr(f.period_start, 6, 2) < '04'))
           - p.fy0 AS k,
         f.period_start <= CASE m.frequency WHEN 'month' THEN :monthCut
                                            WHEN 'quarter' THEN :quarterCut
                                            ELSE (:fyCut || '-04-01') END AS ended,
         m.base, m.g
  FROM f JOIN m ON m.id = f.metric_id CROSS JOIN p
  LEFT JOIN a ON a.metric_id = f.metric_id AND a.period_start = f.period_start
),
fp AS MATERIALIZED (
  SELECT metric_id, strand_id, vpu, cash, period_start, k, ended,
         sign * (forecast - base * pow(1 + g, k)) AS fi,
         CASE WHEN ended THEN sign * (raw_actual - base * pow(1 + g, k)) END AS ai
  FROM fk
),
ms AS (
  SELECT m.id AS metric_id, m.strand_id, m.vpu,
         count(fp.ai) AS comparable,
         sum(CASE WHEN fp.ai IS NOT NULL THEN fp.fi END) AS sf,
         sum(fp.ai) AS sa,
         coalesce(sum(CASE WHEN fp.ai IS NOT NULL THEN fp.fi * m.vpu END), 0) AS fb,
         coalesce(sum(CASE WHEN fp.ai IS NOT NULL AND fp.k >= 0 THEN fp.ai * m.vpu END), 0) AS rb,
         coalesce(sum(CASE WHEN fp.ai IS NOT NULL AND fp.k >= 0 THEN fp.ai * m.vpu * m.cash END), 0) AS rc,
         coalesce(sum(fp.fi * m.vpu), 0) AS wc,
         coalesce(sum(CASE WHEN fp.ended AND fp.ai IS NULL THEN 1 ELSE 0 END), 0) AS missing
  FROM m LEFT JOIN fp ON fp.metric_id = m.id
  GROUP BY m.id
),
mr AS MATERIALIZED (
  SELECT ms.*,
         CASE WHEN comparable > 0 AND sf > 0 THEN sa / sf END AS ach,
         CASE WHEN comparable = 0 THEN 'no-data' WHEN sf <= 0 THEN 'no-target'
              WHEN sa / sf >= p.green - 1e-9 THEN 'green'
              WHEN sa / sf >= p.amber - 1e-9 THEN 'amber' ELSE 'red' END AS rag
  FROM ms CROSS JOIN p
)`;

// A group's money, achievement (realised / forecast over monetised metrics, else the mean of
// the metrics' achievements), RAG and RAG counts, over the metrics in `mr` it is given.
const GROUP_COLUMNS = `
  sum(mr.fb) AS forecast_to_date, sum(mr.rb) AS realised_to_date,
  sum(mr.rc) AS cashable_to_date, sum(mr.wc) AS whole_case, sum(mr.missing) AS missing,
  CASE WHEN count(mr.vpu) > 0 THEN
    CASE WHEN sum(CASE WHEN mr.vpu IS NOT NULL THEN mr.comparable END) > 0 AND sum(mr.fb) > 0
         THEN sum(mr.rb) / sum(mr.fb) END
  ELSE avg(mr.ach) END AS achievement,
  sum(mr.rag = 'green') AS green, sum(mr.rag = 'amber') AS amber, sum(mr.rag = 'red') AS red,
  sum(mr.rag = 'no-data') AS no_data, sum(mr.rag = 'no-target') AS no_target`;

const COST_TO_DATE = (strandFilter: string) => `
  (SELECT coalesce(sum(c.actual_pence), 0) / 100.0 FROM cost c
   WHERE c.programme_id = :pid ${strandFilter}
     AND CAST(substr(c.financial_year, 1, 4) AS INTEGER) <= :fyCut)`;

/** Programme totals, every strand, and cumulative forecast and realised benefit by quarter. */
const SUMMARY = `
WITH ${INPUTS}, ${FORECAST_PERIODS},
q AS (
  SELECT substr(period_start, 1, 5)
           || printf('%02d', ((CAST(substr(period_start, 6, 2) AS INTEGER) - 1) / 3) * 3 + 1)
           || '-01' AS quarter,
         sum(fi * vpu) AS f, sum(ai * vpu) AS r
  FROM fp WHERE ai IS NOT NULL AND vpu IS NOT NULL AND k >= 0
  GROUP BY quarter
)
SELECT 'total' AS kind, :pid AS id, ${GROUP_COLUMNS}, ${COST_TO_DATE('')} AS cost_to_date
FROM mr
UNION ALL
SELECT 'strand', s.id, ${GROUP_COLUMNS}, ${COST_TO_DATE('AND c.strand_id = s.id')}
FROM strand s LEFT JOIN mr ON mr.strand_id = s.id
WHERE s.programme_id = :pid
GROUP BY s.id
UNION ALL
SELECT 'quarter', quarter, sum(f) OVER (ORDER BY quarter), sum(r) OVER (ORDER BY quarter),
       NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL
FROM q`;

/**
 * A strand: its summary row, each metric's definition and figures to date with its latest
 * actual, and each metric's trend (every actual to date).
 */
const nulls = (n: number) => Array.from({ length: n }, () => 'NULL').join(', ');
const STRAND = `
WITH ${INPUTS}, ${FORECAST_PERIODS},
ended_actuals AS (
  SELECT a.metric_id, a.period_start, a.value,
         row_number() OVER (PARTITION BY a.metric_id ORDER BY a.period_start DESC) AS latest
  FROM a JOIN m ON m.id = a.metric_id
  WHERE m.strand_id = :strandId
    AND a.period_start <= CASE m.frequency WHEN 'month' THEN :monthCut
                                           WHEN 'quarter' THEN :quarterCut
                                           ELSE (:fyCut || '-04-01') END
)
SELECT 'strand' AS kind, s.id, NULL AS period_start, NULL AS value, ${GROUP_COLUMNS},
       ${COST_TO_DATE('AND c.strand_id = s.id')} AS cost_to_date,
       s.name, s.sponsor_partner_id, s.description, ${nulls(12)}
FROM strand s LEFT JOIN mr ON mr.strand_id = s.id
WHERE s.programme_id = :pid AND s.id = :strandId
GROUP BY s.id
UNION ALL
SELECT 'metric', me.id, la.period_start, la.value, mr.fb, mr.rb, mr.rc, mr.wc, mr.missing,
       mr.ach, mr.rag, ${nulls(5)},
       me.name, me.unit, me.frequency, me.polarity, me.kind, me.owner_partner_id, me.unit_cost_id,
       me.attribution, me.source, o.name, b.value, b.annual_growth, b.measured_from,
       b.measured_to, b.note
FROM metric me
JOIN mr ON mr.metric_id = me.id
JOIN outcome o ON o.programme_id = me.programme_id AND o.id = me.outcome_id
JOIN baseline b ON b.programme_id = me.programme_id AND b.metric_id = me.id
LEFT JOIN ended_actuals la ON la.metric_id = me.id AND la.latest = 1
WHERE me.programme_id = :pid AND me.strand_id = :strandId
UNION ALL
SELECT 'trend', metric_id, period_start, value, ${nulls(27)}
FROM ended_actuals`;

/**
 * A metric's series: every forecast period and every actual to date, with counterfactual,
 * improvements, benefits and missing returns; and XmR limits (mean and mean moving range of the
 * actuals before the first financial year; the floor leaves out SPC's run rules).
 */
const SERIES = `
WITH ${INPUTS},
mm AS (SELECT * FROM m WHERE id = :metricId),
cut AS (
  SELECT CASE mm.frequency WHEN 'month' THEN :monthCut WHEN 'quarter' THEN :quarterCut
                           ELSE (:fyCut || '-04-01') END AS c
  FROM mm
),
keys AS (
  SELECT period_start FROM f WHERE metric_id = :metricId
  UNION
  SELECT period_start FROM a, cut WHERE metric_id = :metricId AND period_start <= cut.c
),
pk AS (
  SELECT keys.period_start, f.value AS forecast,
         CASE WHEN keys.period_start <= cut.c THEN a.value END AS actual,
         keys.period_start <= cut.c AS ended,
         (CAST(substr(keys.period_start, 1, 4) AS INTEGER)
           - (substr(keys.period_start, 6, 2) < '04')) - p.fy0 AS k,
         mm.base, mm.g, mm.sign, mm.vpu, p.fy0
  FROM keys CROSS JOIN mm CROSS JOIN p CROSS JOIN cut
  LEFT JOIN f ON f.metric_id = :metricId AND f.period_start = keys.period_start
  LEFT JOIN a ON a.metric_id = :metricId AND a.period_start = keys.period_start
),
pv AS (
  SELECT period_start, forecast, actual, ended, k, vpu, fy0,
         base * pow(1 + g, k) AS cf,
         sign * (forecast - base * pow(1 + g, k)) AS fi,
         sign * (actual - base * pow(1 + g, k)) AS ai
  FROM pk
),
xm AS (
  SELECT pv.*,
         abs(actual - lag(actual) OVER (PARTITION BY actual IS NOT NULL ORDER BY period_start)) AS mr
  FROM pv
)
SELECT period_start, cf, forecast, actual, fi, ai, fi * vpu AS forecast_benefit,
       CASE WHEN k >= 0 THEN ai * vpu END AS realised_benefit,
       ended AND forecast IS NOT NULL AND actual IS NULL AS missing_return,
       avg(actual) FILTER (WHERE k < 0) OVER () AS spc_mean,
       avg(actual) FILTER (WHERE k < 0) OVER () + 2.66 * avg(mr) FILTER (WHERE k < 0) OVER () AS ucl,
       avg(actual) FILTER (WHERE k < 0) OVER () - 2.66 * avg(mr) FILTER (WHERE k < 0) OVER () AS lcl
FROM xm
ORDER BY period_start`;

/**
 * The benefits ledger grouped by strand: each line (bearer of a monetised forecast period)
 * rounded to the penny, then summed, with the line count; and the total row. Lines round half
 * away from zero on the decimal value, as core's toPence does (round to 6 places first, so
 * 1.005 held as 1.00499999… still rounds up).
 */
const LEDGER_LINES = `
lines AS (
  SELECT fp.strand_id, fp.metric_id, fp.period_start, fp.k, fp.ai IS NOT NULL AS comparable,
         ub.partner_id, ub.share, fp.cash, fp.fi, fp.ai, fp.vpu,
         round(round(fp.fi * fp.vpu * ub.share * 100, 6)) AS forecast_pence,
         CASE WHEN fp.k >= 0 THEN round(round(fp.ai * fp.vpu * ub.share * 100, 6)) END
           AS realised_pence,
         CASE WHEN fp.k >= 0 THEN round(round(fp.ai * fp.vpu * ub.share * fp.cash * 100, 6)) END
           AS realised_cashable_pence
  FROM fp
  JOIN m ON m.id = fp.metric_id
  JOIN unit_cost_bearer ub ON ub.programme_id = :pid AND ub.unit_cost_id = m.unit_cost_id
  WHERE fp.vpu IS NOT NULL
)`;

const LEDGER = `
WITH ${INPUTS}, ${FORECAST_PERIODS}, ${LEDGER_LINES}
SELECT strand_id AS id,
       sum(CASE WHEN comparable THEN forecast_pence ELSE 0 END) / 100.0 AS forecast_to_date,
       sum(CASE WHEN comparable THEN coalesce(realised_pence, 0) ELSE 0 END) / 100.0
         AS realised_to_date,
       sum(CASE WHEN comparable THEN coalesce(realised_cashable_pence, 0) ELSE 0 END) / 100.0
         AS cashable_to_date,
       sum(forecast_pence) / 100.0 AS whole_case,
       count(*) AS line_count
FROM lines
GROUP BY strand_id
UNION ALL
SELECT 'total',
       sum(CASE WHEN comparable THEN forecast_pence ELSE 0 END) / 100.0,
       sum(CASE WHEN comparable THEN coalesce(realised_pence, 0) ELSE 0 END) / 100.0,
       sum(CASE WHEN comparable THEN coalesce(realised_cashable_pence, 0) ELSE 0 END) / 100.0,
       sum(forecast_pence) / 100.0,
       count(*)
FROM lines`;

/** Every line of one strand with its factors (the realised-to-date measure's lines). */
const LINES = `
WITH ${INPUTS}, ${FORECAST_PERIODS}, ${LEDGER_LINES}
SELECT l.metric_id, me.name, me.outcome_id, l.period_start, l.partner_id, l.share, l.cash,
       l.fi, l.ai, l.vpu, l.forecast_pence, l.realised_pence, l.realised_cashable_pence,
       u.value_pence, u.price_year, u.confidence_grade, u.category, me.attribution
FROM lines l
JOIN metric me ON me.programme_id = :pid AND me.id = l.metric_id
JOIN unit_cost u ON u.programme_id = :pid AND u.id = me.unit_cost_id
WHERE l.strand_id = :strandId AND l.comparable
ORDER BY me.position, l.period_start, l.partner_id`;

/**
 * The board's metric table: each metric's latest actual to date, the forecast for that period,
 * and its XmR mean and limits (from the periods before the first financial year).
 */
const BOARD = `
WITH ${INPUTS},
ae AS (
  SELECT a.metric_id, a.period_start, a.value,
         (CAST(substr(a.period_start, 1, 4) AS INTEGER) - (substr(a.period_start, 6, 2) < '04'))
           - p.fy0 AS k,
         row_number() OVER (PARTITION BY a.metric_id ORDER BY a.period_start DESC) AS latest,
         abs(a.value - lag(a.value) OVER (PARTITION BY a.metric_id ORDER BY a.period_start)) AS mr
  FROM a JOIN m ON m.id = a.metric_id CROSS JOIN p
  WHERE a.period_start <= CASE m.frequency WHEN 'month' THEN :monthCut
                                           WHEN 'quarter' THEN :quarterCut
                                           ELSE (:fyCut || '-04-01') END
),
lim AS (
  SELECT metric_id, avg(value) AS mean, avg(mr) AS mr FROM ae WHERE k < 0 GROUP BY metric_id
)
SELECT m.id, m.strand_id, ae.period_start, ae.value, f.value AS forecast,
       lim.mean, lim.mean + 2.66 * lim.mr AS ucl, lim.mean - 2.66 * lim.mr AS lcl
FROM m
LEFT JOIN ae ON ae.metric_id = m.id AND ae.latest = 1
LEFT JOIN f ON f.metric_id = m.id AND f.period_start = ae.period_start
LEFT JOIN lim ON lim.metric_id = m.id
ORDER BY m.position`;

export type FloorName = 'summary' | 'strand' | 'series' | 'benefits' | 'lines' | 'board';

export const FLOOR_SQL: Record<FloorName, string> = {
  summary: SUMMARY,
  strand: STRAND,
  series: SERIES,
  benefits: LEDGER,
  lines: LINES,
  board: BOARD,
};

export interface Floor {
  statement: Statement;
  params: Record<string, string | number>;
}

/** Prepares the floor statement of `name` with its parameters. */
export function prepareFloor(
  sqlite: Sqlite,
  name: FloorName,
  params: FloorParams & { strandId: string; metricId: string },
): Floor {
  const sql = FLOOR_SQL[name];
  const statement = sqlite.prepare(sql);
  // Bind only the parameters the statement names (better-sqlite3 refuses unknown ones).
  const bound: Record<string, string | number> = {};
  for (const [key, value] of Object.entries(params)) {
    if (sql.includes(`:${key}`)) bound[key] = value;
  }
  return { statement, params: bound };
}
