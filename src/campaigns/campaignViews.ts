import { CARD_VERBS } from '../domain/cardVerbs';
import { marketRule, type ApprovalPolicy } from '../governance/approvalPolicy';
import type { PeopleDirectory } from '../governance/peopleDirectory';
import type { RoleDirectory } from '../governance/roleDirectory';
import { invalidInput } from '../shared/errors';
import type { Person } from '../domain/campaign';
import type { CampaignRepository } from './campaignRepository';
import { CAMPAIGN_STATES, type CampaignState, type CampaignSummary } from './campaignState';
import type { ListCampaignsInput } from '../tools/inputs/campaignViewsInput';
import { translatorFor, type ReplyLanguage, type Translate } from '../text/messages/messages';

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

/** "just now", "5 h ago", "3 days ago" (in the reader's language). */
export function ageText(createdAt: string, now: Date, language: ReplyLanguage = 'en'): string {
  const t = translatorFor(language);
  const elapsed = Math.max(0, now.getTime() - Date.parse(createdAt));
  if (elapsed < HOUR_MS) return t('views.ageNow');
  if (elapsed < DAY_MS) return t('views.ageHours', { count: Math.floor(elapsed / HOUR_MS) });
  return t('views.ageDays', { count: Math.floor(elapsed / DAY_MS) });
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

function nextActions(
  deps: CampaignViewDependencies,
  user: Person,
  summary: CampaignSummary,
  t: Translate,
): NextAction[] {
  const data = { campaignId: summary.campaignId };
  const own = summary.authorId === user.id;
  switch (summary.state) {
    case 'in_review':
      if (canReview(deps, user, summary))
        return [{ title: t('views.actions.review'), verb: CARD_VERBS.openVariants, data }];
      return own ? [{ title: t('views.actions.show'), verb: CARD_VERBS.openVariants, data }] : [];
    case 'drafted':
      return own ? [{ title: t('views.actions.revise'), verb: CARD_VERBS.openVariants, data }] : [];
    case 'approved':
      return deps.roles.has(user.id, 'marketer')
        ? [{ title: t('views.actions.launch'), verb: CARD_VERBS.launch, data }]
        : [];
    case 'running':
    case 'decided':
      return [{ title: t('views.actions.results'), verb: CARD_VERBS.results, data }];
  }
}

function detailOf(summary: CampaignSummary, t: Translate): string {
  switch (summary.state) {
    case 'in_review':
      return t('views.details.inReview', {
        approved: summary.approved,
        eligible: summary.variants - summary.blocked,
        pending: summary.pending,
      });
    case 'drafted':
      return summary.rejected > 0
        ? t('views.details.rejected', { rejected: summary.rejected })
        : t('views.details.noPass');
    case 'approved':
      return t('views.details.approved', { approved: summary.approved });
    case 'running':
      return t('views.details.running');
    case 'decided':
      return summary.decision === 'ship' ? t('views.details.ship') : t('views.details.keep');
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

/**
 * "show me my campaigns" / "what's running?" / "what's waiting for me?": one page of campaign summaries with
 * state, author, age and the next actions this person can take. Reads the state and author indexes only.
 */
export async function listCampaigns(
  deps: CampaignViewDependencies,
  request: { user: Person; filter?: ListCampaignsInput['filter']; page?: number; language?: ReplyLanguage },
): Promise<CampaignListView> {
  const language = request.language ?? 'en';
  const t = translatorFor(language);
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
    empty: t(`views.empty.${filter}`),
    items: slice.map((summary) => ({
      campaignId: summary.campaignId,
      state: summary.state,
      stateLabel: t(`views.states.${summary.state}`),
      authorName: names.get(summary.authorId) ?? summary.authorName,
      market: summary.market ?? t('views.allMarkets'),
      age: ageText(summary.createdAt, now, language),
      topic: summary.topic,
      variants: summary.variants,
      detail: detailOf(summary, t),
      actions: nextActions(deps, request.user, summary, t),
    })),
  };
}

/**
 * The approver's queue: campaigns in review this person may decide on (not their own, their markets, not
 * already approved by them), oldest first so nothing waits forever, one group per campaign.
 */
export async function reviewQueue(
  deps: CampaignViewDependencies,
  request: { approver: Person; page?: number; language?: ReplyLanguage },
): Promise<ReviewQueueView> {
  const language = request.language ?? 'en';
  const t = translatorFor(language);
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
    empty: isApprover ? t('views.empty.queue') : t('views.empty.notApprover'),
    groups: slice.map((summary) => ({
      campaignId: summary.campaignId,
      authorName: names.get(summary.authorId) ?? summary.authorName,
      market: summary.market ?? t('views.allMarkets'),
      age: ageText(summary.createdAt, now, language),
      topic: summary.topic,
      variants: summary.variants,
      pending: summary.pending,
      actions: [
        {
          title: t('views.actions.open', { count: summary.pending }),
          verb: CARD_VERBS.openVariants,
          data: { campaignId: summary.campaignId },
        },
      ],
    })),
  };
}
