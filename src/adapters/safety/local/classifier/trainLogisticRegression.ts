import { SeededRandom } from '../../../../shared/seededRandom';
import { scoreVector } from './linearScore';
import type { SparseVector } from './textFeatures';

export interface TrainingOptions {
  dimensionBits: number;
  epochs: number;
  /** L2 penalty per update on the weights a sample touches. */
  l2: number;
  learningRate: number;
  /** Seed of the shuffling order: the same data and seed always give the same model. */
  seed: number;
}

export interface TrainedLogisticRegression {
  bias: number;
  weights: Float32Array;
}

function shuffled(count: number, random: SeededRandom): number[] {
  const order = Array.from({ length: count }, (_, index) => index);
  for (let index = count - 1; index > 0; index -= 1) {
    const other = random.int(0, index);
    const swap = order[index] ?? 0;
    order[index] = order[other] ?? 0;
    order[other] = swap;
  }
  return order;
}

/**
 * Binary logistic regression on sparse vectors, trained by AdaGrad (per-feature learning rates,
 * so rare n-grams still learn). Loss: log loss + l2/2·‖w‖² on touched weights.
 */
export function trainLogisticRegression(
  vectors: readonly SparseVector[],
  targets: readonly number[],
  options: TrainingOptions,
): TrainedLogisticRegression {
  const size = 1 << options.dimensionBits;
  const weights = new Float64Array(size);
  const squaredGradients = new Float64Array(size);
  // The bias is fixed at the prior log-odds: a text with no known n-grams (a one-word greeting)
  // then scores the base rate instead of whatever the bias drifted to while n-grams did the work.
  const positives = targets.filter((target) => target === 1).length;
  const prior = Math.min(Math.max(positives / Math.max(targets.length, 1), 1e-3), 1 - 1e-3);
  const bias = Math.log(prior / (1 - prior));
  const random = new SeededRandom(options.seed);
  for (let epoch = 0; epoch < options.epochs; epoch += 1) {
    for (const sample of shuffled(vectors.length, random)) {
      const vector = vectors[sample];
      const target = targets[sample] ?? 0;
      if (vector === undefined) continue;
      const error = scoreVector(vector, weights, bias) - target;
      for (let position = 0; position < vector.indices.length; position += 1) {
        const index = vector.indices[position] ?? 0;
        const gradient = error * (vector.values[position] ?? 0) + options.l2 * (weights[index] ?? 0);
        const accumulated = (squaredGradients[index] ?? 0) + gradient * gradient;
        squaredGradients[index] = accumulated;
        weights[index] =
          (weights[index] ?? 0) - (options.learningRate * gradient) / Math.sqrt(accumulated + 1e-8);
      }
    }
  }
  return { bias, weights: Float32Array.from(weights) };
}
