import type { Citation, ContentDocument } from '../../domain/content';
import type { Channel } from '../../domain/customer';
import type { Variant } from '../../domain/variant';
import type { GenerationRequest } from '../../ports/LanguageModel';
import { servesChannel } from '../../content/contentValidity';
import { foldText } from '../../content/multilingualQueryTerms';
import { AppError } from '../../shared/errors';
import { translatorFor } from '../../text/messages/messages';
import { audienceProfileOf } from './audienceProfile';
import { campaignGoalFor } from './campaignGoalFor';
import type { GenerationContext } from './generationContext';
import type { GenerateVariantsInput } from '../../tools/inputs/generateVariantsInput';

export interface GenerationOutcome {
  variants: Variant[];
  goal: string;
  channel: Channel;
  usage: { promptTokens: number; completionTokens: number };
  /** Model calls and their cost in US dollars (0 offline). */
  calls: number;
  costUsd: number;
  prompt?: { id: string; version: number };
  /** Things the user should know, e.g. the channel is not reachable for this segment. */
  warnings: string[];
}

const DEFAULT_VARIANTS = 3;

function chooseChannel(input: GenerateVariantsInput, context: GenerationContext): Channel {
  return input.channel ?? context.defaultChannel ?? context.segment.reachableChannels[0] ?? 'email';
}

/** Puts documents mentioning the topic first, keeping retrieval order otherwise. */
function orderByTopic(sources: readonly ContentDocument[], topic: string | undefined): ContentDocument[] {
  if (topic === undefined) return [...sources];
  const words = foldText(topic)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 2);
  const mentions = (document: ContentDocument): number => {
    const haystack = foldText(`${document.title} ${document.tags.join(' ')}`);
    return words.filter((word) => haystack.includes(word)).length;
  };
  return sources
    .map((document, position) => ({ document, position, score: mentions(document) }))
    .sort((a, b) => b.score - a.score || a.position - b.position)
    .map((entry) => entry.document);
}

/**
 * Drafts message variants for a segment through the `LanguageModel` port. The model sees the
 * segment's aggregates and the approved sources only; citations that do not point at a source
 * are dropped (and reported), so every variant is traceable to approved content.
 */
export async function generateVariants(
  input: GenerateVariantsInput,
  context: GenerationContext,
): Promise<GenerationOutcome> {
  const channel = chooseChannel(input, context);
  const warnings: string[] = [];
  const language = context.replyLanguage ?? 'en';
  const t = translatorFor(language);
  if (context.sources.length === 0) {
    throw new AppError('INVALID_INPUT', t('generation.noSources'), { language });
  }
  const sources = orderByTopic(
    context.sources.filter((document) => servesChannel(document, channel)),
    input.topic,
  );
  if (sources.length === 0) {
    throw new AppError('INVALID_INPUT', t('generation.noChannelSources', { channel }), { language });
  }
  const { segment } = context;
  if (segment.size > 0 && !segment.reachableChannels.includes(channel)) {
    warnings.push(t('generation.noOptIn', { segment: segment.name, channel }));
  }
  const goal = input.goal ?? campaignGoalFor(segment);
  const request: GenerationRequest = {
    campaignGoal: goal,
    channel,
    variants: input.variants ?? DEFAULT_VARIANTS,
    audience: audienceProfileOf(segment),
    sources,
  };
  if (input.tone !== undefined) request.tone = input.tone;
  if (input.language !== undefined) request.language = input.language;
  if (context.voiceGuide !== undefined) request.voiceGuide = context.voiceGuide;
  if (context.revise !== undefined) request.revise = context.revise;
  if (context.budgetUsd !== undefined) request.budgetUsd = context.budgetUsd;

  const result = await context.languageModel.generate(request);
  if (
    input.language !== undefined &&
    !/^en\b/i.test(input.language) &&
    context.languageModel.id.startsWith('template')
  ) {
    warnings.push(t('generation.englishOnly', { language: languageName(input.language, language) }));
  }
  const known = new Map(sources.map((document) => [document.id, document]));
  const variants = result.drafts.map((draft, index): Variant => {
    const citations: Citation[] = draft.citations.filter((citation) => known.has(citation.id));
    if (citations.length < draft.citations.length) {
      warnings.push(t('generation.citationsRemoved', { position: index + 1 }));
    }
    const variant: Variant = {
      id: context.variantId(index),
      campaignId: context.campaignId,
      segmentId: segment.id,
      channel,
      body: draft.body,
      citations,
      generator: draft.generator,
    };
    if (channel === 'email' && draft.subject !== undefined) variant.subject = draft.subject;
    return variant;
  });
  warnings.push(...result.notes);
  if (request.revise === undefined && variants.length < request.variants) {
    warnings.push(t('generation.fewer', { drafted: variants.length, requested: request.variants }));
  }
  return {
    variants,
    goal,
    channel,
    usage: result.usage,
    calls: result.calls,
    costUsd: result.costUsd,
    ...(result.prompt === undefined ? {} : { prompt: result.prompt }),
    warnings,
  };
}

/** "de" as the reader calls it ("Deutsch", "allemand"); English replies keep the code as written. */
function languageName(code: string, reader: string): string {
  if (reader === 'en') return code;
  try {
    return new Intl.DisplayNames([reader], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}
