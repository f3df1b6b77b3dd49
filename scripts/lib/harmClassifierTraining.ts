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
import {
  extractFeatures,
  type FeatureOptions,
  type SparseVector,
} from '../../src/adapters/safety/local/classifier/textFeatures';
import { textWindows } from '../../src/adapters/safety/local/classifier/textWindows';
import {
  trainLogisticRegression,
  type TrainingOptions,
} from '../../src/adapters/safety/local/classifier/trainLogisticRegression';
import { chooseThresholds, type ThresholdBudget } from './harmClassifierThresholds';

/** Labelled folders, relative to the repository root: the evaluation corpus and bulk training lines. */
export const TRAINING_FOLDERS = ['tests/safety/corpus', 'tests/safety/training'] as const;

/**
 * The brand's approved content library: every line of it is copy the screener must pass, in the
 * brand's own words (offers, style guides with imperative rules, product copy).
 */
export const APPROVED_CONTENT_FOLDER = 'data/content';

/** A fresh split of the corpus: `holdout.jsonl` is split 1, `holdout7.jsonl` split 7. */
const SPLIT_FILE = /^holdout(\d*)\.jsonl$/;

/**
 * The split never trained on: the newest (highest-numbered) fresh split measures the shipped model on
 * text it has not seen (see tests/safety/corpus/README.md). Every older split is training data.
 */
export function newestSplit(repoRoot: string): string {
  const splits = readdirSync(join(repoRoot, 'tests/safety/corpus')).flatMap((file) => {
    const match = SPLIT_FILE.exec(file);
    return match === null ? [] : [{ file, number: Number(match[1] === '' ? '1' : match[1]) }];
  });
  const newest = splits.sort((a, b) => b.number - a.number)[0];
  if (newest === undefined) throw new Error('tests/safety/corpus has no holdout split');
  return newest.file;
}

export const TRAINING_OPTIONS: TrainingOptions = {
  dimensionBits: 18,
  epochs: 12,
  l2: 1e-6,
  learningRate: 0.3,
  seed: 20261125,
};

/**
 * Words, adjacent word pairs and character 3–5-grams. Tried on grouped CV and the dev splits without a
 * clear gain: 2–6-grams, word pairs with one word between, words with inflection endings stripped.
 */
export const FEATURE_OPTIONS: FeatureOptions = { minGram: 3, maxGram: 5 };

/**
 * Benign lines the whole screen may flag in grouped cross-validation: a share of all benign lines, and
 * of the hard benign neighbours of implicit harm (kept under the 3 % target with a margin, since a
 * fresh split's neighbours are harder than the out-of-fold ones).
 */
export const THRESHOLD_BUDGET: ThresholdBudget = {
  allBenign: 0.025,
  hardBenign: 0.025,
  minimumThreshold: 0.3,
  injectionMinimumThreshold: 0.5,
};

/**
 * Files of implicit harm with hard benign neighbours (each harmful frame has a benign twin): the
 * training rounds from r4 on and the implicit splits from holdout23 on.
 */
const HARD_BENIGN_FILE = /(?:^|\/)(?:r(?:[4-9]|\d\d)[a-z]?_|holdout(?:2[3-9]|[3-9]\d)\.)/;

const FOLDS = 5;
/** Weights smaller than this are dropped from the shipped model. */
const MINIMUM_WEIGHT = 0.01;

export interface TrainingLine {
  id: string;
  text: string;
  expect: 'pass' | 'review' | 'block';
  reasons: string[];
  source: string;
}

