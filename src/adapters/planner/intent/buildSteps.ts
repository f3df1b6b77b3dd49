import type { PlanStep, PlanningContext } from '../../../ports/Planner';
import { findAudience, type Audience } from './audience';
import { CAMPAIGN_ID, findCampaignId } from './campaignIds';
import { detectChannel } from './channels';
import type { Classification, ExperimentAction } from './classifyIntent';
import { detectCopyLanguage, detectTone } from './copyStyle';
import { findDurations } from './durations';
import { findHoldout, findLift } from './experimentArgs';
import { detectGoal, goalForAudience } from './goals';
import { DRAFT_VERBS } from './intentLexicons';
import type { NormalizedUtterance } from './normalizeUtterance';
import { findTopic } from './topics';
import { findCountAfter, findVariantCount } from './variantCount';

/** The longest experiment run_experiment simulates or plans (days 1..90). */
export const MAX_EXPERIMENT_DAYS = 90;

/** Query used when a drafting request names no offer or theme: the goal, or the brand voice. */
const FALLBACK_QUERY = 'brand voice';

const step = (tool: string, args: Record<string, unknown>): PlanStep => ({ tool, args });

/** Drops undefined values so that optional arguments are absent, not `undefined`. */
function defined(args: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(args).filter(([, value]) => value !== undefined));
}

function segmentArgs(audience: Audience): Record<string, unknown> {
  return defined({
    cohort: audience.cohort,
    method: audience.method,
    inactiveDays: audience.inactiveDays,
    activeWithinDays: audience.activeWithinDays,
    minFrequency: audience.minFrequency,
    minMonetary: audience.minMonetary,
  });
}

function variantCountOf(text: string): number | undefined {
  const durations = findDurations(text);
  const counted = findVariantCount(text, durations);
  if (counted !== undefined) return counted;
  // "draft 3 for the VIPs": a bare number right after the drafting verb.
  for (const verb of DRAFT_VERBS.find(text)) {
    const count = findCountAfter(text, verb.end, durations);
    if (count !== undefined) return count;
  }
  return undefined;
}

function draftSteps(utterance: NormalizedUtterance, text: string): PlanStep[] {
  const audience = findAudience(text);
  const channel = detectChannel(text);
  const topic = findTopic(utterance, text);
  const goal = detectGoal(text, audience.cohort, audience.inactiveDays !== undefined);
  return [
    step('segment_customers', segmentArgs(audience)),
    step('retrieve_content', defined({ query: topic ?? goal ?? FALLBACK_QUERY, channel })),
    step(
      'generate_variants',
      defined({
        variants: variantCountOf(text),
        channel,
        goal,
        topic,
        tone: detectTone(text),
        language: detectCopyLanguage(text),
      }),
    ),
    step('screen_content', {}),
  ];
}

function campaignOf(text: string, context: PlanningContext): string | undefined {
  const named = findCampaignId(text);
  if (named !== undefined) return named;
  const current = context.currentCampaign?.trim().toLowerCase();
  return current !== undefined && CAMPAIGN_ID.test(current) ? current : undefined;
}

function experimentStep(text: string, action: ExperimentAction, context: PlanningContext): PlanStep {
  const duration = findDurations(text)[0];
  const days =
    duration === undefined
      ? undefined
      : Math.min(MAX_EXPERIMENT_DAYS, Math.max(1, Math.round(duration.days)));
  return step(
    'run_experiment',
    defined({
      campaign: campaignOf(text, context),
      action,
      days: action === 'power' && duration === undefined ? undefined : days,
      lift: findLift(text),
      holdout: findHoldout(text),
    }),
  );
}

/** Turns the classified intent into tool calls with the arguments the user stated. */
export function buildSteps(
  utterance: NormalizedUtterance,
  classification: Classification,
  context: PlanningContext = {},
): PlanStep[] {
  const { intent, instruction: text } = classification;
  switch (intent.kind) {
    case 'draft': {
      const steps = draftSteps(utterance, text);
      return intent.thenLaunch ? [...steps, experimentStep(text, 'launch', context)] : steps;
    }
    case 'segment':
      return [step('segment_customers', segmentArgs(findAudience(text)))];
    case 'retrieve': {
      const channel = detectChannel(text);
      const audience = findAudience(text);
      const query =
        findTopic(utterance, text) ??
        goalForAudience(audience.cohort, audience.inactiveDays !== undefined) ??
        retrievalFallback(utterance, text);
      return [step('retrieve_content', defined({ query, channel }))];
    }
    case 'screen':
      return [step('screen_content', defined({ text: intent.text }))];
    case 'experiment':
      return [experimentStep(text, intent.action, context)];
    case 'summarize':
      return [step('summarize_results', defined({ campaign: campaignOf(text, context) }))];
    case 'help':
      return [step('help', { reason: intent.reason })];
  }
}

/** Words that carry no search meaning in a retrieval request ("find approved content about …"). */
const RETRIEVAL_NOISE = new Set(
  `find search look up for show me list get retrieve fetch pull browse give any some all the a an our my we do does have
  is are there what which approved content contents assets asset please can you could would i to of on in
  with about current available existing library documents docs material materials
  finde suche zeig zeige mir gibt es haben wir die der das den inhalte inhalt freigegebene angebote bitte
  trouve cherche montre moi les des du de la le contenu contenus offres approuve approuves quels quelles avons nous
  busca encuentra muestra muestrame los las el contenido contenidos ofertas aprobado aprobados que tenemos hay
  busque encontre mostre me os as o conteudo conteudos aprovado aprovados quais temos
  want see need i'd like ver quero quiero veux voir je sehen mochte will ich da do das dos del campaign campaigns
  campanha campana campagne kampagne son sont sind sao are cuales cuais`.split(/\s+/),
);

/** The user's own content words of a retrieval request without a clear theme; "approved content" when none are left. */
function retrievalFallback(utterance: NormalizedUtterance, text: string): string {
  const words = [...text.matchAll(/[\p{L}\p{N}%'-]+/gu)]
    .filter((match) => !RETRIEVAL_NOISE.has(match[0]))
    .map((match) => utterance.originalSlice(match.index, match.index + match[0].length).toLowerCase());
  const query = words.join(' ').trim().slice(0, 200);
  return query === '' ? 'approved content' : query;
}
