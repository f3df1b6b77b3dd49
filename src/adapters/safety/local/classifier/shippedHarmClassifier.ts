import shippedModel from './harmClassifierModel.json';
import { HarmClassifier } from './harmClassifier';
import { parseHarmClassifierModel } from './harmClassifierModel';

let decoded: HarmClassifier | undefined;

/**
 * The classifier trained from the repository's labelled lines (`npm run train:safety`). Decoded on
 * first use and then shared: it is immutable data, like the compiled lexicons.
 */
export function shippedHarmClassifier(): HarmClassifier {
  decoded ??= new HarmClassifier(parseHarmClassifierModel(shippedModel));
  return decoded;
}
