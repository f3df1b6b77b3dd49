import type { ModelSpend } from '../domain/modelCost';
import type { CategorySeverities, SafetyFinding } from '../domain/variant';

export interface ScreenRequest {
  id: string;
  text: string;
  /** User input and retrieved documents are checked for prompt injection; generated copy for harms. */
  kind: 'copy' | 'user_input' | 'document';
}

export interface ScreenResponse {
  id: string;
  categories: CategorySeverities;
  findings: SafetyFinding[];
  screener: string;
  /** Model screens: the model and prompt (`id@version`) that judged. */
  model?: string;
  prompt?: string;
  /** The screener could not judge this text and its findings force review. */
  failed?: boolean;
  cached?: boolean;
  /** Model spend of the call that judged this text (counted once per call, on its first text). */
  spend?: ModelSpend;
}

/**
 * Port over harm screening. Adapters: local deterministic screener, Azure AI Content Safety, a model judge.
 * Adapters fail closed: an unreachable service yields a finding that forces review, never a pass.
 */
export interface SafetyScreener {
  /** The screener's id, named on the card and in the audit trail even when it fails. */
  readonly id?: string;
  screen(requests: ScreenRequest[]): Promise<ScreenResponse[]>;
}
