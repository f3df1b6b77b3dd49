import type { PlanStep, PlanningContext } from '../../../ports/Planner';
import { findAudience } from './audience';
import { findRegion, findUnsupportedConditions } from './audienceLimits';
import { CAMPAIGN_ID, findCampaignId } from './campaignIds';
import { detectChannel } from './channels';
import { detectCopyLanguage, detectTone } from './copyStyle';
import { findDurations } from './durations';
import { findHoldout, findLift } from './experimentArgs';
import { findRevision } from './followUp';
import { detectGoal, goalForAudience } from './goals';
import type { IntentLabel } from './intentLabels';
import { findListFilter } from './listFilter';
import { detectRequestLanguage } from './requestLanguage';
import { findScreenPayload } from './screenPayload';
import { findTopic, type TopicSource } from './topics';
import { findVariantCount } from './variantCount';

/** The longest experiment run_experiment simulates or plans (days 1..90). */
export const MAX_EXPERIMENT_DAYS = 90;

/** Query used when a drafting request names no offer or theme and no goal: the brand voice. */
const FALLBACK_QUERY = 'brand voice';

/** The request as the extractors read it (see src/text/foldForMatching.ts). */
export interface RequestText extends TopicSource {
  /** Case and accents kept (texts to screen). */
  readonly clean: string;
  /** Lower case, accents kept. */
  readonly folded: string;
  /** `folded` without accents, same length. */
  readonly matched: string;
}

const step = (tool: string, args: Record<string, unknown>): PlanStep => ({ tool, args });

/** Drops undefined values so that optional arguments are absent, not `undefined`. */
function defined(args: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(args).filter(([, value]) => value !== undefined));
}

/** "draft 3 for the VIPs": a bare count right after a drafting verb, when no "3 emails" says it. */
const COUNT_AFTER_VERB =
  /(?<![a-z])(?:draft|write|create|generate|make|give me|prepare|schreib\w*|erstelle\w*|entwirf|redige\w*|ecris|cree|propose|redacta|escribe|crea|haz|redija|escreva|crie|faca)\s+(?<count>\d{1,2})(?!\s*(?:%|days?|weeks?|months?|tage|jours|dias))/;

function variantCountOf(matched: string): number | undefined {
  const counted = findVariantCount(matched, findDurations(matched));
  if (counted !== undefined) return counted;
  const bare = COUNT_AFTER_VERB.exec(matched)?.groups?.count;
  return bare === undefined ? undefined : Math.min(10, Math.max(1, Number(bare)));
}

/** The copy language: asked for explicitly ("in German"), else the language of the request when it is not English. */
function languageOf(text: RequestText): string | undefined {
  const asked = detectCopyLanguage(text.matched);
  if (asked !== undefined) return asked;
  const written = detectRequestLanguage(text.folded);
  return written === 'en' ? undefined : written;
}

function segmentStep(matched: string): PlanStep {
  const audience = findAudience(matched);
  const unsupported = findUnsupportedConditions(matched);
  return step(
    'segment_customers',
    defined({
      cohort: audience.cohort,
      method: audience.method,
      inactiveDays: audience.inactiveDays,
      activeWithinDays: audience.activeWithinDays,
      minFrequency: audience.minFrequency,
      minMonetary: audience.minMonetary,
      region: findRegion(matched),
      unsupported: unsupported.length === 0 ? undefined : unsupported,
    }),
  );
}

function draftSteps(text: RequestText, basedOn?: string): PlanStep[] {
  const { matched } = text;
  const audience = findAudience(matched);
  const channel = detectChannel(matched);
  const topic = findTopic(text);
  const goal =
    basedOn === undefined
      ? detectGoal(matched, audience.cohort, audience.inactiveDays !== undefined)
      : undefined;
  const revision = basedOn === undefined ? {} : findRevision(matched);
  return [
    segmentStep(matched),
    step('retrieve_content', defined({ query: topic ?? goal ?? FALLBACK_QUERY, channel })),
    step(
      'generate_variants',
      defined({
        // "2案目を…" names which variant to revise, not how many to write.
        variants: revision.variant === undefined ? variantCountOf(matched) : undefined,
        channel,
        goal,
        topic,
        tone: basedOn === undefined ? detectTone(matched) : undefined,
        language: languageOf(text),
        basedOn,
        reviseVariant: revision.variant,
        instruction: revision.instruction,
      }),
    ),
    step('screen_content', {}),
  ];
}

