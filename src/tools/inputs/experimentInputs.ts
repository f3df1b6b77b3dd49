import { z } from 'zod';
import { campaignIdSchema } from '../../domain/campaignId';

const campaignId = campaignIdSchema;

export const runExperimentInput = z
  .object({
    campaign: campaignId.optional(),
    action: z.enum(['launch', 'simulate', 'power']).optional(),
    holdout: z.boolean().optional(),
    days: z.number().int().min(1).max(90).optional(),
    lift: z.number().min(-1).max(10).optional(),
    baseline: z
      .number()
      .gt(0)
      .lt(1)
      .optional()
      .describe('Control click rate to plan or simulate with (default: the configured planning rate).'),
  })
  .strict();

export const summarizeResultsInput = z
  .object({
    campaign: campaignId.optional(),
  })
  .strict();

export type RunExperimentInput = z.infer<typeof runExperimentInput>;
export type SummarizeResultsInput = z.infer<typeof summarizeResultsInput>;
