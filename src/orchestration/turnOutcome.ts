import type { Campaign, VariantReview } from '../domain/campaign';
import type { Citation } from '../domain/content';
import type { Segment } from '../domain/segment';
import type { SafetyResult } from '../domain/variant';
import type { PlanChoice } from '../ports/Planner';
import type { CampaignListView, ReviewQueueView } from '../campaigns/campaignViews';
import type { PowerSummary } from '../experiments/definition/powerSummary';
import type { ExperimentResults } from '../domain/experimentResults';

export type HelpReason = 'greeting' | 'out_of_scope' | 'unclear' | 'empty' | 'explicit' | 'not_available';

/** What one step of a turn produced; the bot renders each as cards, the CLI as files. */
export type TurnOutcome =
  | { kind: 'help'; reason: HelpReason; note?: string }
  | { kind: 'refused'; message: string }
  /** One question instead of a guess: what is missing or wrong, with suggested plans as buttons. */
  | { kind: 'clarify'; question: string; choices: PlanChoice[] }
  /** A step that could not run; the steps before it stand. */
  | { kind: 'step_failed'; tool: string; label: string; message: string }
  | { kind: 'segments'; segments: Segment[]; notApplied: string[] }
  | { kind: 'content'; query: string; citations: Citation[] }
  | { kind: 'draft'; campaign: Campaign; reviews: VariantReview[] }
  /** One variant of an existing campaign rewritten ("make the second one shorter"). */
  | {
      kind: 'revision';
      campaign: Campaign;
      review: VariantReview;
      position: number;
      total: number;
      notes: string[];
    }
  | { kind: 'screened'; text: string; result: SafetyResult }
  | {
      kind: 'experiment_power';
      power: PowerSummary;
      launched?: { experimentKey: string; launchedAt: string };
    }
  | {
      kind: 'experiment_results';
      results: ExperimentResults;
      /** `compressed`: the simulated days were squeezed into the time since launch (never dated in the future). */
      simulated?: { days: number; lift: number; compressed?: boolean };
    }
  | { kind: 'review_queue'; view: ReviewQueueView }
  | { kind: 'campaign_list'; view: CampaignListView };

/** Everything a turn produced, in order, and the campaign the conversation is now about. */
export interface TurnResult {
  outcomes: TurnOutcome[];
  currentCampaign?: string;
}

export type ProgressListener = (event: {
  step: string;
  label: string;
  state: 'running' | 'done' | 'failed';
  detail?: string;
}) => void;
