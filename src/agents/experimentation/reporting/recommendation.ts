import { formatDay, formatPClause, formatPercent } from '../experiments/numberFormat';
import type { Comparison, GuardrailCheck, Progress, Recommendation, SrmCheck } from './experimentResults';
import { METRIC_LABELS } from './experimentResults';

export interface DecisionInput {
  hasData: boolean;
  srm: SrmCheck | null;
  primary: readonly Comparison[];
  guardrails: readonly GuardrailCheck[];
  progress: Progress;
  alpha: number;
}

function degradedNames(guardrails: readonly GuardrailCheck[], arm: string): string[] {
  return guardrails
    .filter((check) => check.arm === arm && check.degraded)
    .map((check) => METRIC_LABELS[check.metric]);
}

/**
 * ship / keep running / stop, evaluated as a fixed-horizon test (the CIs shown are fixed-horizon, so the
 * decision waits for the planned sample — peeking at interim results does not change it):
 * 1. no data → keep running;
 * 2. sample-ratio mismatch → stop: the split is broken, no comparison can be trusted;
 * 3. every variant significantly degrades a guardrail → stop (at any time: harm does not wait);
 * 4. before the planned sample → keep running, with the date the plan is reached at the current volume;
 * 5. at the plan: the variant with the largest significant click-rate lift that degrades no guardrail → ship;
 *    otherwise stop and keep the business-as-usual message (no variant reliably better, or all worse).
 */
export function recommend(input: DecisionInput): Recommendation {
  const { primary, guardrails, progress } = input;
  if (!input.hasData) {
    return {
      action: 'keep_running',
      reason: 'No engagement has been recorded yet; results appear once deliveries and clicks come in.',
    };
  }
  if (input.srm?.mismatch) {
    return {
      action: 'stop',
      reason: `Stop and investigate: the arms' sizes do not match the planned split (sample ratio mismatch, ${formatPClause(input.srm.pValue)}), so assignment or tracking is broken and these results cannot be trusted.`,
    };
  }
  const harmed = primary.filter((comparison) => degradedNames(guardrails, comparison.arm).length > 0);
  if (primary.length > 0 && harmed.length === primary.length) {
    const details = harmed.map(
      (comparison) =>
        `${comparison.label} raises the ${degradedNames(guardrails, comparison.arm).join(' and ')}`,
    );
    return { action: 'stop', reason: `Stop: ${details.join('; ')} significantly compared with control.` };
  }
  if (!progress.complete) {
    const leader = bestWinner(primary, guardrails);
    const when = progress.estimatedCompletion
      ? ` The planned sample (${progress.plannedPerArm.toLocaleString('en-US')} recipients per arm) should be reached around ${formatDay(Date.parse(progress.estimatedCompletion))}.`
      : ` ${formatPercent(progress.fraction, 0)} of the planned sample so far.`;
    const lead = leader
      ? `${leader.label} is ahead (+${formatPercent(leader.lift ?? 0)} click rate), but the test has not reached its planned sample.`
      : 'Not enough data yet to call a winner.';
    const recommendation: Recommendation = { action: 'keep_running', reason: `Keep running. ${lead}${when}` };
    if (progress.estimatedCompletion) recommendation.estimatedCompletion = progress.estimatedCompletion;
    return recommendation;
  }
  const winner = bestWinner(primary, guardrails);
  if (winner) {
    const blocked = primary.filter(
      (comparison) =>
        comparison.significant &&
        (comparison.lift ?? 0) > 0 &&
        degradedNames(guardrails, comparison.arm).length > 0,
    );
    const note =
      blocked.length > 0
        ? ` (${blocked.map((comparison) => comparison.label).join(', ')} also lifted clicks but hurt a guardrail)`
        : '';
    return {
      action: 'ship',
      arm: winner.arm,
      label: winner.label,
      reason: `Ship ${winner.label}: it lifts click rate by ${formatPercent(winner.lift ?? 0)} over control at the planned sample, with no guardrail regression${note}.`,
    };
  }
  const liftedButHarmful = primary.find(
    (comparison) =>
      comparison.significant &&
      (comparison.lift ?? 0) > 0 &&
      degradedNames(guardrails, comparison.arm).length > 0,
  );
  if (liftedButHarmful) {
    return {
      action: 'stop',
      reason: `Stop: ${liftedButHarmful.label} lifts clicks but raises the ${degradedNames(guardrails, liftedButHarmful.arm).join(' and ')}; keep the business-as-usual message.`,
    };
  }
  const allWorse =
    primary.length > 0 && primary.every((comparison) => comparison.significant && (comparison.lift ?? 0) < 0);
  return {
    action: 'stop',
    reason: allWorse
      ? 'Stop: every variant does worse than the business-as-usual message; keep the control.'
      : 'Stop: at the planned sample no variant beats the business-as-usual message reliably; keep the control (or test bolder variants).',
  };
}

/** The significant click-rate winner with the largest lift among variants that hurt no guardrail. */
function bestWinner(
  primary: readonly Comparison[],
  guardrails: readonly GuardrailCheck[],
): Comparison | undefined {
  return primary
    .filter((comparison) => comparison.significant && (comparison.lift ?? comparison.difference) > 0)
    .filter((comparison) => degradedNames(guardrails, comparison.arm).length === 0)
    .sort((a, b) => (b.lift ?? b.difference) - (a.lift ?? a.difference))[0];
}
