import type { Plan, PlanChoice, PlanStep, Planner, PlanningContext } from '../../../ports/Planner';
import { foldForMatching } from '../../../text/foldForMatching';
import { validatePlan } from '../validatePlan';
import { buildSteps, campaignOf, type RequestText } from './buildSteps';
import { findCampaignId } from './campaignIds';
import { choiceLabel } from './choiceLabels';
import { HELP_LABELS, orderForDecision } from './helpDecision';
import { intentInput } from './intentInput';
import type { IntentLabel } from './intentLabels';
import type { IntentClassifier, Prediction } from './intentModel';
import { detectRequestLanguage, type RequestLanguage } from './requestLanguage';
import { shippedIntentModel } from './shippedIntentModel';

export interface IntentPlannerOptions {
  /** Told about unexpected internal failures (the plan then falls back to help). */
  onError?: (error: unknown) => void;
  /** The intent model; the shipped one by default (tests may pass another). */
  model?: IntentClassifier;
}

/** Limits the work done on pathological input; nobody types a plan request longer than this. */
export const MAX_PLANNED_CHARS = 20_000;

/** Below this probability the model's first reading is offered next to the runner-up instead of run. */
export const CONFIDENT = 0.55;
/**
 * A reading that sends to customers (launch, draft and launch) cannot be taken back, so it runs without
 * asking only when the model is this sure; a bare campaign id or "vip" reads as a launch at 0.6–0.7.
 */
export const CONFIDENT_TO_SEND = 0.8;
const SENDING_LABELS: ReadonlySet<IntentLabel> = new Set(['launch', 'draft_launch']);
/** Offered next to an unsure sending reading when the model has no runner-up worth a button. */
const SAFER_READINGS: readonly IntentLabel[] = ['summarize', 'draft'];
/** A reading this likely is worth a button when the model is unsure. */
export const WORTH_OFFERING = 0.12;
const MAX_CHOICES = 3;
/** A follow-up without a campaign runs the runner-up reading when it is at least this likely. */
const RUNNER_UP_FALLBACK = 0.2;

const helpPlan = (reason: string): Plan => ({ steps: [{ tool: 'help', args: { reason } }] });

/**
 * Latin or Japanese letters in the text as typed: the scripts the intent model was trained on. (The folded
 * views map look-alike letters to Latin for the safety screener, so Cyrillic would pass there.)
 */
const READABLE_SCRIPT = /[\p{Script=Latin}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Han}]/u;

/**
 * The offline planner: a trained multilingual intent model (intentModel.json, `npm run train:planner`)
 * chooses the tool sequence, small extractors read the arguments. Deterministic, no network, thousands
 * of requests per second, never throws: anything it cannot place becomes a `help` step. When the
 * model is unsure between readings, the plan carries `choices` (its best guess stays in `steps`).
 */
export class IntentPlanner implements Planner {
  private readonly onError: ((error: unknown) => void) | undefined;
  private readonly model: IntentClassifier | undefined;

  constructor(options: IntentPlannerOptions = {}) {
    this.onError = options.onError;
    this.model = options.model;
  }

  plan(utterance: string, context: PlanningContext = {}): Promise<Plan> {
    return Promise.resolve(this.planSync(utterance, context));
  }

  /** The same plan, synchronously (for the CLI's batch mode and benchmarks). */
  planSync(utterance: unknown, context: PlanningContext = {}): Plan {
    try {
      const raw = typeof utterance === 'string' ? utterance.slice(0, MAX_PLANNED_CHARS) : '';
      const views = foldForMatching(raw);
      if (!/[\p{L}\p{N}]/u.test(views.folded)) return helpPlan('empty');
      // Letters only in scripts the model has no features for (Cyrillic, Hangul…): its reading would be the prior.
      if (/\p{L}/u.test(views.folded) && !READABLE_SCRIPT.test(views.clean)) return helpPlan('unclear');
      const text: RequestText = { clean: views.clean, folded: views.folded, matched: views.matched };
      const model = this.model ?? shippedIntentModel();
      const predictions = orderForDecision(model.predict(intentInput(raw, views)), model.helpThreshold);
      const language = detectRequestLanguage(text.folded, raw);
      return { ...this.decide(predictions, text, context, language), language };
    } catch (error) {
      this.onError?.(error);
      return helpPlan('unclear');
    }
  }

  private decide(
    predictions: readonly Prediction[],
    text: RequestText,
    context: PlanningContext,
    language: RequestLanguage,
  ): Plan {
    const campaign = campaignOf(text.matched, context);
    const labelOf = (label: IntentLabel, about: string | undefined): string =>
      choiceLabel(label, about, language);
    // Steps are built only for the readings that can be run or offered: extractors cost more than the model.
    const stepsOf = (label: IntentLabel): PlanStep[] | undefined => {
      const steps = buildSteps(label, text, context);
      return steps === undefined ? undefined : validatePlan({ steps }).plan.steps;
    };
    const top = predictions[0];
    if (top === undefined) return helpPlan('unclear');
    const topSteps = stepsOf(top.label);
    // A follow-up ("make the second one shorter") with no campaign in the conversation: ask, with the
    // runner-up as the best guess when it is a real reading ("ne lance rien, rédige juste un mail").
    if (topSteps === undefined) {
      const runnerUp = predictions[1];
      const fallback =
        runnerUp !== undefined &&
        runnerUp.probability >= RUNNER_UP_FALLBACK &&
        !HELP_LABELS.has(runnerUp.label)
          ? runnerUp.label
          : undefined;
      const fallbackSteps = fallback === undefined ? undefined : stepsOf(fallback);
      const choices: PlanChoice[] = [
        { label: labelOf(fallback ?? 'draft', campaign), steps: fallbackSteps ?? stepsOf('draft') ?? [] },
        {
          label: labelOf('list_mine', undefined),
          steps: [{ tool: 'list_campaigns', args: { filter: 'mine' } }],
        },
      ];
      return { steps: fallbackSteps ?? helpPlan('unclear').steps, choices };
    }
    const sending = SENDING_LABELS.has(top.label);
    // A bare campaign id says which campaign, not what to do with it: ask, however sure the model is.
    const bareId = sending && findCampaignId(text.matched) === text.matched.trim();
    if (!bareId && top.probability >= (sending ? CONFIDENT_TO_SEND : CONFIDENT)) return { steps: topSteps };
    const offered: PlanChoice[] = [{ label: labelOf(top.label, campaign), steps: topSteps }];
    for (const reading of predictions.slice(1)) {
      if (offered.length >= MAX_CHOICES || reading.probability < WORTH_OFFERING) break;
      // Help is never one of the buttons when the request reads as something we can do.
      if (HELP_LABELS.has(reading.label)) continue;
      const label = labelOf(reading.label, campaign);
      if (offered.some((choice) => choice.label === label)) continue;
      const steps = stepsOf(reading.label);
      if (steps !== undefined) offered.push({ label, steps });
    }
    // Never send on an unsure reading without a question, even when the runner-ups are all unlikely.
    for (const reading of sending ? SAFER_READINGS : []) {
      if (offered.length >= 2) break;
      const label = labelOf(reading, campaign);
      if (offered.some((choice) => choice.label === label)) continue;
      const steps = stepsOf(reading);
      if (steps !== undefined) offered.push({ label, steps });
    }
    return offered.length >= 2 ? { steps: topSteps, choices: offered } : { steps: topSteps };
  }
}
