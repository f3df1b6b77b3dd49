import { z } from 'zod';

/** `review_queue`: the approver's queue of variants waiting for a decision. */
export const reviewQueueInput = z.object({}).strict();

/** `list_campaigns`: campaigns with their state; `filter` narrows the list. */
export const listCampaignsInput = z
  .object({
    filter: z
      .enum(['mine', 'running', 'waiting', 'all'])
      .optional()
      .describe(
        "mine: the user's own campaigns; running: launched experiments; waiting: waiting for the user's action; all (default).",
      ),
  })
  .strict();

export type ReviewQueueInput = z.infer<typeof reviewQueueInput>;
export type ListCampaignsInput = z.infer<typeof listCampaignsInput>;
