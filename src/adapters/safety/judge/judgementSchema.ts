import { z } from 'zod';
import { SAFETY_CATEGORIES } from '../../../domain/variant';

const categoryJudgement = z.object({
  severity: z.number().int().min(0).max(7),
  span: z.string().max(1000),
  reason: z.string().max(500),
});

/** One text's judgement: for each category a severity 0–7, the words it refers to and why. */
export const textJudgementSchema = z.object({
  id: z.string().min(1).max(200),
  hate: categoryJudgement,
  violence: categoryJudgement,
  selfHarm: categoryJudgement,
  sexual: categoryJudgement,
});

/** The JSON the safety-judge prompt asks for; anything else is an invalid answer (review). */
export const judgementsSchema = z.object({ judgements: z.array(textJudgementSchema).max(100) });

export type TextJudgement = z.infer<typeof textJudgementSchema>;
export type CategoryJudgement = z.infer<typeof categoryJudgement>;

const CATEGORY_JSON_SCHEMA = {
  type: 'object',
  additionalProperties: false,
  required: ['severity', 'span', 'reason'],
  properties: {
    // enum rather than minimum/maximum: strict structured output rejects range keywords on some models.
    severity: { type: 'integer', enum: [0, 1, 2, 3, 4, 5, 6, 7], description: 'Severity on the 0–7 scale.' },
    span: { type: 'string', description: 'The exact words the severity refers to, or "" at severity 0.' },
    reason: { type: 'string', description: 'One short sentence, or "" at severity 0.' },
  },
};

/** The same shape as a strict JSON Schema: every property required, no additional properties. */
export const JUDGEMENTS_JSON_SCHEMA: Record<string, unknown> = {
  type: 'object',
  additionalProperties: false,
  required: ['judgements'],
  properties: {
    judgements: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['id', ...SAFETY_CATEGORIES],
        properties: {
          id: { type: 'string', description: 'The id of the judged text, as given.' },
          ...Object.fromEntries(SAFETY_CATEGORIES.map((category) => [category, CATEGORY_JSON_SCHEMA])),
        },
      },
    },
  },
};
