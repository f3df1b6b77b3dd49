import { z } from 'zod';
import { CHANNELS } from '../../domain/customer';

export const generateVariantsInput = z
  .object({
    variants: z.number().int().min(1).max(10).optional(),
    channel: z.enum(CHANNELS).optional(),
    /** Campaign goal: win-back, promotion, welcome, loyalty, announcement, re-engagement, cross-sell. */
    goal: z.string().min(1).max(60).optional(),
    /** Offer or theme to promote, e.g. "spring sale". */
    topic: z.string().min(1).max(200).optional(),
    tone: z.string().min(1).max(40).optional(),
    language: z.string().min(2).max(10).optional(),
  })
  .strict();

export type GenerateVariantsInput = z.infer<typeof generateVariantsInput>;
