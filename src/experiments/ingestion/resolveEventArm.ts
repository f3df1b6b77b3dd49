import { findArm, type ExperimentDefinition } from '../definition/experimentDefinition';
import { MESSAGE_EVENT_TYPES } from '../definition/engagementType';
import type { EngagementEvent } from './engagementRecord';

/** Events this long before the launch are refused: they belong to something else (or a clock is wrong). */
const BEFORE_LAUNCH_TOLERANCE_MS = 24 * 3600 * 1000;

export type ArmResolution = { ok: true; arm: string } | { ok: false; error: string };

/**
 * Checks an event against its experiment: the campaign must be launched, the arm one of its arms (by key or
 * variant id, any case), the event possible for that arm (the holdout is never messaged, message arms are
 * never held out) and not from before the launch.
 */
export function resolveEventArm(
  definition: ExperimentDefinition | undefined,
  event: EngagementEvent,
): ArmResolution {
  if (!definition) return { ok: false, error: `campaign: "${event.campaignId}" has no launched experiment` };
  const arm = findArm(definition, event.arm);
  if (!arm) {
    return {
      ok: false,
      error: `arm: is not an arm of campaign "${definition.campaignId}" (${definition.arms.map((candidate) => candidate.key).join(', ')})`,
    };
  }
  if (arm.kind === 'holdout' && MESSAGE_EVENT_TYPES.has(event.type)) {
    return { ok: false, error: `type: the holdout gets no message, so it cannot have ${event.type} events` };
  }
  if (arm.kind !== 'holdout' && event.type === 'held_out') {
    return { ok: false, error: `type: held_out events belong to the holdout arm, not ${arm.key}` };
  }
  if (event.at < Date.parse(definition.launchedAt) - BEFORE_LAUNCH_TOLERANCE_MS) {
    return {
      ok: false,
      error: `timestamp: is before the experiment was launched (${definition.launchedAt.slice(0, 10)})`,
    };
  }
  return { ok: true, arm: arm.key };
}
