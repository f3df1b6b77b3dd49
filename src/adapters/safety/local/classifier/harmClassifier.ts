import { CLASSIFIER_LABELS, type ClassifierLabel } from './classifierLabels';
import { decodeLabel, type DecodedLabel, type HarmClassifierModel } from './harmClassifierModel';
import { scoreVector } from './linearScore';
import { extractFeatures, type FeatureOptions } from './textFeatures';
import { textWindows } from './textWindows';

export interface ClassifierHit {
  label: ClassifierLabel;
  probability: number;
  threshold: number;
  /** The window (from the normalized text) that scored highest. */
  window: string;
}

/**
 * A learned second opinion next to the rules: one-vs-rest logistic regressions over hashed word and
 * character n-grams, trained on the labelled corpus (`npm run train:safety`). It generalises to
 * wordings the rules do not list, so it only ever asks for human review; blocking stays with rules
 * a reviewer can read.
 */
export class HarmClassifier {
  private readonly labels: DecodedLabel[];
  private readonly dimensionBits: number;
  private readonly features: FeatureOptions;

  constructor(model: HarmClassifierModel) {
    this.dimensionBits = model.dimensionBits;
    this.features = model.features;
    this.labels = model.labels.map((label) => decodeLabel(label, model.dimensionBits));
  }

  /** Highest probability per label over the text's windows. */
  probabilities(plain: string): Map<ClassifierLabel, { probability: number; window: string }> {
    const best = new Map<ClassifierLabel, { probability: number; window: string }>();
    for (const window of textWindows(plain)) {
      const vector = extractFeatures(window, this.dimensionBits, this.features);
      for (const label of this.labels) {
        const probability = scoreVector(vector, label.weights, label.bias);
        const current = best.get(label.label);
        if (current === undefined || probability > current.probability) {
          best.set(label.label, { probability, window });
        }
      }
    }
    return best;
  }

  /** Labels whose probability reaches their threshold, in CLASSIFIER_LABELS order. */
  classify(plain: string): ClassifierHit[] {
    const best = this.probabilities(plain);
    return CLASSIFIER_LABELS.flatMap((label) => {
      const model = this.labels.find((candidate) => candidate.label === label);
      const score = best.get(label);
      if (model === undefined || score === undefined || score.probability < model.threshold) return [];
      return [{ label, probability: score.probability, threshold: model.threshold, window: score.window }];
    });
  }
}
