import { formatCount, formatDay, formatPClause, formatPercent } from '../../text/numberFormat';
import type {
  Comparison,
  GuardrailCheck,
  Progress,
  Recommendation,
  SrmCheck,
} from '../../domain/experimentResults';
import { METRIC_LABELS } from '../../domain/experimentResults';

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

/** The rule every recommendation names, so a reader knows what "significant" meant. */
function ruleText(alpha: number): string {
  return `fixed-horizon rule: a variant ships when, at the planned sample, its click-rate lift is significant at α = ${alpha} after Holm correction`;
}

/** Which guardrails were checked and what they showed. */
function guardrailClause(guardrails: readonly GuardrailCheck[]): string {
  if (guardrails.length === 0) return 'guardrails (unsubscribe and complaint rates) not checked yet: no data';
  const degraded = guardrails.filter((check) => check.degraded);
  if (degraded.length === 0)
    return 'guardrails checked (unsubscribe and complaint rates, one-sided): no significant rise';
  return `guardrails checked (unsubscribe and complaint rates, one-sided): ${degraded
    .map((check) => `${check.label} raises the ${METRIC_LABELS[check.metric]}`)
    .join('; ')}`;
}

/**
 * ship / keep running / stop, as one sentence that names the rule and the guardrails it checked. Evaluated as a
 * fixed-horizon test (the CIs shown are fixed-horizon, so the decision waits for the planned sample):
 * 1. no data → keep running;
 * 2. sample-ratio mismatch → stop: the split is broken, no comparison can be trusted;
 * 3. every variant significantly degrades a guardrail → stop (at any time: harm does not wait);
 * 4. before the planned sample → keep running until the date the plan is reached at the current volume;
 * 5. at the plan: the variant with the largest significant click-rate lift (minimum data met) that degrades no
 *    guardrail → ship; otherwise stop and keep the business-as-usual message.
 */
export function recommend(input: DecisionInput): Recommendation {
  const { primary, guardrails, progress, alpha } = input;
  if (!input.hasData) {
    return {
      action: 'keep_running',
      reason:
        'Keep running: no engagement has been recorded yet; results appear once deliveries and clicks come in.',
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
    return {
      action: 'stop',
      reason: `Stop: ${details.join('; ')} significantly compared with control (guardrails are checked at any time, one-sided, because harm does not wait).`,
    };
  }
  const guardrailsChecked = guardrailClause(guardrails);
  if (!progress.complete) {
    const leader = bestWinner(primary, guardrails);
    const until = progress.estimatedCompletion
      ? ` until about ${formatDay(Date.parse(progress.estimatedCompletion))}, when the planned sample (${formatCount(progress.plannedPerArm)} recipients per arm) should be reached`
      : ` until the planned sample (${formatCount(progress.plannedPerArm)} recipients per arm; ${formatPercent(progress.fraction, 0)} so far) is reached`;
    const tooFew = primary.length > 0 && primary.every((comparison) => !comparison.enoughData);
    if (tooFew) return tooFewToCompare(primary, progress, alpha, guardrailsChecked);
    const lead = leader
      ? `${leader.label} is ahead (+${formatPercent(leader.lift ?? 0)} click rate) but the ${ruleText(alpha)}`
      : `no variant is reliably ahead yet; the ${ruleText(alpha)}`;
    const recommendation: Recommendation = {
      action: 'keep_running',
      reason: `Keep running${until}: ${lead}; ${guardrailsChecked}.`,
    };
    if (progress.estimatedCompletion) recommendation.estimatedCompletion = progress.estimatedCompletion;
    return recommendation;
  }
  const winner = bestWinner(primary, guardrails);
  if (winner) {
    const blocked = primary.filter(
      (comparison) =>
        comparison.enoughData &&
        comparison.significant &&
        comparison.difference > 0 &&
        degradedNames(guardrails, comparison.arm).length > 0,
    );
    const note =
      blocked.length > 0
        ? ` (${blocked.map((comparison) => comparison.label).join(', ')} also lifted clicks but hurt a guardrail)`
        : '';
    const lift =
      winner.scale === 'relative' && winner.lift !== null
        ? `by ${formatPercent(winner.lift)}`
        : `by ${formatPercent(winner.difference)} points`;
    return {
      action: 'ship',
      arm: winner.arm,
      label: winner.label,
      reason: `Ship ${winner.label}: it lifts click rate ${lift} over control at the planned sample (${ruleText(alpha)}); ${guardrailsChecked}${note}.`,
    };
  }
  if (primary.length > 0 && primary.every((comparison) => !comparison.enoughData)) {
    return {
      action: 'stop',
      reason: `Stop: the planned sample is reached but there is not enough data to compare the arms, so no variant can be shown to beat the business-as-usual message; keep the control or test with a larger audience (${guardrailsChecked}).`,
    };
  }
  const liftedButHarmful = primary.find(
    (comparison) =>
      comparison.enoughData &&
      comparison.significant &&
      comparison.difference > 0 &&
      degradedNames(guardrails, comparison.arm).length > 0,
  );
  if (liftedButHarmful) {
    return {
      action: 'stop',
      reason: `Stop: ${liftedButHarmful.label} lifts clicks but raises the ${degradedNames(guardrails, liftedButHarmful.arm).join(' and ')}; keep the business-as-usual message (${guardrailsChecked}).`,
    };
  }
  const allWorse =
    primary.length > 0 &&
    primary.every(
      (comparison) => comparison.enoughData && comparison.significant && comparison.difference < 0,
    );
  return {
    action: 'stop',
    reason: allWorse
      ? `Stop: every variant does worse than the business-as-usual message at the planned sample; keep the control (${guardrailsChecked}).`
      : `Stop: at the planned sample no variant beats the business-as-usual message reliably (${ruleText(alpha)}); keep the control or test bolder variants (${guardrailsChecked}).`,
  };
}

/**
 * Before the plan, with no comparison at its minimum data: keep running until the later of the plan's date
 * and the date the minimum is reached (the plan may be smaller than the minimum on a tiny audience).
 */
function tooFewToCompare(
  primary: readonly Comparison[],
  progress: Progress,
  alpha: number,
  guardrailsChecked: string,
): Recommendation {
  const needed = primary.map((comparison) => comparison.needed).filter((entry) => entry !== null);
  const morePerArm = Math.max(1, ...needed.map((entry) => entry.morePerArm));
  const dates = [progress.estimatedCompletion, ...needed.map((entry) => entry.by)].filter(
    (date): date is string => date !== null,
  );
  const latest = dates.sort().at(-1);
  const until = latest ? ` until about ${formatDay(Date.parse(latest))}` : '';
  const recommendation: Recommendation = {
    action: 'keep_running',
    reason: `Keep running${until}: not enough data yet to compare the arms — about ${formatCount(morePerArm)} more recipients per arm are needed (the plan: ${formatCount(progress.plannedPerArm)} per arm); the ${ruleText(alpha)}; ${guardrailsChecked}.`,
  };
  if (latest) recommendation.estimatedCompletion = latest;
  return recommendation;
}

/** The significant click-rate winner (minimum data met) with the largest lift among variants that hurt no guardrail. */
function bestWinner(
  primary: readonly Comparison[],
  guardrails: readonly GuardrailCheck[],
): Comparison | undefined {
  return primary
    .filter((comparison) => comparison.enoughData && comparison.significant && comparison.difference > 0)
    .filter((comparison) => degradedNames(guardrails, comparison.arm).length === 0)
    .sort((a, b) => b.difference - a.difference)[0];
}
