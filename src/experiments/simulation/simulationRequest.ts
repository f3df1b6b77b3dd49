import { z } from 'zod';
import { invalidInput } from '../../shared/errors';
import { formatZodError } from '../../shared/zodMessage';

/** Largest simulated audience: keeps one run within seconds and one batch write. */
export const MAX_SIMULATED_USERS = 2_000_000;

const simulationRequestSchema = z
  .object({
    campaignId: z.string().min(1, 'is required'),
    /** Days the simulated sends and engagement are spread over. */
    days: z.number().int('must be a whole number').min(1, 'must be at least 1').max(90, 'must be at most 90'),
    /** True relative lift of every variant's click rate over the control's. */
    lift: z.number().finite().min(-1, 'must be at least -1').max(10, 'must be at most 10'),
    /** The control's true click rate (default: the rate planned at launch). */
    baseline: z
      .number()
      .gt(0, 'must be between 0 and 1 (exclusive)')
      .lt(1, 'must be between 0 and 1 (exclusive)')
      .optional(),
    seed: z.number().int('must be a whole number').min(0, 'must not be negative').optional(),
    /** Recipients to simulate (default: the launched audience size). */
    users: z
      .number()
      .int('must be a whole number')
      .min(1, 'must be at least 1')
      .max(MAX_SIMULATED_USERS)
      .optional(),
    /** Share of control recipients wrongly sent the first variant: a broken assignment, to trigger the SRM check. */
    skew: z.number().min(0, 'must be between 0 and 1').max(1, 'must be between 0 and 1').optional(),
    /** Relative change of the variants' unsubscribe and complaint rates (guardrail regression), default 0. */
    guardrailLift: z.number().finite().min(-1).max(100).optional(),
  })
  .strict();

export type SimulationRequest = z.infer<typeof simulationRequestSchema>;

/** Validates a simulation request; INVALID_INPUT names each failing field. */
export function parseSimulationRequest(value: unknown): SimulationRequest {
  const result = simulationRequestSchema.safeParse(value);
  if (!result.success) throw invalidInput(formatZodError(result.error));
  return result.data;
}
