import type { IntentLabel } from './intentLabels';
import type { Prediction } from './intentModel';

/** The labels the planner answers with the help card. */
export const HELP_LABELS: ReadonlySet<IntentLabel> = new Set(['greeting', 'help', 'out_of_scope']);

/**
 * Puts the reading the planner acts on first. Without a threshold: the likeliest label. With one (the
 * model file's `helpThreshold`, chosen by cross-validation in scripts/lib/plannerTraining.ts): the help
 * card when greeting, help and out of scope together reach it, else the likeliest task — so a request
 * split between two tasks and "out of scope" is asked about rather than refused. Probabilities are kept.
 */
export function orderForDecision(
  predictions: readonly Prediction[],
  helpThreshold: number | undefined,
): Prediction[] {
  if (helpThreshold === undefined) return [...predictions];
  const helpMass = predictions.reduce(
    (sum, prediction) => sum + (HELP_LABELS.has(prediction.label) ? prediction.probability : 0),
    0,
  );
  const wantHelp = helpMass >= helpThreshold;
  const first = predictions.find((prediction) => HELP_LABELS.has(prediction.label) === wantHelp);
  return first === undefined
    ? [...predictions]
    : [first, ...predictions.filter((prediction) => prediction !== first)];
}
