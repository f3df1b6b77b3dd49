import { readVarint } from '../../../../shared/varint';
import { z } from 'zod';
import { configError } from '../../../../shared/errors';
import { CLASSIFIER_LABELS, type ClassifierLabel } from './classifierLabels';

export const MODEL_FORMAT = 'cpo-harm-classifier@1';

/**
 * One label's logistic regression, stored sparsely: feature indices delta-encoded as LEB128
 * varints and weights quantised to int16 (weight = int16 × scale), both base64. Keeps the shipped
 * model a few hundred kilobytes of JSON instead of megabytes of numbers.
 */
const labelModelSchema = z.object({
  label: z.enum(CLASSIFIER_LABELS),
  bias: z.number(),
  /** Probability at or above which the label is reported (chosen by cross-validation). */
  threshold: z.number().min(0).max(1),
  scale: z.number().positive(),
  indices: z.string(),
  weights: z.string(),
});

const featureOptionsSchema = z.object({
  minGram: z.number().int().min(1).max(8),
  maxGram: z.number().int().min(1).max(8),
});

export const harmClassifierModelSchema = z.object({
  format: z.literal(MODEL_FORMAT),
  dimensionBits: z.number().int().min(10).max(24),
  /** The features it was trained on (see textFeatures.ts); run time must extract the same. */
  features: featureOptionsSchema,
  /** How the model was made, so a test can tell when it is stale (see scripts/trainHarmClassifier.ts). */
  training: z.object({
    lines: z.number().int(),
    dataSha256: z.string(),
    files: z.array(z.string()),
    options: z.object({
      dimensionBits: z.number().int(),
      epochs: z.number().int(),
      l2: z.number(),
      learningRate: z.number(),
      seed: z.number().int(),
    }),
    /** Shares of benign lines the thresholds may flag in cross-validation, and the floors. */
    thresholdBudget: z.object({
      allBenign: z.number(),
      hardBenign: z.number(),
      minimumThreshold: z.number(),
      injectionMinimumThreshold: z.number(),
    }),
  }),
  crossValidation: z.record(z.string(), z.unknown()),
  labels: z.array(labelModelSchema),
});

export type HarmClassifierModel = z.infer<typeof harmClassifierModelSchema>;
export type LabelModel = z.infer<typeof labelModelSchema>;

export interface DecodedLabel {
  label: ClassifierLabel;
  bias: number;
  threshold: number;
  /** Dense weights over the hashed feature space. */
  weights: Float32Array;
}

export function parseHarmClassifierModel(document: unknown): HarmClassifierModel {
  const parsed = harmClassifierModelSchema.safeParse(document);
  if (!parsed.success) {
    throw configError(
      `The harm classifier model is not valid: ${parsed.error.issues[0]?.message ?? 'unknown'}`,
    );
  }
  return parsed.data;
}

/** Packs dense weights: only |w| ≥ minimumWeight are kept. */
export function encodeLabel(
  label: ClassifierLabel,
  bias: number,
  threshold: number,
  weights: ArrayLike<number>,
  minimumWeight: number,
): LabelModel {
  let largest = 0;
  for (let index = 0; index < weights.length; index += 1)
    largest = Math.max(largest, Math.abs(weights[index] ?? 0));
  const scale = largest === 0 ? 1 : largest / 32767;
  const bytes: number[] = [];
  const quantised: number[] = [];
  let previous = 0;
  for (let index = 0; index < weights.length; index += 1) {
    const weight = weights[index] ?? 0;
    if (Math.abs(weight) < minimumWeight) continue;
    let delta = index - previous;
    previous = index;
    do {
      const low = delta & 0x7f;
      delta >>>= 7;
      bytes.push(delta === 0 ? low : low | 0x80);
    } while (delta !== 0);
    quantised.push(Math.round(weight / scale));
  }
  const packedWeights = Buffer.alloc(quantised.length * 2);
  quantised.forEach((value, position) => packedWeights.writeInt16LE(value, position * 2));
  return {
    label,
    bias,
    threshold,
    scale,
    indices: Buffer.from(bytes).toString('base64'),
    weights: packedWeights.toString('base64'),
  };
}

export function decodeLabel(model: LabelModel, dimensionBits: number): DecodedLabel {
  const size = 1 << dimensionBits;
  const weights = new Float32Array(size);
  const bytes = Buffer.from(model.indices, 'base64');
  const packed = Buffer.from(model.weights, 'base64');
  let offset = 0;
  let index = 0;
  for (let position = 0; position * 2 < packed.length; position += 1) {
    const read = readVarint(bytes, offset);
    offset = read.next;
    index += read.value;
    if (index >= size) throw configError('The harm classifier model has a feature outside its dimension.');
    weights[index] = packed.readInt16LE(position * 2) * model.scale;
  }
  return { label: model.label, bias: model.bias, threshold: model.threshold, weights };
}