/** The campaign a request names, else the conversation's current one. */
export function campaignOf(matched: string, context: PlanningContext): string | undefined {
  const named = findCampaignId(matched);
  if (named !== undefined) return named;
  return currentCampaignOf(context);
}

export function currentCampaignOf(context: PlanningContext): string | undefined {
  const current = context.currentCampaign?.trim().toLowerCase();
  return current !== undefined && CAMPAIGN_ID.test(current) ? current : undefined;
}

function experimentStep(
  matched: string,
  action: 'launch' | 'simulate' | 'power',
  context: PlanningContext,
): PlanStep {
  const duration = findDurations(matched)[0];
  const days =
    duration === undefined
      ? undefined
      : Math.min(MAX_EXPERIMENT_DAYS, Math.max(1, Math.round(duration.days)));
  return step(
    'run_experiment',
    defined({
      campaign: campaignOf(matched, context),
      action,
      days,
      lift: findLift(matched),
      holdout: findHoldout(matched),
    }),
  );
}

/** "show me my campaigns" → mine, "what's running?" → running… */
const LIST_FILTERS = {
  list_mine: 'mine',
  list_running: 'running',
  list_waiting: 'waiting',
  list_all: 'all',
} as const;

/** Out-of-scope text that is not language at all ("asdfgh", "'; DROP TABLE"): unclear rather than out of scope. */
function helpReasonOf(matched: string): 'out_of_scope' | 'unclear' {
  const latinWords = matched.match(/[a-z]{2,}/g) ?? [];
  const japanese = matched.match(/[\u3040-\u30ff\u4e00-\u9fff]/gu) ?? [];
  const withVowels = latinWords.filter((word) => /[aeiouy]/.test(word)).length;
  const looksLikeLanguage =
    matched.length <= 600 &&
    (japanese.length >= 3 || (latinWords.length >= 2 && withVowels >= latinWords.length * 0.8));
  return looksLikeLanguage ? 'out_of_scope' : 'unclear';
}

/**
 * Turns the model's label into tool calls with the arguments the user stated. A revision needs the
 * conversation's current campaign; without one it returns undefined and the planner asks.
 */
export function buildSteps(
  label: IntentLabel,
  text: RequestText,
  context: PlanningContext = {},
): PlanStep[] | undefined {
  const { matched } = text;
  switch (label) {
    case 'draft':
      return draftSteps(text);
    case 'draft_launch':
      return [...draftSteps(text), experimentStep(matched, 'launch', context)];
    case 'revise': {
      const current = currentCampaignOf(context);
      return current === undefined ? undefined : draftSteps(text, current);
    }
    case 'segment':
      return [segmentStep(matched)];
    case 'retrieve': {
      const audience = findAudience(matched);
      const query =
        findTopic(text) ??
        goalForAudience(audience.cohort, audience.inactiveDays !== undefined) ??
        'approved content';
      return [step('retrieve_content', defined({ query, channel: detectChannel(matched) }))];
    }
    case 'screen':
      return [step('screen_content', defined({ text: findScreenPayload(text.clean) }))];
    case 'launch':
    case 'simulate':
    case 'power':
      return [experimentStep(matched, label, context)];
    case 'summarize':
      return [step('summarize_results', defined({ campaign: campaignOf(matched, context) }))];
    case 'review_queue':
      return [step('review_queue', {})];
    case 'list_mine':
    case 'list_running':
    case 'list_waiting':
    case 'list_all':
      return [step('list_campaigns', { filter: findListFilter(matched) ?? LIST_FILTERS[label] })];
    case 'greeting':
      return [step('help', { reason: 'greeting' })];
    case 'help':
      return [step('help', { reason: 'explicit' })];
    case 'out_of_scope':
      return [step('help', { reason: helpReasonOf(matched) })];
  }
}
