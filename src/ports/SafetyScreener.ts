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
}

/**
 * Port over harm screening. Adapters: local deterministic screener, Azure AI Content Safety.
 * Adapters fail closed: an unreachable service yields a finding that forces review, never a pass.
 */
export interface SafetyScreener {
  screen(requests: ScreenRequest[]): Promise<ScreenResponse[]>;
}
