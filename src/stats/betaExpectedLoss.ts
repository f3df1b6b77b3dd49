import { z } from 'zod';
import { binomialPosterior, probabilityBetaGreater } from './betaChanceToWin';
import { parseArgs } from './validation';
import { proportionSampleSchema, type ProportionSample } from './twoProportionTest';

/**
 * Expected loss of shipping the treatment B instead of the control A, E[max(p_A − p_B, 0)], for Beta
 * posteriors Beta(1 + conversions, 1 + users − conversions) — exact, via size-biased Betas:
 *   E[p_A·1{p_A > p_B}] = μ_A·P(Beta(α_A+1, β_A) > p_B),   μ = α/(α+β), so
 *   loss_B = μ_A·P(Beta(α_A+1, β_A) > Beta(α_B, β_B)) − μ_B·P(Beta(α_A, β_A) > Beta(α_B+1, β_B)).
 * The loss of keeping the control is the same with A and B swapped (`lossOfControl`). Both probabilities
 * are exact sums (see `probabilityBetaGreater`), so the difference is accurate to ~1e-10 absolute.
 */
export function binomialExpectedLoss(args: { control: ProportionSample; treatment: ProportionSample }): {
  lossOfTreatment: number;
  lossOfControl: number;
} {
  const { control, treatment } = parseArgs(
    z.object({ control: proportionSampleSchema, treatment: proportionSampleSchema }),
    args,
    'binomialExpectedLoss',
  );
  const a = binomialPosterior(control);
  const b = binomialPosterior(treatment);
  return { lossOfTreatment: lossOfChoosingSecond(a, b), lossOfControl: lossOfChoosingSecond(b, a) };
}

/** E[max(p_first − p_second, 0)] for p_first ~ Beta(first), p_second ~ Beta(second). */
function lossOfChoosingSecond(
  first: { alpha: number; beta: number },
  second: { alpha: number; beta: number },
): number {
  const meanFirst = first.alpha / (first.alpha + first.beta);
  const meanSecond = second.alpha / (second.alpha + second.beta);
  const loss =
    meanFirst * probabilityBetaGreater({ alpha: first.alpha + 1, beta: first.beta }, second) -
    meanSecond * probabilityBetaGreater(first, { alpha: second.alpha + 1, beta: second.beta });
  return Math.max(0, loss);
}
