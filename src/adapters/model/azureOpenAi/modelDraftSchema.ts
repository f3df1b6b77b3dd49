import { z } from 'zod';

/** The JSON the prompt asks for; anything else is rejected rather than guessed at. */
export const modelDraftsSchema = z.object({
  variants: z
    .array(
      z.object({
        subject: z.string().trim().min(1).max(200).optional(),
        body: z.string().trim().min(1).max(5000),
        citations: z
          .array(z.object({ id: z.string().min(1).max(200), quote: z.string().max(2000).optional() }))
          .min(1, 'every variant must cite at least one source'),
      }),
    )
    .min(1)
    .max(20),
});

export type ModelDrafts = z.infer<typeof modelDraftsSchema>;
