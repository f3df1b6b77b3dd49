/** Seeded uniform [0, 1) generator (mulberry32): deterministic simulations without global state. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** An exact Binomial(n, p) draw as a sum of Bernoulli trials. */
export function binomialDraw(random: () => number, n: number, p: number): number {
  let successes = 0;
  for (let i = 0; i < n; i++) if (random() < p) successes++;
  return successes;
}

/** A random string of `length` UTF-16 code units drawn from `alphabet` (which may hold surrogate pairs). */
export function randomString(random: () => number, alphabet: readonly string[], length: number): string {
  let text = '';
  for (let i = 0; i < length; i++) text += alphabet[Math.floor(random() * alphabet.length)] ?? '';
  return text;
}
