import { z } from 'zod';
import { CHANNELS } from '../../domain/customer';

export const retrieveContentInput = z
  .object({
    query: z
      .string()
      .min(1)
      .max(500)
      .describe('What to look for: offer, product, theme ("spring sale", "free shipping").'),
    channel: z.enum(CHANNELS).optional(),
    top: z.number().int().min(1).max(20).optional(),
  })
  .strict();

export type RetrieveContentInput = z.infer<typeof retrieveContentInput>;
