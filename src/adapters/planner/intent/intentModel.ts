import { readVarint } from '../../../shared/varint';
import { z } from 'zod';
import { configError } from '../../../shared/errors';
import { DEFAULT_FEATURE_SHAPE, intentFeatures, type IntentFeatureShape } from './intentFeatures';
import { INTENT_LABELS, type IntentLabel } from './intentLabels';

export const INTENT_MODEL_FORMAT = 'cpo-intent-model@1';

/**
 * The shipped multinomial logistic regression over hashed features (intentFeatures.ts). Stored
 * sparsely: the feature rows that carry weight, delta-encoded as LEB128 varints, and one int8 weight
 * per label and row (weight = int8 × scale), both base64 — a few hundred kilobytes of JSON.
 */
export const intentModelSchema = z.object({
  format: z.literal(INTENT_MODEL_FORMAT),
  dimensionBits: z.number().int().min(10).max(22),
  /** Character n-gram ranges the model was trained on (intentFeatures.ts); older files used the default. */
  features: z
    .object({
      latinGrams: z.tuple([z.number().int().min(1).max(8), z.number().int().min(1).max(8)]),
      cjkGrams: z.tuple([z.number().int().min(1).max(8), z.number().int().min(1).max(8)]),
    })
    .optional(),
  labels: z.array(z.enum(INTENT_LABELS)).min(2),
  biases: z.array(z.number()),
  scale: z.number().positive(),
  rows: z.string(),
  weights: z.string(),
  /** How the model was made, so a test can tell when it is stale (see scripts/trainPlanner.ts). */
  training: z.object({
    lines: z.number().int(),
    dataSha256: z.string(),
    files: z.array(z.string()),
    options: z.record(z.string(), z.number()),
  }),
  /** Help mass at which the planner answers with help (helpDecision.ts); absent: the likeliest label decides. */
  helpThreshold: z.number().min(0).max(1).optional(),
  crossValidation: z.record(z.string(), z.unknown()),
});

export type IntentModelDocument = z.infer<typeof intentModelSchema>;

export interface Prediction {
  readonly label: IntentLabel;
  readonly probability: number;
}

/** Packs dense row-major weights (row = feature, column = label); rows whose weights are all tiny are dropped. */
export function encodeIntentWeights(
  weights: ArrayLike<number>,
  labelCount: number,
  minimumWeight: number,
): { scale: number; rows: string; weights: string } {
  let largest = 0;
  for (let index = 0; index < weights.length; index += 1)
    largest = Math.max(largest, Math.abs(weights[index] ?? 0));
  const scale = largest === 0 ? 1 : largest / 127;
  const rowBytes: number[] = [];
  const packed: number[] = [];
  let previous = 0;
  for (let row = 0; row * labelCount < weights.length; row += 1) {
    let keep = false;
    for (let label = 0; label < labelCount; label += 1) {
      if (Math.abs(weights[row * labelCount + label] ?? 0) >= minimumWeight) keep = true;
    }
    if (!keep) continue;
    let delta = row - previous;
    previous = row;
    do {
      const low = delta & 0x7f;
      delta >>>= 7;
      rowBytes.push(delta === 0 ? low : low | 0x80);
    } while (delta !== 0);
    for (let label = 0; label < labelCount; label += 1) {
      packed.push(Math.round((weights[row * labelCount + label] ?? 0) / scale) & 0xff);
    }
  }
  return {
    scale,
    rows: Buffer.from(rowBytes).toString('base64'),
    weights: Buffer.from(packed).toString('base64'),
  };
}

/** Anything that ranks the intent labels of a request's `plain` view (the shipped model; other classifiers in comparisons). */
export interface IntentClassifier {
  predict(plain: string): Prediction[];
  /** See helpDecision.ts; a classifier without one is read by its likeliest label. */
  readonly helpThreshold?: number | undefined;
}

/** The intent model, decoded once into dense weights for fast scoring. */
export class IntentModel implements IntentClassifier {
  readonly labels: readonly IntentLabel[];
  readonly helpThreshold: number | undefined;
  private readonly biases: Float64Array;
  private readonly weights: Float32Array;
  private readonly dimensionBits: number;
  private readonly shape: IntentFeatureShape;

  constructor(document: IntentModelDocument) {
    this.labels = document.labels;
    this.dimensionBits = document.dimensionBits;
    this.shape = document.features ?? DEFAULT_FEATURE_SHAPE;
    this.helpThreshold = document.helpThreshold;
    const labelCount = document.labels.length;
    if (document.biases.length !== labelCount) throw configError('The intent model has one bias per label.');
    this.biases = Float64Array.from(document.biases);
    this.weights = new Float32Array((1 << document.dimensionBits) * labelCount);
    const rows = Buffer.from(document.rows, 'base64');
    const packed = Buffer.from(document.weights, 'base64');
    let offset = 0;
    let row = 0;
    for (let position = 0; position * labelCount < packed.length; position += 1) {
      const read = readVarint(rows, offset);
      offset = read.next;
      row += read.value;
      if (row >= 1 << document.dimensionBits)
        throw configError('The intent model has a row outside its dimension.');
      for (let label = 0; label < labelCount; label += 1) {
        this.weights[row * labelCount + label] =
          packed.readInt8(position * labelCount + label) * document.scale;
      }
    }
  }

  static parse(document: unknown): IntentModel {
    const parsed = intentModelSchema.safeParse(document);
    if (!parsed.success) {
      throw configError(`The intent model is not valid: ${parsed.error.issues[0]?.message ?? 'unknown'}`);
    }
    return new IntentModel(parsed.data);
  }

  /** Every label with its probability, most likely first. */
  predict(plain: string): Prediction[] {
    const features = intentFeatures(plain, this.dimensionBits, this.shape);
    const labelCount = this.labels.length;
    const scores = Float64Array.from(this.biases);
    for (const index of features.indices) {
      const base = index * labelCount;
      for (let label = 0; label < labelCount; label += 1) {
        scores[label] = (scores[label] ?? 0) + (this.weights[base + label] ?? 0) * features.weight;
      }
    }
    return softmax(scores)
      .map((probability, label) => ({ label: this.labels[label] as IntentLabel, probability }))
      .sort((a, b) => b.probability - a.probability);
  }
}

export function softmax(scores: ArrayLike<number>): number[] {
  let largest = -Infinity;
  for (let index = 0; index < scores.length; index += 1) largest = Math.max(largest, scores[index] ?? 0);
  const exps = Array.from({ length: scores.length }, (_, index) => Math.exp((scores[index] ?? 0) - largest));
  const total = exps.reduce((sum, value) => sum + value, 0);
  return exps.map((value) => value / total);
}
