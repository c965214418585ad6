// The benchmark's targets (issues 7, 9 and 19), judged from the figures it measured.
import type { BoardMeetingResult } from './board-meeting.js';
import type { BenchResults, SizeResult } from './report-types.js';
import { ceilingShare, int, kb, ms, targetRatio } from './report-figures.js';

/** The targets of issue 7, judged from the figures. */
export function judgeTargets(r: BenchResults): BenchResults['targets'] {
  const targets: BenchResults['targets'] = [];
  const all = r.sizes.flatMap((s) => s.endpoints.map((e) => ({ s, e, ratio: targetRatio(e) })));
  const over = all.filter((x) => x.ratio !== null && x.ratio > 2);
  targets.push({
    target: 'every read endpoint p50 ≤ 2 × (SQL floor + bare Fastify), every size',
    met: all.length === 0 ? null : over.length === 0,
    detail:
      all.length === 0
        ? 'SQLite not measured'
        : over.length === 0
          ? `worst ${Math.max(...all.map((x) => x.ratio ?? 0)).toFixed(2)}×`
          : over.map((x) => `${x.e.name}@${x.s.programmes}: ${x.ratio?.toFixed(2)}×`).join(', '),
  });
  const summaryAt = (n: number) =>
    r.sizes.find((s) => s.programmes === n)?.endpoints.find((e) => e.name === 'summary');
  const smallest = r.sizes[0];
  const largest = r.sizes[r.sizes.length - 1];
  const first = smallest ? summaryAt(smallest.programmes) : undefined;
  const last = largest ? summaryAt(largest.programmes) : undefined;
  if (first && last && smallest && largest && smallest !== largest) {
    const growth = last.server.p50Ms / first.server.p50Ms;
    targets.push({
      target: `summary p50 at ${largest.programmes} ≤ 1.2 × at ${smallest.programmes} programme(s)`,
      met: growth <= 1.2,
      detail: `${ms(last.server.p50Ms)} / ${ms(first.server.p50Ms)} ms = ${growth.toFixed(2)}×`,
    });
  }
  if (last && largest) {
    targets.push({
      target: `summary p99 < 20 ms and > 2,000 req/s on one core at ${largest.programmes}`,
      met: last.server.p99Ms < 20 && last.server.requestsPerSecond > 2000,
      detail: `p99 ${ms(last.server.p99Ms)} ms, ${int(last.server.requestsPerSecond)} req/s`,
    });
  }
  const loads = r.sizes.filter((s) => s.load.floorMs !== undefined);
  if (loads.length > 0) {
    const rows = loads.reduce((n, s) => n + s.load.rows, 0);
    const loaderMs = loads.reduce((n, s) => n + s.load.readMs + s.load.saveMs, 0);
    const writeMs = loads.reduce((n, s) => n + s.load.saveMs, 0);
    const floorRows = loads.reduce((n, s) => n + (s.load.floorRows ?? 0), 0);
    const floorMs = loads.reduce((n, s) => n + (s.load.floorMs ?? 0), 0);
    const share = rows / loaderMs / (floorRows / floorMs);
    const cpu = (pick: (l: SizeResult['load']) => number) =>
      loads.reduce((n, s) => n + pick(s.load), 0);
    const floorCpu = cpu((l) => l.floorCpuMs ?? 0);
    const pct = (ms: number) => Math.round((100 * rows) / ms / (floorRows / floorCpu));
    targets.push({
      target: 'loader ≥ 50% of the raw-insert floor (rows/s)',
      met: share >= 0.5,
      detail:
        `${Math.round(100 * share)}% reading and writing; ` +
        `${Math.round((100 * rows) / writeMs / (floorRows / floorMs))}% writing alone ` +
        `(in CPU time: ${pct(cpu((l) => l.readCpuMs + l.saveCpuMs))}% and ${pct(cpu((l) => l.saveCpuMs))}%)`,
    });
  }
  const lastSize = r.sizes[r.sizes.length - 1];
  if (lastSize && lastSize.endpoints.some((e) => ceilingShare(e) !== null)) {
    const shares = lastSize.endpoints.map((e) => ({ e, share: ceilingShare(e) ?? 0 }));
    const low = shares.filter((x) => x.share < 0.35);
    const worst = shares.reduce((a, b) => (b.share < a.share ? b : a));
    targets.push({
      target: `every cached read ≥ 35% of the bare Fastify route's req/s on SQLite at ${lastSize.programmes}`,
      met: low.length === 0,
      detail:
        low.length === 0
          ? `worst ${worst.e.name} ${Math.round(100 * worst.share)}%`
          : low.map((x) => `${x.e.name}: ${Math.round(100 * x.share)}%`).join(', '),
    });
    const slow = lastSize.endpoints.filter((e) => !(e.server.p99Ms < 5));
    targets.push({
      target: `every cached read p99 < 5 ms on SQLite at ${lastSize.programmes}`,
      met: slow.length === 0,
      detail:
        slow.length === 0
          ? `worst ${ms(Math.max(...lastSize.endpoints.map((e) => e.server.p99Ms)))} ms`
          : slow.map((e) => `${e.name}: ${ms(e.server.p99Ms)} ms`).join(', '),
    });
  }
  const pgLoad = r.postgres?.measured ? r.postgres.load : undefined;
  if (pgLoad?.floorMs !== undefined && pgLoad.floorRows !== undefined && pgLoad.floorMs > 0) {
    const share =
      pgLoad.rows / (pgLoad.readMs + pgLoad.saveMs) / (pgLoad.floorRows / pgLoad.floorMs);
    targets.push({
      target: "PostgreSQL loader ≥ 50% of PostgreSQL's raw-insert floor (rows/s)",
      met: share >= 0.5,
      detail:
        `${Math.round(100 * share)}% reading and writing; ` +
        `${Math.round((100 * pgLoad.rows) / pgLoad.saveMs / (pgLoad.floorRows / pgLoad.floorMs))}% writing alone`,
    });
  }
  if (r.postgres?.measured) {
    const pg = r.postgres;
    const sqliteAt = r.sizes.find((s) => s.programmes === pg.programmes);
    if (sqliteAt) {
      const ratios = pg.endpoints.flatMap((e) => {
        const lite = sqliteAt.endpoints.find((x) => x.name === e.name)?.server;
        if (!lite) return [];
        return [
          {
            name: e.name,
            p50: e.server.p50Ms / lite.p50Ms,
            rate: lite.requestsPerSecond / e.server.requestsPerSecond,
          },
        ];
      });
      const over = ratios.filter((x) => x.p50 > 1.5 || x.rate > 1.5);
      const worst = Math.max(...ratios.map((x) => Math.max(x.p50, x.rate)));
      targets.push({
        target: `PostgreSQL (${pg.servers ?? 1} servers) within 1.5× of SQLite on every read endpoint (p50 and req/s)`,
        met: ratios.length === 0 ? null : over.length === 0,
        detail:
          ratios.length === 0
            ? 'not compared'
            : over.length === 0
              ? `worst ${worst.toFixed(2)}×`
              : over
                  .map((x) => `${x.name}: p50 ${x.p50.toFixed(2)}×, req/s ${x.rate.toFixed(2)}×`)
                  .join('; '),
      });
    }
  }
  const meetingsJudged: [string, BoardMeetingResult | null | undefined][] = [
    ['SQLite', r.sizes[r.sizes.length - 1]?.boardMeeting],
    ['PostgreSQL', r.postgres?.measured ? r.postgres.boardMeeting : undefined],
  ];
  for (const [engine, b] of meetingsJudged) {
    if (!b) continue;
    targets.push({
      target: `board meeting on ${engine}: 0 failed writes (and reads)`,
      met: b.failedWrites === 0 && b.failedReads === 0,
      detail:
        `${b.readers} readers, ${b.officers} officers: read p99 ${ms(b.readP99Ms)} ms, ` +
        `${b.failedReads} failed reads, ${b.failedWrites} of ${b.writes} writes failed`,
    });
  }
  if (r.postgres) {
    const pg = r.postgres;
    const differing = pg.measured
      ? pg.endpoints.filter((e) => e.sameAsSqlite !== null && e.sameAsSqlite !== 'equal')
      : [];
    targets.push({
      target: `PostgreSQL answers equal SQLite's${pg.measured ? ` at ${pg.programmes}` : ''}`,
      met: pg.measured ? pg.answersEqual : null,
      detail: !pg.measured
        ? `PostgreSQL not measured: ${pg.reason}`
        : pg.answersEqual === null
          ? 'not compared'
          : differing.length === 0
            ? `${pg.endpoints.length} endpoints, the same JSON`
            : differing.map((e) => `${e.name}: ${e.sameAsSqlite}`).join('; '),
    });
  }
  if (r.web) {
    targets.push({
      target: 'web app first page < 300 kB JavaScript gzipped',
      met: r.web.firstPageJsGzip < 300 * 1024,
      detail: `${kb(r.web.firstPageJsGzip)} (all JavaScript ${kb(r.web.jsGzip)})`,
    });
  }
  return targets;
}
