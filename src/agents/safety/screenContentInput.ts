import { z } from 'zod';

export const screenContentInput = z
  .object({
    /** Variant ids to screen; all drafted variants of the campaign when absent. */
    variantIds: z.array(z.string().min(1)).max(50).optional(),
    /** Free text to screen (e.g. "is this copy OK: ..."). */
    text: z.string().min(1).max(20000).optional(),
  })
  .strict();

export type ScreenContentInput = z.infer<typeof screenContentInput>;
