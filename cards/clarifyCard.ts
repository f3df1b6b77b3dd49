import { card, type AdaptiveCard } from './adaptiveCard';

/** The key of an Action.Submit payload that carries a suggested plan back to the bot. */
export const PLAN_CHOICE_KEY = 'cpoPlan';

export interface ClarifyCardInput {
  question: string;
  /** Each suggestion becomes a button; pressing it sends the plan's steps back as the message value. */
  choices: ReadonlyArray<{
    label: string;
    steps: ReadonlyArray<{ tool: string; args: Record<string, unknown> }>;
  }>;
  /** The language of the request, carried back with the chosen plan so its replies stay in it. */
  language?: string;
}

/** One question with up to three suggested actions, instead of a guess. */
export function buildClarifyCard(input: ClarifyCardInput): AdaptiveCard {
  const choices = input.choices.slice(0, 3);
  return card([{ type: 'TextBlock', text: input.question, wrap: true }], {
    ...(choices.length === 0
      ? {}
      : {
          actions: choices.map((choice) => ({
            type: 'Action.Submit',
            title: choice.label,
            data: {
              [PLAN_CHOICE_KEY]: {
                steps: choice.steps,
                ...(input.language === undefined ? {} : { language: input.language }),
              },
            },
          })),
        }),
  });
}