export function trainingFiles(
  repoRoot: string,
  heldOut: readonly string[] = [newestSplit(repoRoot)],
): string[] {
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
export function featurize(
  lines: readonly TrainingLine[],
  bits: number,
  features: FeatureOptions = FEATURE_OPTIONS,
): LineFeatures[] {
  return lines.map((line) => {
    const plain = normalizeText(line.text).plain;
    const whole = extractFeatures(plain, bits, features);
    const windows = textWindows(plain);
    const single = windows.length === 1 && windows[0] === plain;
    return {
      whole,
      windows: single ? [whole] : windows.map((window) => extractFeatures(window, bits, features)),
    };
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
  /** Lines held out together: every line of one file. */
  grouping: 'file';
  benignLines: number;
  perLabel: Record<string, LabelValidation>;
  /** Lines expected to be flagged for one of the classifier's labels, flagged by any label. */
  harmfulRecall: number;
  benignFlaggedRate: number;
  /** The same on implicit-harm files: their harmful lines, and their hard benign neighbours. */
  implicitHarmfulRecall: number;
  hardBenignFlaggedRate: number;
}

/**
 * Folds grouped by file: every line of a file (a harmful line and its benign neighbour, a scenario and
 * its translations) is held out together, so out-of-fold scores are scores on another author's or
 * another round's frames, as on a fresh split. Files go to the emptiest fold, largest first.
 */
export function groupedFolds(lines: readonly TrainingLine[], folds: number = FOLDS): number[] {
  const sizes = new Map<string, number>();
  lines.forEach((line) => sizes.set(line.source, (sizes.get(line.source) ?? 0) + 1));
  const load = new Array<number>(folds).fill(0);
  const foldOf = new Map<string, number>();
  [...sizes.entries()]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .forEach(([file, size]) => {
      const fold = load.indexOf(Math.min(...load));
      load[fold] = (load[fold] ?? 0) + size;
      foldOf.set(file, fold);
    });
  return lines.map((line) => foldOf.get(line.source) ?? 0);
}

const isHarmful = (line: TrainingLine): boolean =>
  line.expect !== 'pass' && CLASSIFIER_LABELS.some((label) => line.reasons.includes(label));

/** Out-of-fold probabilities (folds grouped by file), so thresholds are chosen on unseen frames. */
export function crossValidate(
  lines: readonly TrainingLine[],
  options: TrainingOptions,
  features: readonly LineFeatures[] = featurize(lines, options.dimensionBits),
  budget: ThresholdBudget = THRESHOLD_BUDGET,
): CrossValidation {
  const fold = groupedFolds(lines);
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
  const harmfulFlags = lines.map(isHarmful);
  const benignFlags = lines.map((line) => line.expect === 'pass');
  const hardFlags = lines.map((line) => line.expect === 'pass' && HARD_BENIGN_FILE.test(line.source));
  const thresholds = chooseThresholds(
    { scores: outOfFold, harmful: harmfulFlags, benign: benignFlags, hardBenign: hardFlags },
    budget,
  );
  const flaggedBy = (index: number, label: ClassifierLabel): boolean =>
    (outOfFold.get(label)?.[index] ?? 0) >= (thresholds.get(label) ?? 1);
  const anyFlag = (index: number): boolean => CLASSIFIER_LABELS.some((label) => flaggedBy(index, label));
  const indicesWhere = (flags: readonly boolean[]): number[] =>
    flags.flatMap((flag, index) => (flag ? [index] : []));
  const benign = indicesWhere(benignFlags);
  const hard = indicesWhere(hardFlags);
  const harmful = indicesWhere(harmfulFlags);
  const hardHarmful = harmful.filter((index) => HARD_BENIGN_FILE.test(lines[index]?.source ?? ''));
  const share = (set: readonly number[]): number =>
    set.length === 0 ? 0 : set.filter(anyFlag).length / set.length;
  const perLabel: Record<string, LabelValidation> = {};
  for (const label of CLASSIFIER_LABELS) {
    const positives = indicesWhere(targetsFor(lines, label).map((target) => target === 1));
    const flagged = benign.filter((index) => flaggedBy(index, label)).length;
    perLabel[label] = {
      threshold: thresholds.get(label) ?? 1,
      positives: positives.length,
      recall:
        positives.length === 0
          ? 0
          : positives.filter((index) => flaggedBy(index, label)).length / positives.length,
      benignFlagged: flagged,
      benignRate: benign.length === 0 ? 0 : flagged / benign.length,
    };
  }
  return {
    folds: FOLDS,
    grouping: 'file',
    benignLines: benign.length,
    perLabel,
    harmfulRecall: share(harmful),
    benignFlaggedRate: share(benign),
    implicitHarmfulRecall: share(hardHarmful),
    hardBenignFlaggedRate: share(hard),
  };
}

export function trainHarmClassifierModel(
  repoRoot: string,
  files: readonly string[] = trainingFiles(repoRoot),
  budget: ThresholdBudget = THRESHOLD_BUDGET,
  featureOptions: FeatureOptions = FEATURE_OPTIONS,
): HarmClassifierModel {
  const lines = readTrainingLines(repoRoot, files);
  const options = TRAINING_OPTIONS;
  const features = featurize(lines, options.dimensionBits, featureOptions);
  const validation = crossValidate(lines, options, features, budget);
  const vectors = features.map((line) => line.whole);
  const labels = CLASSIFIER_LABELS.map((label) => {
    const model = trainLogisticRegression(vectors, targetsFor(lines, label), options);
    const threshold = validation.perLabel[label]?.threshold ?? 1;
    return encodeLabel(label, model.bias, threshold, model.weights, MINIMUM_WEIGHT);
  });
  return {
    format: MODEL_FORMAT,
    dimensionBits: options.dimensionBits,
    features: { ...featureOptions },
    training: {
      lines: lines.length,
      dataSha256: trainingDataSha256(repoRoot, files),
      files: [...files],
      options: { ...options },
      thresholdBudget: { ...budget },
    },
    crossValidation: { ...validation },
    labels,
  };
}
