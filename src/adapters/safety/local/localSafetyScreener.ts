import type { CategorySeverities, SafetyFinding } from '../../../domain/variant';
import { detectPromptInjection } from './injection/detectPromptInjection';
import { normalizeText } from '../../../text/normalizeText';
import type { SafetyScreener, ScreenRequest, ScreenResponse } from '../../../ports/SafetyScreener';
import type { HarmClassifier } from './classifier/harmClassifier';
import { shippedHarmClassifier } from './classifier/shippedHarmClassifier';
import { scoreHarms } from './harmScorer';

export const LOCAL_SCREENER_ID = 'local-screener@2';

/** What a classifier-only flag scores: the policy's review band (3–4), never a block. */
export const CLASSIFIER_SEVERITY = 3;

/** Longest excerpt of the flagged window quoted in a finding. */
const EXCERPT_CHARACTERS = 120;

export interface LocalScreenerOptions {
  /** The learned second opinion; `null` screens with the rules alone. Defaults to the shipped model. */
  classifier?: HarmClassifier | null;
}

/**
 * Offline, deterministic screener: curated lexicons and sentence-shape rules for the four harm
 * categories (EN/ES/DE/FR) on de-obfuscated text, prompt-injection heuristics, and a small trained
 * classifier that asks for review on wordings the rules do not list. Injection is checked on every
 * kind of text: copy that carries an injection is as suspect as user input.
 */
export class LocalSafetyScreener implements SafetyScreener {
  readonly id = LOCAL_SCREENER_ID;
  private readonly classifier: HarmClassifier | null;

  constructor(options: LocalScreenerOptions = {}) {
    this.classifier = options.classifier === undefined ? shippedHarmClassifier() : options.classifier;
  }

  async screen(requests: ScreenRequest[]): Promise<ScreenResponse[]> {
    return requests.map((request) => this.screenOne(request));
  }

  /** The synchronous core, for callers that screen large volumes line by line. */
  screenOne(request: ScreenRequest): ScreenResponse {
    return screenOne(request, this.classifier);
  }
}

function excerpt(window: string): string {
  return window.length <= EXCERPT_CHARACTERS ? window : `${window.slice(0, EXCERPT_CHARACTERS)}…`;
}

function screenOne(request: ScreenRequest, classifier: HarmClassifier | null): ScreenResponse {
  const text = normalizeText(request.text);
  const harms = scoreHarms(text);
  const categories: CategorySeverities = { ...harms.categories };
  const findings: SafetyFinding[] = harms.hits.map((hit) => ({
    reason: hit.category,
    detail: `${hit.label} (severity ${hit.severity}): "${hit.match}"`,
  }));
  const injections = detectPromptInjection(text);
  for (const signal of injections) {
    findings.push({ reason: 'prompt_injection', detail: `${signal.label}: "${signal.match}"` });
  }
  for (const hit of classifier?.classify(text.plain) ?? []) {
    const detail = `classifier (p=${hit.probability.toFixed(2)}, needs ${hit.threshold.toFixed(2)}): "${excerpt(hit.window)}"`;
    if (hit.label === 'prompt_injection') {
      if (injections.length === 0) findings.push({ reason: 'prompt_injection', detail });
      continue;
    }
    if (categories[hit.label] >= CLASSIFIER_SEVERITY) continue;
    categories[hit.label] = CLASSIFIER_SEVERITY;
    findings.push({ reason: hit.label, detail });
  }
  return { id: request.id, categories, findings, screener: LOCAL_SCREENER_ID };
}
