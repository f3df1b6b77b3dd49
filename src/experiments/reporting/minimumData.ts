import type { MinimumDataSettings } from '../definition/experimentSettings';
import type { Comparison } from '../../domain/experimentResults';

const DAY_MS = 24 * 3600 * 1000;

/** The counts a comparison's minimum-data verdict rests on. */
export interface ComparisonCounts {
  events: number;
  referenceEvents: number;
  recipients: number;
  referenceRecipients: number;
}

/** How fast recipients arrive, to date the moment the minimum is met. */
export interface Pace {
  /** Recipients per message arm per day (null when it cannot be told). */
  dailyPerArm: number | null;
  /** Epoch ms of the last event. */
  lastEventAt: number | null;
}

export function hasMinimumData(counts: ComparisonCounts, settings: MinimumDataSettings): boolean {
  return (
    Math.min(counts.recipients, counts.referenceRecipients) >= settings.minRecipientsPerArm &&
    counts.events + counts.referenceEvents >= settings.minEventsTotal
  );
}

/**
 * About how many more recipients per arm the minimum needs: enough recipients, and enough events at the
 * pooled rate seen so far (the planning rate while nothing has happened yet).
 */
export function moreRecipientsPerArm(
  counts: ComparisonCounts,
  settings: MinimumDataSettings,
  fallbackRate: number,
): number {
  const recipients = counts.recipients + counts.referenceRecipients;
  const events = counts.events + counts.referenceEvents;
  const rate = events > 0 && recipients > 0 ? events / recipients : fallbackRate;
  const forEvents = rate > 0 ? Math.ceil(settings.minEventsTotal / (2 * rate)) : settings.minRecipientsPerArm;
  const required = Math.max(settings.minRecipientsPerArm, forEvents);
  return Math.max(0, required - Math.min(counts.recipients, counts.referenceRecipients));
}

/**
 * A relative interval is usable when both arms have enough events and its lower bound stays above −100 %
 * (a rate cannot fall by more than all of it; the delta method can say so on tiny or zero counts).
 */
export function relativeUsable(
  comparison: Pick<Comparison, 'lift' | 'liftCi'>,
  counts: ComparisonCounts,
  settings: MinimumDataSettings,
): boolean {
  return (
    comparison.lift !== null &&
    comparison.liftCi !== null &&
    comparison.liftCi[0] > -1 &&
    Math.min(counts.events, counts.referenceEvents) >= settings.minEventsForRelative
  );
}

/** The comparison with its minimum-data verdict, display scale and (below the minimum) what is still needed. */
export function withMinimumData(
  comparison: Comparison,
  settings: MinimumDataSettings,
  fallbackRate: number,
  pace: Pace,
): Comparison {
  const enoughData = hasMinimumData(comparison, settings);
  const scale = enoughData && relativeUsable(comparison, comparison, settings) ? 'relative' : 'absolute';
  let needed: Comparison['needed'] = null;
  if (!enoughData) {
    const morePerArm = moreRecipientsPerArm(comparison, settings, fallbackRate);
    const by =
      pace.dailyPerArm !== null && pace.dailyPerArm > 0 && pace.lastEventAt !== null
        ? new Date(pace.lastEventAt + (morePerArm / pace.dailyPerArm) * DAY_MS).toISOString()
        : null;
    needed = { morePerArm, by };
  }
  return { ...comparison, enoughData, scale, needed };
}
