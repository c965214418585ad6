// What comparing places and the public page read: the programmes that opted in, with the data
// stamp each cached comparison is checked against, and whether a programme publishes a page.
import type { Kysely } from 'kysely';
import type { Database } from '../schema/database.js';
import { formatDataStamp } from './get-data-stamp.js';

export interface ComparisonPlace {
  programmeId: string;
  name: string;
  place: string;
  illustrative: boolean;
  population: number | null;
  /** The programme's data stamp: a cached comparison of it is valid while this is unchanged. */
  stamp: string;
  /** Its metrics that carry an indicator code, by code (one metric per code: the first). */
  indicators: { code: string; metricId: string; name: string; unit: string }[];
}

/** The opted-in programmes' ids and stamps, by id: one small query, to check a cached list. */
export async function comparisonStamps(
  db: Kysely<Database>,
): Promise<{ programmeId: string; stamp: string }[]> {
  const rows = await db
    .selectFrom('programme')
    .select(['id', 'loaded_at', 'data_version'])
    .where('comparison_opt_in', '=', 1)
    .orderBy('id')
    .execute();
  return rows.map((r) => ({
    programmeId: r.id,
    stamp: formatDataStamp(r.loaded_at, r.data_version),
  }));
}

// The full list, kept per store while every opted-in programme's stamp is unchanged: a load
// (the only way indicator codes, populations or the opt-in change) moves a stamp or the set.
const listCache = new WeakMap<object, { key: string; places: Promise<ComparisonPlace[]> }>();

/**
 * Every programme with `comparison_opt_in` = 1, by name, with its coded metrics. Served from a
 * per-store cache checked against the stamps (one small query); read, never mutate, the answer.
 */
export async function listComparisonPlaces(db: Kysely<Database>): Promise<ComparisonPlace[]> {
  const stamps = await comparisonStamps(db);
  const key = stamps.map((s) => `${s.programmeId}\u0000${s.stamp}`).join('\u0001');
  const hit = listCache.get(db);
  if (hit !== undefined && hit.key === key) return hit.places;
  const places = readComparisonPlaces(db);
  listCache.set(db, { key, places });
  places.catch(() => {
    if (listCache.get(db)?.places === places) listCache.delete(db);
  });
  return places;
}

/** Every programme with `comparison_opt_in` = 1, by name, with its coded metrics: two queries. */
async function readComparisonPlaces(db: Kysely<Database>): Promise<ComparisonPlace[]> {
  const programmes = await db
    .selectFrom('programme')
    .select(['id', 'name', 'place', 'illustrative', 'population', 'loaded_at', 'data_version'])
    .where('comparison_opt_in', '=', 1)
    .orderBy('name')
    .orderBy('id')
    .execute();
  if (programmes.length === 0) return [];
  const metrics = await db
    .selectFrom('metric')
    .innerJoin('programme', 'programme.id', 'metric.programme_id')
    .select([
      'metric.programme_id',
      'metric.id',
      'metric.name',
      'metric.unit',
      'metric.indicator_code',
    ])
    .where('programme.comparison_opt_in', '=', 1)
    .where('metric.indicator_code', 'is not', null)
    .orderBy('metric.programme_id')
    .orderBy('metric.position')
    .execute();
  const byProgramme = new Map<string, ComparisonPlace['indicators']>();
  for (const m of metrics) {
    const list = byProgramme.get(m.programme_id) ?? [];
    if (m.indicator_code !== null && !list.some((i) => i.code === m.indicator_code)) {
      list.push({ code: m.indicator_code, metricId: m.id, name: m.name, unit: m.unit });
    }
    byProgramme.set(m.programme_id, list);
  }
  return programmes.map((p) => ({
    programmeId: p.id,
    name: p.name,
    place: p.place,
    illustrative: p.illustrative === 1,
    population: p.population,
    stamp: formatDataStamp(p.loaded_at, p.data_version),
    indicators: byProgramme.get(p.id) ?? [],
  }));
}

/** Whether the programme exists and publishes a public page (`public_page` = 1). */
export async function isPublicProgramme(
  db: Kysely<Database>,
  programmeId: string,
): Promise<boolean> {
  const row = await db
    .selectFrom('programme')
    .select('public_page')
    .where('id', '=', programmeId)
    .executeTakeFirst();
  return row?.public_page === 1;
}

/** The ids of every programme that publishes a public page, by id. */
export async function listPublicProgrammeIds(db: Kysely<Database>): Promise<string[]> {
  const rows = await db
    .selectFrom('programme')
    .select('id')
    .where('public_page', '=', 1)
    .orderBy('id')
    .execute();
  return rows.map((r) => r.id);
}
