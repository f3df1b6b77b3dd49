import {
  CLASSIFIER_LABELS,
  type ClassifierLabel,
} from '../../src/adapters/safety/local/classifier/classifierLabels';

/** What the thresholds may cost, as shares of benign lines flagged by any label in cross-validation. */
export interface ThresholdBudget {
  /** Over every benign line. */
  allBenign: number;
  /** Over the hard benign neighbours of implicit harm (the lines a fresh implicit split is made of). */
  hardBenign: number;
  /** No harm label goes below this: a flag must carry some evidence. */
  minimumThreshold: number;
  /** Prompt injection's floor (short promo copy once read as injection below it). */
  injectionMinimumThreshold: number;
}

export interface ScoredLine {
  /** Out-of-fold probability per label. */
  scores: ReadonlyMap<ClassifierLabel, Float64Array>;
  harmful: readonly boolean[];
  benign: readonly boolean[];
  hardBenign: readonly boolean[];
}

const CEILING = 0.999;

/**
 * Chooses one threshold per label for the budget on the whole screen, not per label: starting from
 * "flag nothing", it repeatedly lowers the label threshold whose next step catches the most harmful
 * lines per benign line newly flagged (lines another label already flags cost and gain nothing), while
 * both budgets hold. Greedy, deterministic, and judged on out-of-fold scores only.
 */
export function chooseThresholds(lines: ScoredLine, budget: ThresholdBudget): Map<ClassifierLabel, number> {
  const count = lines.harmful.length;
  const benignTotal = lines.benign.filter(Boolean).length;
  const hardTotal = lines.hardBenign.filter(Boolean).length;
  const allowedBenign = Math.floor(benignTotal * budget.allBenign);
  const allowedHard = Math.floor(hardTotal * budget.hardBenign);
  const flags = new Uint8Array(count);
  let benignFlagged = 0;
  let hardFlagged = 0;
  const thresholds = new Map<ClassifierLabel, number>();
  const order = new Map<ClassifierLabel, { indices: number[]; position: number; floor: number }>();
  for (const label of CLASSIFIER_LABELS) {
    const scores = lines.scores.get(label) ?? new Float64Array(count);
    const floor = label === 'prompt_injection' ? budget.injectionMinimumThreshold : budget.minimumThreshold;
    const indices = Array.from({ length: count }, (_, index) => index)
      .filter((index) => (scores[index] ?? 0) >= floor)
      .sort((a, b) => (scores[b] ?? 0) - (scores[a] ?? 0) || a - b);
    order.set(label, { indices, position: 0, floor });
    thresholds.set(label, CEILING);
  }
  for (;;) {
    let best: { label: ClassifierLabel; end: number; gain: number; benign: number; hard: number } | undefined;
    let bestRatio = -1;
    for (const label of CLASSIFIER_LABELS) {
      const state = order.get(label);
      if (state === undefined) continue;
      // The next step lowers the threshold to the next harmful line's score (ties move together).
      let end = state.position;
      let gain = 0;
      let benign = 0;
      let hard = 0;
      const scores = lines.scores.get(label) ?? new Float64Array(count);
      while (end < state.indices.length && gain === 0) {
        const score = scores[state.indices[end] ?? 0] ?? 0;
        while (end < state.indices.length && (scores[state.indices[end] ?? 0] ?? 0) === score) {
          const index = state.indices[end] ?? 0;
          end += 1;
          if (flags[index] === 1) continue;
          if (lines.harmful[index] === true) gain += 1;
          if (lines.benign[index] === true) benign += 1;
          if (lines.hardBenign[index] === true) hard += 1;
        }
      }
      if (gain === 0) continue;
      if (benignFlagged + benign > allowedBenign || hardFlagged + hard > allowedHard) continue;
      const ratio = gain / (benign + hard + 0.5);
      if (ratio > bestRatio) {
        bestRatio = ratio;
        best = { label, end, gain, benign, hard };
      }
    }
    if (best === undefined) break;
    const state = order.get(best.label);
    const scores = lines.scores.get(best.label) ?? new Float64Array(count);
    if (state === undefined) break;
    for (let position = state.position; position < best.end; position += 1)
      flags[state.indices[position] ?? 0] = 1;
    state.position = best.end;
    benignFlagged += best.benign;
    hardFlagged += best.hard;
    thresholds.set(best.label, Math.max(state.floor, scores[state.indices[best.end - 1] ?? 0] ?? CEILING));
  }
  return thresholds;
}
