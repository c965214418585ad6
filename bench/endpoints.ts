// The read endpoints the benchmark measures, each with a check of the API's answer against the
// rows of its SQLite SQL floor (sql-floors.ts): the same numbers, or what differs.
import type {
  BenefitLedger,
  BenefitLines,
  BoardSummary,
  MetricSeries,
  ProgrammeSummary,
  StrandDetail,
} from '@outcomes/contract';
import { BENCH_METRIC_ID, BENCH_STRAND_ID } from './generate-pack.js';
import type { FloorName } from './sql-floors.js';

/** A row of a floor query. */
export type FloorRow = Record<string, string | number | null>;

export interface Endpoint {
  name: FloorName;
  path: string;
  /** Compares the API's answer with the floor's rows: null when equal, else what differs. */
  check: (body: unknown, rows: FloorRow[]) => string | null;
}

const num = (row: FloorRow | undefined, key: string): number => Number(row?.[key] ?? Number.NaN);
const close = (a: number, b: number, tolerance = 0.011) => Math.abs(a - b) <= tolerance;
const differs = (what: string, api: unknown, floor: unknown) =>
  `${what}: API ${String(api)}, floor ${String(floor)}`;

export function endpoints(pid: string, asOf: string): Endpoint[] {
  const base = `/api/programmes/${pid}`;
  return [
    {
      name: 'summary',
      path: `${base}/summary?asOf=${asOf}`,
      check: (body, rows) => {
        const t = (body as ProgrammeSummary).totals;
        const total = rows.find((r) => r['kind'] === 'total');
        const pairs: [string, number, string][] = [
          ['realised', t.realisedBenefitToDate, 'realised_to_date'],
          ['forecast', t.forecastBenefitToDate, 'forecast_to_date'],
          ['whole case', t.forecastBenefitWholeCase, 'whole_case'],
          ['cashable', t.realisedCashableToDate, 'cashable_to_date'],
          ['cost', t.costToDate, 'cost_to_date'],
          ['missing returns', t.missingReturns, 'missing'],
        ];
        for (const [what, api, column] of pairs) {
          if (!close(api, num(total, column))) return differs(what, api, total?.[column]);
        }
        for (const s of (body as ProgrammeSummary).strands) {
          const f = rows.find((r) => r['kind'] === 'strand' && r['id'] === s.id);
          if (!close(s.realisedBenefitToDate, num(f, 'realised_to_date')))
            return differs(`strand ${s.id}`, s.realisedBenefitToDate, f?.['realised_to_date']);
          if (s.metricRag.green !== num(f, 'green'))
            return differs(`${s.id} green`, s.metricRag.green, f?.['green']);
        }
        const quarters = rows.filter((r) => r['kind'] === 'quarter').length;
        const apiQuarters = (body as ProgrammeSummary).cumulativeByQuarter.length;
        return quarters === apiQuarters ? null : differs('quarters', apiQuarters, quarters);
      },
    },
    {
      name: 'strand',
      path: `${base}/strands/${BENCH_STRAND_ID}?asOf=${asOf}`,
      check: (body, rows) => {
        const b = body as StrandDetail;
        const strand = rows.find((r) => r['kind'] === 'strand');
        if (!close(b.summary.realisedBenefitToDate, num(strand, 'realised_to_date')))
          return differs('realised', b.summary.realisedBenefitToDate, strand?.['realised_to_date']);
        const metrics = rows.filter((r) => r['kind'] === 'metric');
        if (metrics.length !== b.metrics.length)
          return differs('metrics', b.metrics.length, metrics.length);
        const trend = b.metrics.reduce((n, m) => n + m.trend.length, 0);
        const trendRows = rows.filter((r) => r['kind'] === 'trend').length;
        if (trend !== trendRows) return differs('trend points', trend, trendRows);
        for (const m of b.metrics) {
          const f = metrics.find((r) => r['id'] === m.id);
          if ((m.latestActual?.value ?? null) !== (f?.['value'] ?? null))
            return differs(`${m.id} latest`, m.latestActual?.value, f?.['value']);
        }
        return null;
      },
    },
    {
      name: 'series',
      path: `${base}/metrics/${BENCH_METRIC_ID}/series?asOf=${asOf}`,
      check: (body, rows) => {
        const periods = (body as MetricSeries).periods;
        if (rows.length !== periods.length) return differs('periods', periods.length, rows.length);
        const api = periods.reduce((n, p) => n + (p.realisedBenefit ?? 0), 0);
        const floor = rows.reduce((n, r) => n + Number(r['realised_benefit'] ?? 0), 0);
        if (!close(api, floor, 0.01 * rows.length)) return differs('Σ realised', api, floor);
        const missing = periods.filter((p) => p.missingReturn).length;
        const floorMissing = rows.filter((r) => r['missing_return'] === 1).length;
        return missing === floorMissing ? null : differs('missing returns', missing, floorMissing);
      },
    },
    {
      name: 'benefits',
      path: `${base}/benefits?groupBy=strand&asOf=${asOf}`,
      check: (body, rows) => {
        const t = (body as BenefitLedger).total;
        const total = rows.find((r) => r['id'] === 'total');
        if (!close(t.realisedBenefitToDate, num(total, 'realised_to_date')))
          return differs('realised', t.realisedBenefitToDate, total?.['realised_to_date']);
        if (!close(t.forecastBenefitWholeCase, num(total, 'whole_case')))
          return differs('whole case', t.forecastBenefitWholeCase, total?.['whole_case']);
        return t.lineCount === num(total, 'line_count')
          ? null
          : differs('lines', t.lineCount, total?.['line_count']);
      },
    },
    {
      name: 'lines',
      path: `${base}/benefits/lines?strand=${BENCH_STRAND_ID}&asOf=${asOf}`,
      check: (body, rows) => {
        const b = body as BenefitLines;
        if (b.lineCount !== rows.length) return differs('lines', b.lineCount, rows.length);
        const floor = rows.reduce((n, r) => n + Number(r['realised_pence'] ?? 0), 0) / 100;
        return close(b.total, floor) ? null : differs('total', b.total, floor);
      },
    },
    {
      name: 'board',
      path: `${base}/metrics?asOf=${asOf}`,
      check: (body, rows) => {
        const metrics = (body as BoardSummary).metrics.length;
        return metrics === rows.length ? null : differs('metrics', metrics, rows.length);
      },
    },
  ];
}
