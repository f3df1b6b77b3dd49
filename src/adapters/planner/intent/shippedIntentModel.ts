import { IntentModel } from './intentModel';
import modelDocument from './intentModel.json';

let shipped: IntentModel | undefined;

/** The model trained by `npm run train:planner`, decoded once on first use. */
export function shippedIntentModel(): IntentModel {
  shipped ??= IntentModel.parse(modelDocument);
  return shipped;
}
