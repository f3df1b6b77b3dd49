import type { SafetyFinding } from '../../../domain/variant';
import { detectPromptInjection } from '../../../agents/safety/injection/detectPromptInjection';
import { normalizeText } from '../../../agents/safety/text/normalizeText';
import type { SafetyScreener, ScreenRequest, ScreenResponse } from '../../../ports/SafetyScreener';
import { scoreHarms } from './harmScorer';

export const LOCAL_SCREENER_ID = 'local-screener@1';

/**
 * Offline, deterministic screener: curated lexicons for the four harm categories (EN/ES/DE/FR) on
 * de-obfuscated text, plus prompt-injection heuristics. Injection is checked on every kind of text:
 * copy that carries an injection is as suspect as user input.
 */
export class LocalSafetyScreener implements SafetyScreener {
  async screen(requests: ScreenRequest[]): Promise<ScreenResponse[]> {
    return requests.map((request) => screenOne(request));
  }
}

/** The synchronous core, for callers that screen large volumes line by line. */
export function screenOne(request: ScreenRequest): ScreenResponse {
  const text = normalizeText(request.text);
  const harms = scoreHarms(text);
  const findings: SafetyFinding[] = harms.hits.map((hit) => ({
    reason: hit.category,
    detail: `${hit.label} (severity ${hit.severity}): "${hit.match}"`,
  }));
  for (const signal of detectPromptInjection(text)) {
    findings.push({ reason: 'prompt_injection', detail: `${signal.label}: "${signal.match}"` });
  }
  return { id: request.id, categories: harms.categories, findings, screener: LOCAL_SCREENER_ID };
}
