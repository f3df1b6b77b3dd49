import type { SparseVector } from './textFeatures';

export function sigmoid(value: number): number {
  return 1 / (1 + Math.exp(-value));
}

/** bias + w·x over the vector's features: the logit of a logistic regression. */
function logit(vector: SparseVector, weights: Float32Array | Float64Array, bias: number): number {
  let sum = bias;
  for (let position = 0; position < vector.indices.length; position += 1) {
    sum += (weights[vector.indices[position] ?? 0] ?? 0) * (vector.values[position] ?? 0);
  }
  return sum;
}

/** The probability a logistic regression gives a vector. */
export function scoreVector(
  vector: SparseVector,
  weights: Float32Array | Float64Array,
  bias: number,
): number {
  return sigmoid(logit(vector, weights, bias));
}
