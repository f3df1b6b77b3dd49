import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { normalizeText } from '../../src/text/normalizeText';
import {
  CLASSIFIER_LABELS,
  type ClassifierLabel,
} from '../../src/adapters/safety/local/classifier/classifierLabels';
import { scoreVector } from '../../src/adapters/safety/local/classifier/linearScore';
import {
  encodeLabel,
  MODEL_FORMAT,
  type HarmClassifierModel,
} from '../../src/adapters/safety/local/classifier/harmClassifierModel';
import { extractFeatures, type SparseVector } from '../../src/adapters/safety/local/classifier/textFeatures';
import { textWindows } from '../../src/adapters/safety/local/classifier/textWindows';
import {
  trainLogisticRegression,
  type TrainingOptions,
} from '../../src/adapters/safety/local/classifier/trainLogisticRegression';

/** Labelled folders, relative to the repository root: the evaluation corpus and bulk training lines. */
export const TRAINING_FOLDERS = ['tests/safety/corpus', 'tests/safety/training'] as const;

/**
 * The brand's approved content library: every line of it is copy the screener must pass, in the
 * brand's own words (offers, style guides with imperative rules, product copy).
 */
export const APPROVED_CONTENT_FOLDER = 'data/content';

/**
 * Splits never trained on: the newest fresh split measures the shipped model on text it has not
 * seen (see tests/safety/corpus/README.md).
 */
export const HELD_OUT_SPLITS: readonly string[] = ['holdout24.jsonl'];

export const TRAINING_OPTIONS: TrainingOptions = {
  dimensionBits: 18,
  epochs: 12,
  l2: 1e-6,
  learningRate: 0.3,
  seed: 20261125,
};

/** Share of benign lines each label may flag in cross-validation. */
export const FALSE_POSITIVE_BUDGET = 0.005;
const FOLDS = 5;
/** Floor on a label threshold, so a label with few benign look-alikes still needs evidence. */
export const MINIMUM_THRESHOLD = 0.5;
/** Weights smaller than this are dropped from the shipped model. */
const MINIMUM_WEIGHT = 0.01;

export interface TrainingLine {
  id: string;
  text: string;
  expect: 'pass' | 'review' | 'block';
  reasons: string[];
  source: string;
}

export function trainingFiles(repoRoot: string, heldOut: readonly string[] = HELD_OUT_SPLITS): string[] {
  const labelled = TRAINING_FOLDERS.flatMap((folder) =>
    readdirSync(join(repoRoot, folder))
      .filter((file) => file.endsWith('.jsonl') && !heldOut.includes(file))
      .sort()
      .map((file) => `${folder}/${file}`),
  );
  const approved = readdirSync(join(repoRoot, APPROVED_CONTENT_FOLDER))
    .filter((file) => file.endsWith('.md'))
    .sort()
    .map((file) => `${APPROVED_CONTENT_FOLDER}/${file}`);
  return [...labelled, ...approved];
}

