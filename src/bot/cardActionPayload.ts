import { z } from 'zod';
import { CARD_VERBS } from '../../cards/adaptiveCard';

const ids = {
  campaignId: z
    .string()
    .min(1)
    .max(100)
    .regex(/^[a-z0-9][a-z0-9-_]*$/),
  variantId: z
    .string()
    .min(1)
    .max(100)
    .regex(/^[A-Za-z0-9][A-Za-z0-9-_]*$/),
};

/** The `value` of an `adaptiveCard/action` invoke for our verbs; anything else is rejected with a 400. */
export const cardActionPayload = z.object({
  action: z.object({
    type: z.literal('Action.Execute'),
    verb: z.enum([CARD_VERBS.approve, CARD_VERBS.reject, CARD_VERBS.refresh, CARD_VERBS.edit]),
    data: z
      .object({
        ...ids,
        reason: z.string().max(40).optional(),
        comment: z.string().max(2000).optional(),
        subject: z.string().max(200).optional(),
        body: z.string().max(4000).optional(),
      })
      .passthrough(),
  }),
});

export type CardActionPayload = z.infer<typeof cardActionPayload>;
