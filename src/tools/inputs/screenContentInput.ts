import { z } from 'zod';

export const screenContentInput = z
  .object({
    variantIds: z
      .array(z.string().min(1))
      .max(50)
      .optional()
      .describe('Variant ids to screen; all drafted variants of the campaign when absent.'),
    text: z
      .string()
      .min(1)
      .max(20000)
      .optional()
      .describe('Free text to screen (e.g. "is this copy OK: ...").'),
  })
  .strict();

export type ScreenContentInput = z.infer<typeof screenContentInput>;
