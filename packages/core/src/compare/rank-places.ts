// Ranking places on one figure, as comparison tools (LG Inform) show them: 1 is best, ties share
// a rank and the next rank skips ("1, 2, 2, 4": standard competition ranking), and a place with
// no figure has no rank rather than being put last as if it had one.

/** `higher`: a larger value is better (achievement, benefit per £); `lower`: smaller is better. */
export type RankDirection = 'higher' | 'lower';

/** Each value's rank in input order; null for a null value. */
export function rankPlaces(
  values: readonly (number | null)[],
  direction: RankDirection = 'higher',
): (number | null)[] {
  const sign = direction === 'higher' ? -1 : 1;
  return values.map((v) => {
    if (v === null || !Number.isFinite(v)) return null;
    let better = 0;
    for (const w of values) {
      if (w !== null && Number.isFinite(w) && sign * (w - v) < 0) better += 1;
    }
    return better + 1;
  });
}
