import { z } from 'zod';
import { CHANNELS, LIFECYCLE_STAGES } from '../../domain/customer';

export const segmentCustomersInput = z
  .object({
    /** Customers whose last purchase is at least this many days ago ("haven't bought in 3 months" → 90). */
    inactiveDays: z.number().int().min(0).max(3650).optional(),
    /** Customers active within this many days. */
    activeWithinDays: z.number().int().min(0).max(3650).optional(),
    method: z.enum(['rfm', 'behavior', 'attributes']).optional(),
    /** Named cohort: vip, loyal, new, at_risk, lapsed, churned, big_spenders, one_time. */
    cohort: z.string().min(1).max(40).optional(),
    lifecycleStage: z.enum(LIFECYCLE_STAGES).optional(),
    region: z.string().min(1).max(40).optional(),
    channel: z.enum(CHANNELS).optional(),
    minMonetary: z.number().min(0).optional(),
    minFrequency: z.number().int().min(0).optional(),
  })
  .strict();

export type SegmentCustomersInput = z.infer<typeof segmentCustomersInput>;
