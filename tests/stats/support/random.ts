import { SeededRandom } from '../../../src/shared/seededRandom';

/** Seeded uniform [0, 1) generator (mulberry32): deterministic simulations without global state. */
export function seededRandom(seed: number): () => number {
  const random = new SeededRandom(seed);
  return () => random.next();
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
