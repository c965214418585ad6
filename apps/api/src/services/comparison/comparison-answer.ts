// One indicator's comparison for a set of visible places, cached per store under the code, the
// as-of date and every included place's data stamp: the same answer is reused until a place's
// figures change (or the set of places a user sees differs), so a warm request costs the stamp
// query and the lookup, not 152 places' arithmetic.
import type { ComparisonDto } from '@outcomes/contract';
import type { ComparisonPlace, Db } from '@outcomes/db';
import { ApiError } from '../../lib/api-error.js';
import { compareIndicator, type PlaceWithFacts } from './compare-indicator.js';
import { placeFacts } from './place-facts.js';

const MAX_ANSWERS = 64;
const caches = new WeakMap<Db, Map<string, Promise<ComparisonDto>>>();

async function compute(
  db: Db,
  code: string,
  asOf: string,
  places: readonly ComparisonPlace[],
): Promise<ComparisonDto> {
  const rows: PlaceWithFacts[] = [];
  for (const place of places) {
    const facts = (await placeFacts(db, place, asOf)).byCode.get(code);
    if (facts !== undefined) rows.push({ place, facts });
  }
  if (rows.length === 0) {
    throw new ApiError(
      404,
      'not_found',
      `No place you may see that opted in to comparison carries the indicator "${code}".`,
    );
  }
  return compareIndicator(code, asOf, rows);
}

/** `places`: the visible opted-in places (any order); only those carrying `code` count. */
export function comparisonAnswer(
  db: Db,
  code: string,
  asOf: string,
  places: readonly ComparisonPlace[],
): Promise<ComparisonDto> {
  const carrying = places.filter((p) => p.indicators.some((i) => i.code === code));
  const key = [code, asOf, ...carrying.map((p) => `${p.programmeId}\u0000${p.stamp}`)].join(
    '\u0001',
  );
  let cache = caches.get(db);
  if (cache === undefined) {
    cache = new Map();
    caches.set(db, cache);
  }
  const hit = cache.get(key);
  if (hit !== undefined) {
    // Re-inserted so the map's order is least recently used first.
    cache.delete(key);
    cache.set(key, hit);
    return hit;
  }
  const answer = compute(db, code, asOf, carrying);
  cache.set(key, answer);
  answer.catch(() => {
    if (cache.get(key) === answer) cache.delete(key);
  });
  for (const oldest of cache.keys()) {
    if (cache.size <= MAX_ANSWERS) break;
    cache.delete(oldest);
  }
  return answer;
}
