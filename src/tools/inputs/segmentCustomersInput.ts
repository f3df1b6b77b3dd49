import { z } from 'zod';
import { CHANNELS, LIFECYCLE_STAGES } from '../../domain/customer';

export const segmentCustomersInput = z
  .object({
    inactiveDays: z
      .number()
      .int()
      .min(0)
      .max(3650)
      .optional()
      .describe(
        'Customers whose last purchase is at least this many days ago ("haven\'t bought in 3 months" → 90).',
      ),
    activeWithinDays: z
      .number()
      .int()
      .min(0)
      .max(3650)
      .optional()
      .describe('Customers active within this many days.'),
    method: z.enum(['rfm', 'behavior', 'attributes']).optional().describe('Segmentation method.'),
    cohort: z
      .string()
      .min(1)
      .max(40)
      .optional()
      .describe('Named cohort: vip, loyal, new, at_risk, lapsed, churned, big_spenders, one_time.'),
    lifecycleStage: z.enum(LIFECYCLE_STAGES).optional().describe('Lifecycle stage filter.'),
    region: z.string().min(1).max(40).optional().describe('Region filter, e.g. EMEA.'),
    channel: z.enum(CHANNELS).optional().describe('Only customers opted in to this channel.'),
    minMonetary: z.number().min(0).optional().describe('Minimum spend in the last 12 months.'),
    minFrequency: z.number().int().min(0).optional().describe('Minimum orders in the last 12 months.'),
    unsupported: z
      .array(z.string().min(1).max(120))
      .max(10)
      .optional()
      .describe(
        'Audience conditions the user stated that no other field can express, in their words (e.g. "bought boots"); they are reported as not applied, never dropped silently.',
      ),
  })
  .strict();

export type SegmentCustomersInput = z.infer<typeof segmentCustomersInput>;
