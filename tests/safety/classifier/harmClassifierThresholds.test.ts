import type { ClassifierLabel } from '../../../src/adapters/safety/local/classifier/classifierLabels';
import { chooseThresholds, type ThresholdBudget } from '../../../scripts/lib/harmClassifierThresholds';

const BUDGET: ThresholdBudget = {
  allBenign: 0.25,
  hardBenign: 0.5,
  minimumThreshold: 0.3,
  injectionMinimumThreshold: 0.5,
};

/** Eight lines: 0–3 harmful, 4–7 benign (6 and 7 hard neighbours of implicit harm). */
function scored(hate: number[], violence: number[], injection: number[] = new Array<number>(8).fill(0)) {
  const scores = new Map<ClassifierLabel, Float64Array>([
    ['hate', Float64Array.from(hate)],
    ['violence', Float64Array.from(violence)],
    ['selfHarm', new Float64Array(8)],
    ['sexual', new Float64Array(8)],
    ['prompt_injection', Float64Array.from(injection)],
  ]);
  return {
    scores,
    harmful: [true, true, true, true, false, false, false, false],
    benign: [false, false, false, false, true, true, true, true],
    hardBenign: [false, false, false, false, false, false, true, true],
  };
}

const flagged = (line: number, lines: ReturnType<typeof scored>, thresholds: Map<ClassifierLabel, number>) =>
  [...lines.scores].some(([label, scores]) => (scores[line] ?? 0) >= (thresholds.get(label) ?? 1));

describe('thresholds chosen for the whole screen', () => {
  it('lowers each label while the benign budget holds, counting a line flagged twice once', () => {
    const lines = scored(
      [0.9, 0.8, 0.35, 0.1, 0.6, 0.1, 0.1, 0.1],
      [0.1, 0.85, 0.7, 0.65, 0.1, 0.1, 0.66, 0.1],
    );
    const thresholds = chooseThresholds(lines, BUDGET);
    const benignFlagged = [4, 5, 6, 7].filter((line) => flagged(line, lines, thresholds));
    expect(benignFlagged.length).toBeLessThanOrEqual(Math.floor(4 * BUDGET.allBenign));
    expect([0, 1, 2, 3].filter((line) => flagged(line, lines, thresholds))).toEqual([0, 1, 2, 3]);
    // Violence reaches line 3 (0.65) only by also flagging benign line 6 (0.66): one false alarm, in budget.
    expect(thresholds.get('violence')).toBeCloseTo(0.65);
  });

  it('never goes below the floors, and flags nothing when every step costs more than the budget', () => {
    const lines = scored(
      [0.2, 0.25, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1],
      [0.95, 0.1, 0.1, 0.1, 0.96, 0.97, 0.1, 0.1],
    );
    const thresholds = chooseThresholds(lines, BUDGET);
    expect(thresholds.get('hate')).toBeGreaterThanOrEqual(0.999);
    expect(thresholds.get('violence')).toBeGreaterThanOrEqual(0.999);
    expect([...thresholds.values()].every((threshold) => threshold >= BUDGET.minimumThreshold)).toBe(true);
  });

  it('keeps prompt injection at or above its own floor', () => {
    const injection = [0.45, 0.4, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1];
    const lines = scored(new Array<number>(8).fill(0), new Array<number>(8).fill(0), injection);
    expect(chooseThresholds(lines, BUDGET).get('prompt_injection')).toBeGreaterThanOrEqual(0.5);
  });
});
