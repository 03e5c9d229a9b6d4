/** A random number in [0, 1). */
export type Random = () => number;

/** A deterministic pseudo-random sequence (a 32-bit LCG), so every run of a benchmark builds the same world. */
export function createRandom(seed: number): Random {
  let state = seed;
  return () => {
    state = (state * 1_664_525 + 1_013_904_223) % 2 ** 32;
    return state / 2 ** 32;
  };
}
