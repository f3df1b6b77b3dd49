import { CARD_VERBS } from '../domain/cardVerbs';
import { marketRule, type ApprovalPolicy } from '../governance/approvalPolicy';
import type { PeopleDirectory } from '../governance/peopleDirectory';
import type { RoleDirectory } from '../governance/roleDirectory';
import { invalidInput } from '../shared/errors';
import type { Person } from '../domain/campaign';
import type { CampaignRepository } from './campaignRepository';
import {
  CAMPAIGN_STATE_LABELS,
  CAMPAIGN_STATES,
  type CampaignState,
  type CampaignSummary,
} from './campaignState';
import type { ListCampaignsInput } from '../tools/inputs/campaignViewsInput';

export const PAGE_SIZE = 5;

export interface CampaignViewDependencies {
  campaigns: CampaignRepository;
  roles: RoleDirectory;
  policy: ApprovalPolicy;
  /** Display names of authors; the summary's stored name is used for people it has not seen. */
  people?: PeopleDirectory;
  clock?: () => Date;
}

/** A button on a list row or queue group: an `Action.Execute` with one of CARD_VERBS. */
export interface NextAction {
  title: string;
  verb: string;
  data: Record<string, string | number>;
}

export interface CampaignListItem {
  campaignId: string;
  state: CampaignState;
  stateLabel: string;
  authorName: string;
  market: string;
  /** "3 days ago". */
  age: string;
  topic: string;
  variants: number;
  /** "2 of 3 approved", "running", "decided: ship". */
  detail: string;
  actions: NextAction[];
}

export interface Paging {
  page: number;
  pageCount: number;
  total: number;
}

export interface CampaignListView extends Paging {
  filter: NonNullable<ListCampaignsInput['filter']>;
  items: CampaignListItem[];
  /** Shown when the list is empty. */
  empty: string;
}

export interface ReviewQueueGroup {
  campaignId: string;
  authorName: string;
  market: string;
  age: string;
  topic: string;
  variants: number;
  pending: number;
  actions: NextAction[];
}

export interface ReviewQueueView extends Paging {
  groups: ReviewQueueGroup[];
  empty: string;
}

const HOUR_MS = 3600 * 1000;
const DAY_MS = 24 * HOUR_MS;

/** "just now", "5 h ago", "3 days ago". */
export function ageText(createdAt: string, now: Date): string {
  const elapsed = Math.max(0, now.getTime() - Date.parse(createdAt));
  if (elapsed < HOUR_MS) return 'just now';
  if (elapsed < DAY_MS) return `${Math.floor(elapsed / HOUR_MS)} h ago`;
  const days = Math.floor(elapsed / DAY_MS);
  return `${days} day${days === 1 ? '' : 's'} ago`;
}

function pageOf<T>(items: readonly T[], page: number | undefined): { slice: T[] } & Paging {
  const requested = page ?? 1;
  if (!Number.isInteger(requested) || requested < 1)
    throw invalidInput('page: must be a whole number from 1');
  const pageCount = Math.max(1, Math.ceil(items.length / PAGE_SIZE));
  const current = Math.min(requested, pageCount);
  return {
    slice: items.slice((current - 1) * PAGE_SIZE, current * PAGE_SIZE),
    page: current,
    pageCount,
    total: items.length,
  };
}

/** Whether this person may decide on this campaign's variants now (approver, not the author, market rule). */
function canReview(deps: CampaignViewDependencies, user: Person, summary: CampaignSummary): boolean {
  if (summary.state !== 'in_review' || summary.authorId === user.id) return false;
  if (!deps.roles.has(user.id, 'approver')) return false;
  const rule = marketRule(deps.policy, summary.market);
  if (rule.approvers && !rule.approvers.has(user.id)) return false;
  return !summary.doneReviewers.includes(user.id);
}

function nextActions(deps: CampaignViewDependencies, user: Person, summary: CampaignSummary): NextAction[] {
  const data = { campaignId: summary.campaignId };
  const own = summary.authorId === user.id;
  switch (summary.state) {
    case 'in_review':
      if (canReview(deps, user, summary))
        return [{ title: 'Review variants', verb: CARD_VERBS.openVariants, data }];
      return own ? [{ title: 'Show variants', verb: CARD_VERBS.openVariants, data }] : [];
    case 'drafted':
      return own ? [{ title: 'Revise variants', verb: CARD_VERBS.openVariants, data }] : [];
    case 'approved':
      return deps.roles.has(user.id, 'marketer') ? [{ title: 'Launch', verb: CARD_VERBS.launch, data }] : [];
    case 'running':
    case 'decided':
      return [{ title: 'Show results', verb: CARD_VERBS.results, data }];
  }
}