/** The text lines of an approved content document (front matter and Markdown marks removed), all benign. */
function approvedContentLines(file: string, markdown: string): TrainingLine[] {
  const body = markdown.replace(/^---\n[\s\S]*?\n---\n/, '');
  return body
    .split('\n')
    .map((line) => line.replace(/^\s*(?:#+|[-*]|\d+\.)\s*/, '').trim())
    .filter((line) => line.split(' ').length >= 3)
    .map((text, index) => ({ id: `${file}#${index + 1}`, text, expect: 'pass', reasons: [], source: file }));
}

export function readTrainingLines(repoRoot: string, files: readonly string[]): TrainingLine[] {
  return files.flatMap((file) => {
    const content = readFileSync(join(repoRoot, file), 'utf8');
    if (file.endsWith('.md')) return approvedContentLines(file, content);
    return content
      .split('\n')
      .filter((line) => line.trim() !== '')
      .map((line) => ({ ...(JSON.parse(line) as Omit<TrainingLine, 'source'>), source: file }));
  });
}

/** Hash of the training files' names and bytes: the model records it, a test compares it. */
export function trainingDataSha256(repoRoot: string, files: readonly string[]): string {
  const hash = createHash('sha256');
  for (const file of files) {
    hash
      .update(file)
      .update('\0')
      .update(readFileSync(join(repoRoot, file)))
      .update('\0');
  }
  return hash.digest('hex');
}

/** What training and validation need of a line: the whole text's vector and the run-time windows'. */
export interface LineFeatures {
  /** Trained on: the line as one text. */
  whole: SparseVector;
  /** Scored like HarmClassifier does at run time: one vector per window (see textWindows). */
  windows: SparseVector[];
}

/** Normalizes and vectorizes each line once; a line that is one window reuses its vector. */
export function featurize(lines: readonly TrainingLine[], bits: number): LineFeatures[] {
  return lines.map((line) => {
    const plain = normalizeText(line.text).plain;
    const whole = extractFeatures(plain, bits);
    const windows = textWindows(plain);
    const single = windows.length === 1 && windows[0] === plain;
    return { whole, windows: single ? [whole] : windows.map((window) => extractFeatures(window, bits)) };
  });
}

function targetsFor(lines: readonly TrainingLine[], label: ClassifierLabel): number[] {
  return lines.map((line) => (line.expect !== 'pass' && line.reasons.includes(label) ? 1 : 0));
}

/** The highest window probability, as HarmClassifier scores a text. */
function predict(windows: readonly SparseVector[], weights: Float32Array, bias: number): number {
  return windows.reduce((best, vector) => Math.max(best, scoreVector(vector, weights, bias)), 0);
}

export interface LabelValidation {
  threshold: number;
  positives: number;
  recall: number;
  benignFlagged: number;
  benignRate: number;
}

export interface CrossValidation {
  folds: number;
  benignLines: number;
  perLabel: Record<string, LabelValidation>;
  /** Lines expected to be flagged for one of the classifier's labels, flagged by any label. */
  harmfulRecall: number;
  benignFlaggedRate: number;
}

/** Out-of-fold probabilities, so thresholds are chosen on predictions for unseen lines. */
export function crossValidate(
  lines: readonly TrainingLine[],
  options: TrainingOptions,
  features: readonly LineFeatures[] = featurize(lines, options.dimensionBits),
): CrossValidation {
  const fold = lines.map(
    (line) => Number.parseInt(createHash('sha1').update(line.id).digest('hex').slice(0, 6), 16) % FOLDS,
  );
  const outOfFold = new Map<ClassifierLabel, Float64Array>();
  for (const label of CLASSIFIER_LABELS) {
    const targets = targetsFor(lines, label);
    const probabilities = new Float64Array(lines.length);
    for (let held = 0; held < FOLDS; held += 1) {
      const trainIndices = lines.flatMap((_, index) => (fold[index] === held ? [] : [index]));
      const model = trainLogisticRegression(
        trainIndices.map((index) => (features[index] as LineFeatures).whole),
        trainIndices.map((index) => targets[index] ?? 0),
        options,
      );
      lines.forEach((_, index) => {
        if (fold[index] === held)
          probabilities[index] = predict(features[index]?.windows ?? [], model.weights, model.bias);
      });
    }
    outOfFold.set(label, probabilities);
  }
  const benign = lines.flatMap((line, index) => (line.expect === 'pass' ? [index] : []));
  const perLabel: Record<string, LabelValidation> = {};
  const thresholds = new Map<ClassifierLabel, number>();
  for (const label of CLASSIFIER_LABELS) {
    const probabilities = outOfFold.get(label) ?? new Float64Array();
    const benignScores = benign.map((index) => probabilities[index] ?? 0).sort((a, b) => b - a);
    const allowed = Math.floor(benign.length * FALSE_POSITIVE_BUDGET);
    // Just above the (allowed+1)-th highest benign score, never below MINIMUM_THRESHOLD.
    const threshold = Math.max(MINIMUM_THRESHOLD, Math.min(0.999, (benignScores[allowed] ?? 0) + 1e-6));
    thresholds.set(label, threshold);
    const targets = targetsFor(lines, label);
    const positives = targets.flatMap((target, index) => (target === 1 ? [index] : []));
    const caught = positives.filter((index) => (probabilities[index] ?? 0) >= threshold).length;
    const flagged = benignScores.filter((score) => score >= threshold).length;
    perLabel[label] = {
      threshold,
      positives: positives.length,
      recall: positives.length === 0 ? 0 : caught / positives.length,
      benignFlagged: flagged,
      benignRate: benign.length === 0 ? 0 : flagged / benign.length,
    };
  }
  const anyFlag = (index: number): boolean =>
    CLASSIFIER_LABELS.some((label) => (outOfFold.get(label)?.[index] ?? 0) >= (thresholds.get(label) ?? 1));
  const harmful = lines.flatMap((line, index) =>
    line.expect !== 'pass' && CLASSIFIER_LABELS.some((label) => line.reasons.includes(label)) ? [index] : [],
  );
  return {
    folds: FOLDS,
    benignLines: benign.length,
    perLabel,
    harmfulRecall: harmful.length === 0 ? 0 : harmful.filter(anyFlag).length / harmful.length,
    benignFlaggedRate: benign.length === 0 ? 0 : benign.filter(anyFlag).length / benign.length,
  };
}

export function trainHarmClassifierModel(repoRoot: string): HarmClassifierModel {
  const files = trainingFiles(repoRoot);
  const lines = readTrainingLines(repoRoot, files);
  const options = TRAINING_OPTIONS;
  const features = featurize(lines, options.dimensionBits);
  const validation = crossValidate(lines, options, features);
  const vectors = features.map((line) => line.whole);
  const labels = CLASSIFIER_LABELS.map((label) => {
    const model = trainLogisticRegression(vectors, targetsFor(lines, label), options);
    const threshold = validation.perLabel[label]?.threshold ?? 1;
    return encodeLabel(label, model.bias, threshold, model.weights, MINIMUM_WEIGHT);
  });
  return {
    format: MODEL_FORMAT,
    dimensionBits: options.dimensionBits,
    training: {
      lines: lines.length,
      dataSha256: trainingDataSha256(repoRoot, files),
      files,
      options: { ...options },
      falsePositiveBudget: FALSE_POSITIVE_BUDGET,
      minimumThreshold: MINIMUM_THRESHOLD,
    },
    crossValidation: { ...validation },
    labels,
  };
}
