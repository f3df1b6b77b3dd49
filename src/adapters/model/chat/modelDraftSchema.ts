import { z } from 'zod';

/** The JSON the prompt asks for; anything else is rejected rather than guessed at. */
export const modelDraftsSchema = z.object({
  variants: z
    .array(
      z.object({
        subject: z.string().trim().max(200).nullable(),
        body: z.string().trim().min(1).max(5000),
        citations: z
          .array(z.object({ id: z.string().min(1).max(200), quote: z.string().max(2000) }))
          .min(1, 'every variant must cite at least one source'),
      }),
    )
    .min(1)
    .max(20),
  notes: z.array(z.string().max(300)).max(10),
});

export type ModelDrafts = z.infer<typeof modelDraftsSchema>;

/**
 * The same shape as a strict JSON Schema for structured output: every property required, no additional
 * properties, optional values as null (what strict mode demands).
 */
export const MODEL_DRAFTS_JSON_SCHEMA: Record<string, unknown> = {
  type: 'object',
  additionalProperties: false,
  required: ['variants', 'notes'],
  properties: {
    variants: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['subject', 'body', 'citations'],
        properties: {
          subject: { type: ['string', 'null'], description: 'Email subject; null for SMS and push.' },
          body: { type: 'string' },
          citations: {
            type: 'array',
            items: {
              type: 'object',
              additionalProperties: false,
              required: ['id', 'quote'],
              properties: {
                id: { type: 'string', description: 'Id of the source document.' },
                quote: { type: 'string', description: 'The exact text of the source that backs the claim.' },
              },
            },
          },
        },
      },
    },
    notes: {
      type: 'array',
      description: 'Requests you could not honour with the sources or the audience, one short sentence each.',
      items: { type: 'string' },
    },
  },
};
