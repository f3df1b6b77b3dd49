import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Channel } from '../../../domain/customer';
import type { GenerationRequest } from '../../../ports/LanguageModel';
import { configError } from '../../../shared/errors';

/** Repository-relative location of the prompt template. */
export const GENERATION_PROMPT_FILE = join('prompts', 'generate-variants.md');

const CHANNEL_RULES: Record<Channel, string> = {
  email:
    '- Give every variant a "subject" of at most 60 characters.\n- Body: a greeting with {{firstName}}, one short paragraph with the offer, the terms, and a sign-off.',
  sms: '- No subject.\n- At most 160 characters in total, including the placeholder.\n- Start with "Contoso Outfitters:" and end with "Reply STOP to opt out".',
  push: '- No subject.\n- At most 120 characters in total.\n- No opt-out line.',
};

/** Reads the template once at start-up (the composition root passes the text to the adapter). */
export async function loadGenerationPrompt(rootDir: string): Promise<string> {
  try {
    return await readFile(join(rootDir, GENERATION_PROMPT_FILE), 'utf8');
  } catch {
    throw configError(`The generation prompt ${GENERATION_PROMPT_FILE} is missing.`);
  }
}

/** Fills `[[name]]` slots; unknown slots are left visible so a broken template is noticed. */
export function renderSystemPrompt(template: string, request: GenerationRequest): string {
  const values: Record<string, string> = {
    variants: String(request.variants),
    channel: request.channel,
    goal: request.campaignGoal,
    tone: request.tone ?? 'brand default',
    language: request.language ?? 'en',
    channelRules: CHANNEL_RULES[request.channel],
  };
  return template.replace(/\[\[(\w+)\]\]/g, (slot, name: string) => values[name] ?? slot);
}

/** The user message: audience aggregates and the approved sources, as JSON data. */
export function renderUserMessage(request: GenerationRequest): string {
  return JSON.stringify({
    AUDIENCE: request.audience,
    SOURCES: request.sources.map((source) => ({
      id: source.id,
      title: source.title,
      kind: source.kind,
      validTo: source.validTo ?? null,
      body: source.body,
    })),
  });
}
