// A seeded pseudo-random number generator, so a Monte Carlo run is reproducible from its seed:
// Mulberry32 (Tommy Ettinger, public domain), a 32-bit generator whose whole state is one
// integer — fast, and good enough for sampling appraisal inputs (not for cryptography).

/** A function giving numbers in [0, 1), the same sequence for the same seed. */
export function mulberry32(seed: number): () => number {
  if (!Number.isInteger(seed)) throw new RangeError(`Seed ${seed} must be an integer`);
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
