import { z } from 'zod';

export const helpInput = z
  .object({
    reason: z
      .enum(['greeting', 'out_of_scope', 'unclear', 'empty', 'explicit'])
      .optional()
      .describe('Why help was chosen: greeting, out_of_scope, unclear, empty, explicit.'),
  })
  .strict();

export type HelpInput = z.infer<typeof helpInput>;
