import { SAFETY_CATEGORIES, type SafetyFinding, type SafetyResult, type Variant } from '../../domain/variant';
import type { ContentDocument } from '../../domain/content';
import type { SafetyScreener, ScreenRequest, ScreenResponse } from '../../ports/SafetyScreener';
import { CompiledSafetyPolicy } from './compiledPolicy';
import { checkGrounding, type GroundingSource } from './grounding/checkGrounding';
import type { SafetyPolicy } from './policy/safetyPolicy';
import { decideSafetyResult, decideStrictest } from './safetyVerdict';

export interface ScreenTextRequest {
  id: string;
  text: string;
  /** Defaults to `copy`. */
  kind?: ScreenRequest['kind'];
  /** Cited approved content; when given, the text's claims must be found in it. */
  sources?: readonly GroundingSource[];
}

/** Fail closed: when the screener cannot answer, every category gets a finding that forces review. */
function unscored(id: string, why: string, screener = 'unavailable'): ScreenResponse {
  return {
    id,
    categories: { hate: 0, violence: 0, selfHarm: 0, sexual: 0 },
    findings: SAFETY_CATEGORIES.map((category) => ({ reason: category, detail: `not screened: ${why}` })),
    screener,
    failed: true,
  };
}

/** The text of a variant that reaches the customer: subject and body. */
export function variantText(variant: Pick<Variant, 'subject' | 'body'>): string {
  return variant.subject === undefined ? variant.body : `${variant.subject}\n\n${variant.body}`;
}

/**
 * The Safety agent: harm screening (through the SafetyScreener port: local lexicons and classifier,
 * Azure AI Content Safety, a model judge), the brand policy (blocklist, competitors, banned claims, PII
 * with the brand's allow-list) and groundedness against cited content, combined into one SafetyResult
 * per text. With several screeners the verdict is the strictest of them, and each one is listed.
 */
export class SafetyService {
  private readonly policy: CompiledSafetyPolicy;
  private readonly screeners: readonly SafetyScreener[];

  constructor(
    screeners: SafetyScreener | readonly SafetyScreener[],
    policy: SafetyPolicy | CompiledSafetyPolicy,
  ) {
    this.screeners = Array.isArray(screeners) ? [...screeners] : [screeners as SafetyScreener];
    this.policy = policy instanceof CompiledSafetyPolicy ? policy : new CompiledSafetyPolicy(policy);
  }

  async screenTexts(requests: readonly ScreenTextRequest[]): Promise<SafetyResult[]> {
    if (requests.length === 0) return [];
    const screenRequests = requests.map((request) => ({
      id: request.id,
      text: request.text,
      kind: request.kind ?? 'copy',
    }));
    // Screeners run side by side; each one fails closed on its own.
    const answers = await Promise.all(
      this.screeners.map((screener) => this.screenSafely(screener, screenRequests)),
    );
    return requests.map((request, index) => {
      const responses = answers.map(
        (responses, nth) =>
          responses[index] ?? unscored(request.id, 'no answer from the screener', this.screeners[nth]?.id),
      );
      const findings: SafetyFinding[] = [...this.policy.check(request.text)];
      if (request.sources !== undefined) {
        for (const failure of checkGrounding(request.text, request.sources).failures) {
          findings.push({ reason: 'ungrounded', detail: `"${failure.claim}": ${failure.reason}` });
        }
      }
      return decideStrictest(responses, findings, this.policy.policy);
    });
  }

  async screenText(text: string, kind: ScreenRequest['kind'] = 'copy'): Promise<SafetyResult> {
    const [result] = await this.screenTexts([{ id: 'text', text, kind }]);
    return result ?? this.failClosed('text');
  }

  /** Screens variants (subject + body) and checks their claims against the documents they cite. */
  async screenVariants(
    variants: readonly Variant[],
    sourcesById: (id: string) => ContentDocument | undefined,
  ): Promise<Variant[]> {
    const results = await this.screenTexts(
      variants.map((variant) => ({
        id: variant.id,
        text: variantText(variant),
        kind: 'copy',
        sources: variant.citations.flatMap((citation) => {
          const document = sourcesById(citation.id);
          return document === undefined
            ? []
            : [{ id: document.id, title: document.title, body: document.body }];
        }),
      })),
    );
    return variants.map((variant, index) => {
      const safety = results[index];
      return safety === undefined ? variant : { ...variant, safety };
    });
  }

  private failClosed(id: string): SafetyResult {
    const response = unscored(id, 'no answer from the screener');
    return decideSafetyResult({ ...response, findings: response.findings }, this.policy.policy);
  }

  /** Screener answers in request order; a screener error fails closed instead of failing the run. */
  private async screenSafely(screener: SafetyScreener, requests: ScreenRequest[]): Promise<ScreenResponse[]> {
    let responses: ScreenResponse[];
    try {
      responses = await screener.screen(requests);
    } catch (error) {
      const why = error instanceof Error ? error.message : 'screener error';
      return requests.map((request) => unscored(request.id, why, screener.id));
    }
    const byId = new Map(responses.map((response) => [response.id, response]));
    return requests.map((request, index) => {
      const inOrder = responses[index];
      if (inOrder !== undefined && inOrder.id === request.id) return inOrder;
      return byId.get(request.id) ?? unscored(request.id, 'no answer from the screener', screener.id);
    });
  }
}