function detailOf(summary: CampaignSummary): string {
  switch (summary.state) {
    case 'in_review':
      return `${summary.approved} of ${summary.variants - summary.blocked} approved, ${summary.pending} waiting`;
    case 'drafted':
      return summary.rejected > 0
        ? `${summary.rejected} rejected: revise and resubmit`
        : 'no variant passed the safety screen';
    case 'approved':
      return `${summary.approved} approved: ready to launch`;
    case 'running':
      return 'experiment running';
    case 'decided':
      return summary.decision === 'ship' ? 'decided: ship the winner' : 'decided: keep the control';
  }
}

async function authorNames(
  deps: CampaignViewDependencies,
  summaries: readonly CampaignSummary[],
): Promise<Map<string, string>> {
  const stored = new Map(summaries.map((summary) => [summary.authorId, summary.authorName]));
  if (!deps.people) return stored;
  return deps.people.namesOf(stored.keys(), (id) => stored.get(id) ?? id);
}

/** The campaigns waiting for this person: reviews they can do, their own drafts to revise or launch. */
async function waitingFor(deps: CampaignViewDependencies, user: Person): Promise<CampaignSummary[]> {
  const reviews = deps.roles.has(user.id, 'approver')
    ? (await deps.campaigns.summariesInStates(['in_review'])).filter((summary) =>
        canReview(deps, user, summary),
      )
    : [];
  const own = (await deps.campaigns.summariesByAuthor(user.id)).filter(
    (summary) => summary.state === 'drafted' || summary.state === 'approved',
  );
  const seen = new Set<string>();
  return [...reviews, ...own].filter(
    (summary) => !seen.has(summary.campaignId) && seen.add(summary.campaignId),
  );
}

const EMPTY: Record<CampaignListView['filter'], string> = {
  mine: "You haven't drafted a campaign yet.",
  running: 'No experiment is running.',
  waiting: 'Nothing is waiting for you.',
  all: 'No campaigns yet.',
};

/**
 * "show me my campaigns" / "what's running?" / "what's waiting for me?": one page of campaign summaries with
 * state, author, age and the next actions this person can take. Reads the state and author indexes only.
 */
export async function listCampaigns(
  deps: CampaignViewDependencies,
  request: { user: Person; filter?: ListCampaignsInput['filter']; page?: number },
): Promise<CampaignListView> {
  const filter = request.filter ?? 'all';
  let summaries: CampaignSummary[];
  if (filter === 'mine') summaries = await deps.campaigns.summariesByAuthor(request.user.id);
  else if (filter === 'running') summaries = await deps.campaigns.summariesInStates(['running']);
  else if (filter === 'waiting') summaries = await waitingFor(deps, request.user);
  else summaries = await deps.campaigns.summariesInStates(CAMPAIGN_STATES);
  const { slice, ...paging } = pageOf(summaries, request.page);
  const names = await authorNames(deps, slice);
  const now = (deps.clock ?? (() => new Date()))();
  return {
    filter,
    ...paging,
    empty: EMPTY[filter],
    items: slice.map((summary) => ({
      campaignId: summary.campaignId,
      state: summary.state,
      stateLabel: CAMPAIGN_STATE_LABELS[summary.state],
      authorName: names.get(summary.authorId) ?? summary.authorName,
      market: summary.market ?? 'All markets',
      age: ageText(summary.createdAt, now),
      topic: summary.topic,
      variants: summary.variants,
      detail: detailOf(summary),
      actions: nextActions(deps, request.user, summary),
    })),
  };
}

/**
 * The approver's queue: campaigns in review this person may decide on (not their own, their markets, not
 * already approved by them), oldest first so nothing waits forever, one group per campaign.
 */
export async function reviewQueue(
  deps: CampaignViewDependencies,
  request: { approver: Person; page?: number },
): Promise<ReviewQueueView> {
  const isApprover = deps.roles.has(request.approver.id, 'approver');
  const summaries = isApprover
    ? (await deps.campaigns.summariesInStates(['in_review']))
        .filter((summary) => canReview(deps, request.approver, summary))
        .reverse()
    : [];
  const { slice, ...paging } = pageOf(summaries, request.page);
  const names = await authorNames(deps, slice);
  const now = (deps.clock ?? (() => new Date()))();
  return {
    ...paging,
    empty: isApprover
      ? 'Nothing is waiting for your review.'
      : 'Only approvers have a review queue. Ask an admin to add you to the approvers list.',
    groups: slice.map((summary) => ({
      campaignId: summary.campaignId,
      authorName: names.get(summary.authorId) ?? summary.authorName,
      market: summary.market ?? 'All markets',
      age: ageText(summary.createdAt, now),
      topic: summary.topic,
      variants: summary.variants,
      pending: summary.pending,
      actions: [
        {
          title: `Open ${summary.pending} variant${summary.pending === 1 ? '' : 's'}`,
          verb: CARD_VERBS.openVariants,
          data: { campaignId: summary.campaignId },
        },
      ],
    })),
  };
}
