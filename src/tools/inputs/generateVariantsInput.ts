import { z } from 'zod';
import { campaignIdSchema } from '../../domain/campaignId';
import { CHANNELS } from '../../domain/customer';

export const generateVariantsInput = z
  .object({
    variants: z.number().int().min(1).max(10).optional().describe('How many variants to draft (1-10).'),
    channel: z.enum(CHANNELS).optional().describe('Delivery channel: email, sms or push.'),
    goal: z
      .string()
      .min(1)
      .max(60)
      .optional()
      .describe(
        'Campaign goal: win-back, promotion, welcome, loyalty, announcement, re-engagement, cross-sell.',
      ),
    topic: z.string().min(1).max(200).optional().describe('Offer or theme to promote, e.g. "spring sale".'),
    tone: z.string().min(1).max(40).optional().describe('Tone of voice, e.g. friendly, urgent.'),
    language: z.string().min(2).max(10).optional().describe('Language of the copy, e.g. en, de.'),
    basedOn: campaignIdSchema
      .optional()
      .describe(
        'Follow-up on an existing campaign (usually the current one): its brief fills every argument not given here.',
      ),
    reviseVariant: z
      .number()
      .int()
      .min(1)
      .max(10)
      .optional()
      .describe('With basedOn: revise only this variant (1-based, "the second one" → 2).'),
    instruction: z
      .string()
      .min(1)
      .max(200)
      .optional()
      .describe(
        'What to change in a revision, in a few words: "shorter", "more playful", "mention the deadline".',
      ),
  })
  .strict();

export type GenerateVariantsInput = z.infer<typeof generateVariantsInput>;
