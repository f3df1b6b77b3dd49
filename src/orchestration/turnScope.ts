import type { AuditLog } from '../audit/auditLog';
import type { Campaign, CampaignBrief, Person, VariantReview } from '../domain/campaign';
import type { CampaignRepository } from '../campaigns/campaignRepository';
import type { CampaignViewDependencies } from '../campaigns/campaignViews';
import type { ContentDocument } from '../domain/content';
import type { ModelSpend } from '../domain/modelCost';
import type { Segment } from '../domain/segment';
import type { Variant } from '../domain/variant';
import type { RoleDirectory } from '../governance/roleDirectory';
import type { ExperimentServices } from '../experiments/definition/experimentServices';
import type { AgentSuite } from './agentSuite';
import type { ReplyLanguage } from '../text/messages/messages';
import type { ProgressListener, TurnOutcome } from './turnOutcome';

/** The services every tool may use, built once by the composition root. */
export interface TurnServices {
  agents: AgentSuite;
  campaigns: CampaignRepository;
  audit: AuditLog;
  roles: RoleDirectory;
  experiments: ExperimentServices;
  /** What the campaign listings and the review queue read (indexes, roles, policy, names). */
  views: CampaignViewDependencies;
  /** Model spend allowed per campaign in US dollars. */
  budgetPerCampaignUsd: number;
  clock: () => Date;
  /** A new campaign id from the goal and channel: never from the user's words. */
  campaignIdFor: (goal: string, channel: string) => string;
}

/** The drafting chain's work in progress, passed from step to step within a turn. */
export interface DraftInProgress {
  campaignId: string;
  brief: CampaignBrief;
  segment: Segment;
  documents: ContentDocument[];
  variants: Variant[];
  spend: ModelSpend;
  notApplied: string[];
  derivedFrom?: string;
  /** Set for a revision of one variant of an existing campaign. */
  revision?: { campaign: Campaign; review: VariantReview; etag: string; position: number; total: number };
}

/** Results of earlier steps of this turn, read by later ones (segment → retrieve → generate → screen). */
export interface TurnState {
  audience?: { args: Record<string, unknown>; segments: Segment[]; notApplied: string[] };
  retrieved?: { query: string; channel?: string; documents: ContentDocument[] };
  draft?: DraftInProgress;
  /** The campaign stored (or acted on) by this turn: "draft … and launch" launches it. */
  campaignId?: string;
  /** The id of the campaign this turn drafts, chosen before its first step so every step is in its chain. */
  chainCampaignId?: string;
  /** Model spend of the plan itself, charged to the campaign the turn drafts. */
  planSpend: ModelSpend;
}

/** What a tool sees while it runs: who asks, where, the services, the turn's state and an outlet. */
export interface TurnScope {
  readonly actor: Person;
  readonly conversationId: string;
  readonly services: TurnServices;
  readonly state: TurnState;
  /** The steps of this turn's plan, so a step knows whether a later one consumes its result. */
  readonly upcoming: readonly string[];
  readonly onProgress: ProgressListener | undefined;
  /** The language of the request: what a step tells the user (notes, errors) is written in it. */
  readonly language: ReplyLanguage;
  emit(outcome: TurnOutcome): void;
}
