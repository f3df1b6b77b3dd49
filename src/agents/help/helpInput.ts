import { z } from 'zod';

export const helpInput = z
  .object({
    /** Why help was chosen: greeting, out_of_scope, unclear, empty, explicit. */
    reason: z.enum(['greeting', 'out_of_scope', 'unclear', 'empty', 'explicit']).optional(),
  })
  .strict();

export type HelpInput = z.infer<typeof helpInput>;
