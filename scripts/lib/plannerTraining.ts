import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { intentInput } from '../../src/adapters/planner/intent/intentInput';
import { HELP_LABELS, orderForDecision } from '../../src/adapters/planner/intent/helpDecision';
import {
  intentFeatures,
  type IntentFeatures,
  type IntentFeatureShape,
} from '../../src/adapters/planner/intent/intentFeatures';
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
  /** Character n-grams read inside Latin words and Japanese runs (intentFeatures.ts). */
  latinGramMin: 3,
  latinGramMax: 4,
  cjkGramMin: 1,
  cjkGramMax: 3,
  /** Weight of a line labelled greeting/help/out of scope relative to a task line (class weight). */
  helpClassWeight: 1,
} as const;

export const featureShapeOf = (options: PlannerTrainingOptions): IntentFeatureShape => ({
  latinGrams: [options.latinGramMin, options.latinGramMax],
  cjkGrams: [options.cjkGramMin, options.cjkGramMax],
});

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

export type PlannerTrainingOptions = { readonly [K in keyof typeof PLANNER_TRAINING_OPTIONS]: number };

/**
 * Multinomial logistic regression (softmax) on hashed features, trained by AdaGrad in a seeded order:
 * the same data and options always give the same weights.
 */
export function trainSoftmax(
  samples: readonly IntentFeatures[],
  targets: readonly number[],
  labelCount: number,
  options: PlannerTrainingOptions = PLANNER_TRAINING_OPTIONS,
): Trained {
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
      const target = targets[sample] ?? 0;
      const sampleWeight = HELP_LABELS.has(INTENT_LABELS[target] as IntentLabel)
        ? options.helpClassWeight
        : 1;
      for (let label = 0; label < labelCount; label += 1) {
        const error = sampleWeight * ((probabilities[label] ?? 0) - (target === label ? 1 : 0));
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

function probabilitiesOf(trained: Trained, features: IntentFeatures, labelCount: number): number[] {
  const scores = Float64Array.from(trained.biases);
  for (const feature of features.indices) {
    for (let label = 0; label < labelCount; label += 1) {
      scores[label] =
        (scores[label] ?? 0) + (trained.weights[feature * labelCount + label] ?? 0) * features.weight;
    }
  }
  return softmax(scores);
}

/** One slice of the cross-validation: label accuracy and the help decision's two error rates. */
export interface CrossValidationTally {
  n: number;
  accuracy: number;
  inScope: number;
  inScopeHelp: number;
  outOfScope: number;
  outOfScopeHelp: number;
}

export type CrossValidationSplit = 'interleaved' | 'groups';

export interface CrossValidationReport {
  folds: number;
  /**
   * How lines were split: `interleaved` (line i in fold i mod k) or `groups` (every line of one file and
   * style held out together: a kind of phrasing the model has not seen, closer to a fresh round).
   */
  split: CrossValidationSplit;
  overall: CrossValidationTally;
  byLanguage: Record<string, CrossValidationTally>;
  byLabel: Record<string, CrossValidationTally>;
}

/** Out-of-fold probabilities of every line: each line is scored by a model trained without its fold. */
export function outOfFoldProbabilities(
  lines: readonly PlannerTrainingLine[],
  fileOf: readonly string[],
  split: CrossValidationSplit,
  options: PlannerTrainingOptions = PLANNER_TRAINING_OPTIONS,
): number[][] {
  const labels = [...INTENT_LABELS];
  const samples = lines.map((line) =>
    intentFeatures(intentInput(line.text), options.dimensionBits, featureShapeOf(options)),
  );
  const targets = lines.map((line) => labels.indexOf(line.label));
  const groupOf = (index: number): string => `${fileOf[index] ?? ''} ${lines[index]?.style ?? ''}`;
  const groups = new Map(
    [...new Set(lines.map((_, index) => groupOf(index)))].sort().map((group, at) => [group, at]),
  );
  const foldOf = (index: number): number =>
    split === 'interleaved' ? index % FOLDS : (groups.get(groupOf(index)) ?? 0) % FOLDS;
  const result: number[][] = lines.map(() => []);
  for (let fold = 0; fold < FOLDS; fold += 1) {
    const trainIndices = samples.map((_, index) => index).filter((index) => foldOf(index) !== fold);
    const trained = trainSoftmax(
      trainIndices.map((index) => samples[index] as IntentFeatures),
      trainIndices.map((index) => targets[index] ?? 0),
      labels.length,
      options,
    );
    samples.forEach((features, index) => {
      if (foldOf(index) === fold) result[index] = probabilitiesOf(trained, features, labels.length);
    });
  }
  return result;
}

/** The label the planner acts on for a probability vector (helpDecision.ts: the same rule as planning). */
export function decideLabel(probabilities: readonly number[], helpThreshold?: number): IntentLabel {
  const predictions = probabilities.map((probability, label) => ({
    label: INTENT_LABELS[label] as IntentLabel,
    probability,
  }));
  const best = [...predictions].sort((x, y) => y.probability - x.probability);
  return orderForDecision(best, helpThreshold)[0]?.label ?? 'out_of_scope';
}

const emptyCvTally = (): CrossValidationTally => ({
  n: 0,
  accuracy: 0,
  inScope: 0,
  inScopeHelp: 0,
  outOfScope: 0,
  outOfScopeHelp: 0,
});

export function crossValidationReport(
  lines: readonly PlannerTrainingLine[],
  probabilities: readonly (readonly number[])[],
  helpThreshold: number | undefined,
  split: CrossValidationSplit,
): CrossValidationReport {
  const overall = emptyCvTally();
  const byLanguage: Record<string, CrossValidationTally> = {};
  const byLabel: Record<string, CrossValidationTally> = {};
  lines.forEach((line, index) => {
    const decided = decideLabel(probabilities[index] ?? [], helpThreshold);
    const expectsHelp = HELP_LABELS.has(line.label);
    const gotHelp = HELP_LABELS.has(decided);
    for (const tally of [
      overall,
      (byLanguage[line.lang] ??= emptyCvTally()),
      (byLabel[line.label] ??= emptyCvTally()),
    ]) {
      tally.n += 1;
      if (decided === line.label) tally.accuracy += 1;
      if (expectsHelp) {
        tally.outOfScope += 1;
        if (gotHelp) tally.outOfScopeHelp += 1;
      } else {
        tally.inScope += 1;
        if (gotHelp) tally.inScopeHelp += 1;
      }
    }
  });
  const rounded = (tally: CrossValidationTally): CrossValidationTally => ({
    ...tally,
    accuracy: Math.round((tally.accuracy / Math.max(1, tally.n)) * 1000) / 1000,
  });
  const mapValues = (record: Record<string, CrossValidationTally>): Record<string, CrossValidationTally> =>
    Object.fromEntries(
      Object.entries(record)
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([key, value]) => [key, rounded(value)]),
    );
  return {
    folds: FOLDS,
    split,
    overall: rounded(overall),
    byLanguage: mapValues(byLanguage),
    byLabel: mapValues(byLabel),
  };
}

export interface PlannerTrainingSet {
  files: string[];
  lines: PlannerTrainingLine[];
  /** The file each line came from (same order as `lines`). */
  fileOf: string[];
}

export function readPlannerTrainingSet(repoRoot: string): PlannerTrainingSet {
  const files = plannerTrainingFiles(repoRoot);
  const lines: PlannerTrainingLine[] = [];
  const fileOf: string[] = [];
  for (const file of files) {
    for (const line of readPlannerTrainingLines(repoRoot, [file])) {
      lines.push(line);
      fileOf.push(file);
    }
  }
  return { files, lines, fileOf };
}

/** The most in-scope requests the help card may answer in cross-validation when the threshold is chosen. */
export const IN_SCOPE_HELP_TARGET = 0.03;
const THRESHOLD_GRID = [0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7];

/**
 * The help threshold with the most out-of-scope requests answered with help while at most
 * IN_SCOPE_HELP_TARGET of in-scope requests are; the largest of the grid when none qualifies.
 */
export function chooseHelpThreshold(
  lines: readonly PlannerTrainingLine[],
  probabilities: readonly (readonly number[])[],
): number {
  let chosen = THRESHOLD_GRID[THRESHOLD_GRID.length - 1] ?? 0.5;
  let bestOutOfScope = -1;
  for (const threshold of THRESHOLD_GRID) {
    const { overall } = crossValidationReport(lines, probabilities, threshold, 'groups');
    const inScopeHelp = overall.inScopeHelp / Math.max(1, overall.inScope);
    const outOfScopeHelp = overall.outOfScopeHelp / Math.max(1, overall.outOfScope);
    if (inScopeHelp <= IN_SCOPE_HELP_TARGET && outOfScopeHelp > bestOutOfScope) {
      chosen = threshold;
      bestOutOfScope = outOfScopeHelp;
    }
  }
  return chosen;
}

const ratio3 = (part: number, whole: number): number => Math.round((part / Math.max(1, whole)) * 1000) / 1000;

export function trainPlannerModel(repoRoot: string): IntentModelDocument {
  const { files, lines, fileOf } = readPlannerTrainingSet(repoRoot);
  const labels = [...INTENT_LABELS];
  const samples = lines.map((line) =>
    intentFeatures(
      intentInput(line.text),
      PLANNER_TRAINING_OPTIONS.dimensionBits,
      featureShapeOf(PLANNER_TRAINING_OPTIONS),
    ),
  );
  const targets = lines.map((line) => labels.indexOf(line.label));
  // Cross-validation with one file and style held out at a time (a kind of phrasing not seen in training),
  // which also chooses the help threshold.
  const probabilities = outOfFoldProbabilities(lines, fileOf, 'groups');
  const helpThreshold = chooseHelpThreshold(lines, probabilities);
  const report = crossValidationReport(lines, probabilities, helpThreshold, 'groups');
  const trained = trainSoftmax(samples, targets, labels.length);
  const encoded = encodeIntentWeights(trained.weights, labels.length, PLANNER_TRAINING_OPTIONS.minimumWeight);
  return {
    format: INTENT_MODEL_FORMAT,
    dimensionBits: PLANNER_TRAINING_OPTIONS.dimensionBits,
    features: {
      latinGrams: [PLANNER_TRAINING_OPTIONS.latinGramMin, PLANNER_TRAINING_OPTIONS.latinGramMax],
      cjkGrams: [PLANNER_TRAINING_OPTIONS.cjkGramMin, PLANNER_TRAINING_OPTIONS.cjkGramMax],
    },
    labels,
    biases: Array.from(trained.biases, (bias) => Math.round(bias * 1e6) / 1e6),
    ...encoded,
    helpThreshold,
    training: {
      lines: lines.length,
      dataSha256: plannerTrainingSha256(repoRoot, files),
      files,
      options: { ...PLANNER_TRAINING_OPTIONS },
    },
    crossValidation: {
      folds: FOLDS,
      split: 'groups',
      accuracy: report.overall.accuracy,
      inScopeHelp: ratio3(report.overall.inScopeHelp, report.overall.inScope),
      outOfScopeHelp: ratio3(report.overall.outOfScopeHelp, report.overall.outOfScope),
      byLanguage: Object.fromEntries(
        Object.entries(report.byLanguage).map(([lang, tally]) => [lang, tally.accuracy]),
      ),
    },
  };
}
