/** One benchmark: returns named figures (ms, ops/s, MiB) that `npm run bench` writes to bench/results.json. */
export interface Bench {
  name: string;
  run(): Promise<Record<string, number | string>>;
}
