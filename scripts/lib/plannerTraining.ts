import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { foldForMatching } from '../../src/text/foldForMatching';
import { intentFeatures, type IntentFeatures } from '../../src/adapters/planner/intent/intentFeatures';
import { INTENT_LABELS, type IntentLabel } from '../../src/adapters/planner/intent/intentLabels';
import {
  encodeIntentWeights,
  INTENT_MODEL_FORMAT,
  softmax,
  type IntentModelDocument,
} from '../../src/adapters/planner/intent/intentModel';
import { SeededRandom } from '../../src/shared/seededRandom';

/** The labelled requests the intent model learns from (one JSON object per line). */
export const PLANNER_TRAINING_FOLDER = 'tests/planner/training';

export const PLANNER_TRAINING_OPTIONS = {
  dimensionBits: 18,
  epochs: 12,
  l2: 1e-6,
  learningRate: 0.4,
  seed: 20261207,
  /** Rows whose weights all stay below this are not shipped. */
  minimumWeight: 0.02,
} as const;

const FOLDS = 5;

const trainingLineSchema = z.object({
  text: z.string(),
  label: z.enum(INTENT_LABELS),
  lang: z.string(),
  style: z.string().optional(),
  context: z.object({ currentCampaign: z.string().optional() }).optional(),
});
export type PlannerTrainingLine = z.infer<typeof trainingLineSchema>;

export function plannerTrainingFiles(repoRoot: string): string[] {
  return readdirSync(join(repoRoot, PLANNER_TRAINING_FOLDER))
    .filter((file) => file.endsWith('.jsonl'))
    .sort()
    .map((file) => `${PLANNER_TRAINING_FOLDER}/${file}`);
}

export function readPlannerTrainingLines(repoRoot: string, files: readonly string[]): PlannerTrainingLine[] {
  return files.flatMap((file) =>
    readFileSync(join(repoRoot, file), 'utf8')
      .split('\n')
      .filter((line) => line.trim() !== '')
      .map((line, index) => {
        const parsed = trainingLineSchema.safeParse(JSON.parse(line));
        if (!parsed.success) throw new Error(`${file}:${index + 1}: ${parsed.error.issues[0]?.message}`);
        return parsed.data;
      }),
  );
}

export function plannerTrainingSha256(repoRoot: string, files: readonly string[]): string {
  const hash = createHash('sha256');
  for (const file of files)
    hash
      .update(file)
      .update('\0')
      .update(readFileSync(join(repoRoot, file)))
      .update('\0');
  return hash.digest('hex');
}

interface Trained {
  biases: Float64Array;
  weights: Float64Array;
}

/**
 * Multinomial logistic regression (softmax) on hashed features, trained by AdaGrad in a seeded order:
 * the same data and options always give the same weights.
 */
export function trainSoftmax(
  samples: readonly IntentFeatures[],
  targets: readonly number[],
  labelCount: number,
): Trained {
  const options = PLANNER_TRAINING_OPTIONS;
  const size = (1 << options.dimensionBits) * labelCount;
  const weights = new Float64Array(size);
  const squared = new Float64Array(size);
  const biases = new Float64Array(labelCount);
  const biasSquared = new Float64Array(labelCount);
  const random = new SeededRandom(options.seed);
  const order = samples.map((_, index) => index);
  for (let epoch = 0; epoch < options.epochs; epoch += 1) {
    for (let index = order.length - 1; index > 0; index -= 1) {
      const other = random.int(0, index);
      [order[index], order[other]] = [order[other] ?? 0, order[index] ?? 0];
    }
    for (const sample of order) {
      const features = samples[sample];
      if (features === undefined) continue;
      const scores = Float64Array.from(biases);
      for (const feature of features.indices) {
        for (let label = 0; label < labelCount; label += 1) {
          scores[label] =
            (scores[label] ?? 0) + (weights[feature * labelCount + label] ?? 0) * features.weight;
        }
      }
      const probabilities = softmax(scores);
      for (let label = 0; label < labelCount; label += 1) {
        const error = (probabilities[label] ?? 0) - (targets[sample] === label ? 1 : 0);
        biasSquared[label] = (biasSquared[label] ?? 0) + error * error;
        biases[label] = (biases[label] ?? 0) - (0.1 * error) / Math.sqrt((biasSquared[label] ?? 0) + 1e-8);
        for (const feature of features.indices) {
          const at = feature * labelCount + label;
          const gradient = error * features.weight + options.l2 * (weights[at] ?? 0);
          squared[at] = (squared[at] ?? 0) + gradient * gradient;
          weights[at] =
            (weights[at] ?? 0) - (options.learningRate * gradient) / Math.sqrt((squared[at] ?? 0) + 1e-8);
        }
      }
    }
  }
  return { biases, weights };
}

function accuracyOf(
  trained: Trained,
  samples: readonly IntentFeatures[],
  targets: readonly number[],
  labelCount: number,
): number {
  let correct = 0;
  samples.forEach((features, sample) => {
    const scores = Float64Array.from(trained.biases);
    for (const feature of features.indices) {
      for (let label = 0; label < labelCount; label += 1) {
        scores[label] =
          (scores[label] ?? 0) + (trained.weights[feature * labelCount + label] ?? 0) * features.weight;
      }
    }
    let best = 0;
    scores.forEach((score, label) => {
      if (score > (scores[best] ?? 0)) best = label;
    });
    if (best === targets[sample]) correct += 1;
  });
  return samples.length === 0 ? 0 : correct / samples.length;
}

export function trainPlannerModel(repoRoot: string): IntentModelDocument {
  const files = plannerTrainingFiles(repoRoot);
  const lines = readPlannerTrainingLines(repoRoot, files);
  const labels = [...INTENT_LABELS];
  const samples = lines.map((line) =>
    intentFeatures(foldForMatching(line.text).plain, PLANNER_TRAINING_OPTIONS.dimensionBits),
  );
  const targets = lines.map((line) => labels.indexOf(line.label as IntentLabel));
  // Cross-validation on interleaved folds: a rough check that the data generalises within itself.
  const foldAccuracy: number[] = [];
  for (let fold = 0; fold < FOLDS; fold += 1) {
    const inFold = (index: number): boolean => index % FOLDS === fold;
    const trained = trainSoftmax(
      samples.filter((_, index) => !inFold(index)),
      targets.filter((_, index) => !inFold(index)),
      labels.length,
    );
    foldAccuracy.push(
      accuracyOf(
        trained,
        samples.filter((_, index) => inFold(index)),
        targets.filter((_, index) => inFold(index)),
        labels.length,
      ),
    );
  }
  const trained = trainSoftmax(samples, targets, labels.length);
  const encoded = encodeIntentWeights(trained.weights, labels.length, PLANNER_TRAINING_OPTIONS.minimumWeight);
  return {
    format: INTENT_MODEL_FORMAT,
    dimensionBits: PLANNER_TRAINING_OPTIONS.dimensionBits,
    labels,
    biases: Array.from(trained.biases, (bias) => Math.round(bias * 1e6) / 1e6),
    ...encoded,
    training: {
      lines: lines.length,
      dataSha256: plannerTrainingSha256(repoRoot, files),
      files,
      options: { ...PLANNER_TRAINING_OPTIONS },
    },
    crossValidation: {
      folds: FOLDS,
      accuracy: foldAccuracy.map((value) => Math.round(value * 1000) / 1000),
    },
  };
}
