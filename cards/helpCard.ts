import { card, type AdaptiveCard } from './adaptiveCard';

export interface HelpCardInput {
  /** Why help is shown: a greeting, an unclear request, something out of scope, or an explicit ask. */
  reason: 'greeting' | 'out_of_scope' | 'unclear' | 'empty' | 'explicit' | 'not_available';
  /** Extra sentence, e.g. which capability is not available yet. */
  note?: string;
  /** What each tool does, from the tool registry (label and description). */
  capabilities?: ReadonlyArray<{ label: string; description: string }>;
}

const INTROS: Record<HelpCardInput['reason'], string> = {
  greeting: "Hi! I'm the Customer Personalization Orchestrator.",
  out_of_scope: "That's outside what I can help with.",
  unclear: "I'm not sure what you'd like me to do.",
  empty: 'Your message was empty.',
  explicit: 'Here is what I can do.',
  not_available: "I can't do that yet.",
};

const EXAMPLES = [
  [
    'Draft a campaign',
    'Draft a win-back email for customers who haven’t bought in 90 days, promote the spring sale, 3 variants',
  ],
  ['Explore segments', 'Show me the VIP customers · Who has been inactive for 6 months?'],
  ['Find approved content', 'Find approved content about free shipping'],
  ['Check copy', 'Is this copy safe: “Last chance: 20% off everything”'],
  [
    'Experiments',
    'Launch the experiment for campaign spring-winback · How is the spring-winback test doing?',
  ],
] as const;

/** What the bot can do, with example requests; shown for greetings, unclear and out-of-scope messages. */
export function buildHelpCard(input: HelpCardInput): AdaptiveCard {
  return card([
    { type: 'TextBlock', text: INTROS[input.reason], weight: 'Bolder', size: 'Medium', wrap: true },
    ...(input.note ? [{ type: 'TextBlock', text: input.note, wrap: true }] : []),
    { type: 'TextBlock', text: 'You can ask me, in your own words:', wrap: true },
    {
      type: 'FactSet',
      facts: EXAMPLES.map(([title, value]) => ({ title, value })),
    },
    ...(input.capabilities === undefined || input.capabilities.length === 0
      ? []
      : [
          {
            type: 'TextBlock',
            text: input.capabilities.map((tool) => `- ${tool.description}`).join('\n'),
            wrap: true,
            isSubtle: true,
            spacing: 'Small',
          },
        ]),
    {
      type: 'TextBlock',
      text: 'I understand English, Deutsch, Français, Español, Português and 日本語.',
      isSubtle: true,
      wrap: true,
    },
  ]);
}
