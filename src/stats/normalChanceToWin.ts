import { z } from 'zod';
import { normalCdf } from './distributions';
import { finiteNumber, nonNegativeNumber } from './schemas';
import { parseArgs } from './validation';

const normalChanceArgs = z.object({ difference: finiteNumber, standardError: nonNegativeNumber });

/**
 * Chance to win for a mean metric: P(μ_B − μ_A > 0) under the normal approximation of the difference
 * (flat prior), Φ(d/SE). Zero SE: 1 if d > 0, 0 if d < 0, ½ if d = 0.
 */
export function normalChanceToWin(args: { difference: number; standardError: number }): number {
  const { difference, standardError } = parseArgs(normalChanceArgs, args, 'normalChanceToWin');
  if (standardError === 0) return difference > 0 ? 1 : difference < 0 ? 0 : 0.5;
  return normalCdf(difference / standardError);
}
