import { card, type AdaptiveCard } from './adaptiveCard';
import { translatorFor, type ReplyLanguage } from '../src/text/messages/messages';
import { isToolName } from '../src/text/messages/toolLabel';

export interface HelpCardInput {
  /** Why help is shown: a greeting, an unclear request, something out of scope, or an explicit ask. */
  reason: 'greeting' | 'out_of_scope' | 'unclear' | 'empty' | 'explicit' | 'not_available';
  /** Extra sentence, e.g. which capability is not available yet. */
  note?: string;
  /**
   * What each tool does, from the tool registry (label and description; with its name, the description is
   * told in the reply's language).
   */
  capabilities?: ReadonlyArray<{ name?: string; label: string; description: string }>;
  /** The language of the request (English by default). */
  language?: ReplyLanguage;
}

const EXAMPLES = [
  ['draftTitle', 'draft'],
  ['segmentsTitle', 'segments'],
  ['contentTitle', 'content'],
  ['checkTitle', 'check'],
  ['experimentsTitle', 'experiments'],
] as const;

/** What the bot can do, with example requests; shown for greetings, unclear and out-of-scope messages. */
export function buildHelpCard(input: HelpCardInput): AdaptiveCard {
  const language = input.language ?? 'en';
  const t = translatorFor(language);
  // English keeps the registry's own descriptions; other languages tell them from the catalog.
  const describe = (tool: { name?: string; description: string }): string =>
    language !== 'en' && tool.name !== undefined && isToolName(tool.name)
      ? t(`help.capabilities.${tool.name}`)
      : tool.description;
  return card([
    {
      type: 'TextBlock',
      text: t(`help.intros.${input.reason}`),
      weight: 'Bolder',
      size: 'Medium',
      wrap: true,
    },
    ...(input.note ? [{ type: 'TextBlock', text: input.note, wrap: true }] : []),
    { type: 'TextBlock', text: t('help.youCanAsk'), wrap: true },
    {
      type: 'FactSet',
      facts: EXAMPLES.map(([title, value]) => ({
        title: t(`help.examples.${title}`),
        value: t(`help.examples.${value}`),
      })),
    },
    ...(input.capabilities === undefined || input.capabilities.length === 0
      ? []
      : [
          {
            type: 'TextBlock',
            text: input.capabilities.map((tool) => `- ${describe(tool)}`).join('\n'),
            wrap: true,
            isSubtle: true,
            spacing: 'Small',
          },
        ]),
    {
      type: 'TextBlock',
      text: t('help.languages'),
      isSubtle: true,
      wrap: true,
    },
  ]);
}
