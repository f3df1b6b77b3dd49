import type { Campaign, VariantReview } from '../campaigns/campaign';
import type { Citation } from '../domain/content';
import type { Segment } from '../domain/segment';
import type { SafetyResult } from '../domain/variant';
import type { PowerSummary } from '../agents/experimentation/experiments/powerSummary';
import type { ExperimentResults } from '../agents/experimentation/reporting/experimentResults';

export type HelpReason = 'greeting' | 'out_of_scope' | 'unclear' | 'empty' | 'explicit' | 'not_available';

/** What one request produced; the bot renders it as cards, the CLI as files. */
export type TurnOutcome =
  | { kind: 'help'; reason: HelpReason; note?: string }
  | { kind: 'refused'; message: string }
  | { kind: 'segments'; segments: Segment[] }
  | { kind: 'content'; query: string; citations: Citation[] }
  | { kind: 'draft'; campaign: Campaign; reviews: VariantReview[] }
  | { kind: 'screened'; text: string; result: SafetyResult }
  | {
      kind: 'experiment_power';
      power: PowerSummary;
      launched?: { experimentKey: string; launchedAt: string };
    }
  | { kind: 'experiment_results'; results: ExperimentResults; simulated?: { days: number; lift: number } };

export type ProgressListener = (event: {
  step: string;
  state: 'running' | 'done' | 'failed';
  detail?: string;
}) => void;
