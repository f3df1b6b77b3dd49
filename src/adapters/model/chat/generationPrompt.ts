import type { Channel } from '../../../domain/customer';
import type { GenerationRequest } from '../../../ports/LanguageModel';
import { fillSlots } from '../../llm/promptFile';

const CHANNEL_RULES: Record<Channel, string> = {
  email:
    '- Give every variant a "subject" of at most 60 characters.\n- Body: a greeting with {{firstName}}, one short paragraph with the offer, the terms, and a sign-off.',
  sms: '- "subject" is null.\n- At most 160 characters in total, including the placeholder.\n- Start with "Contoso Outfitters:" and end with "Reply STOP to opt out".',
  push: '- "subject" is null.\n- At most 120 characters in total.\n- No opt-out line.',
};

/** Longest voice guide put into the system prompt. */
const MAX_VOICE_CHARS = 4000;

/** The system prompt: the template with the request's settings and the brand voice guide. */
export function renderSystemPrompt(template: string, request: GenerationRequest): string {
  return fillSlots(template, {
    variants: String(request.revise === undefined ? request.variants : 1),
    channel: request.channel,
    goal: request.campaignGoal,
    tone: request.tone ?? 'brand default',
    language: request.language ?? 'en',
    channelRules: CHANNEL_RULES[request.channel],
    voiceGuide: (request.voiceGuide ?? 'Warm, practical and encouraging; plain words.').slice(
      0,
      MAX_VOICE_CHARS,
    ),
  });
}

/**
 * The user message: audience aggregates, approved sources and, for a revision, the copy to change, as
 * delimited JSON data. Nothing here identifies a customer: the audience is a segment's aggregates.
 */
export function renderUserMessage(request: GenerationRequest): string {
  const data = {
    AUDIENCE: request.audience,
    SOURCES: request.sources.map((source) => ({
      id: source.id,
      title: source.title,
      kind: source.kind,
      validTo: source.validTo ?? null,
      body: source.body,
    })),
    ...(request.revise === undefined
      ? {}
      : {
          REVISE: {
            subject: request.revise.subject ?? null,
            body: request.revise.body,
            instruction: request.revise.instruction,
          },
        }),
  };
  return `<data>\n${JSON.stringify(data)}\n</data>`;
}
