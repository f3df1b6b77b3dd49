import type { EngagementType } from '../definition/engagementType';
import type { GridEvent } from './eventGridEnvelope';
import { isMachineOpen } from './machineOpen';

export const ACS_DELIVERY_REPORT = 'Microsoft.Communication.EmailDeliveryReportReceived';
export const ACS_ENGAGEMENT_REPORT = 'Microsoft.Communication.EmailEngagementTrackingReportReceived';

/** An ACS email event mapped to our vocabulary, still keyed by the ACS message id. */
export interface AcsEngagement {
  messageId: string;
  type: EngagementType;
  at: number;
  machineOpen: boolean;
}

export type AcsMapping =
  | { kind: 'engagement'; engagement: AcsEngagement }
  /** A valid event we do not count (a bounce, another event type). */
  | { kind: 'ignored'; reason: string }
  | { kind: 'invalid'; error: string };

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function timeOf(primary: unknown, fallback: string | undefined): number | undefined {
  for (const candidate of [primary, fallback]) {
    if (typeof candidate === 'string') {
      const ms = Date.parse(candidate);
      if (Number.isFinite(ms)) return ms;
    }
  }
  return undefined;
}

/**
 * Maps Azure Communication Services Email events:
 * - EmailDeliveryReportReceived with status `Delivered` → delivered (Failed, Bounced, Suppressed,
 *   FilteredSpam, Quarantined, Expanded are not deliveries and are ignored);
 * - EmailEngagementTrackingReportReceived `view` → open (machine open when the user agent says so,
 *   see machineOpen.ts), `click` → click.
 * ACS has no conversion, unsubscribe or complaint events; those come in through `cpo import-events`.
 * The recipient address is never read.
 */
export function mapAcsEmailEvent(event: GridEvent, where: string): AcsMapping {
  if (event.type !== ACS_DELIVERY_REPORT && event.type !== ACS_ENGAGEMENT_REPORT) {
    return { kind: 'ignored', reason: `event type ${event.type}` };
  }
  if (!isObject(event.data)) return { kind: 'invalid', error: `${where}.data: must be an object` };
  const { data } = event;
  const messageId = data.messageId;
  if (typeof messageId !== 'string' || messageId.trim() === '') {
    return { kind: 'invalid', error: `${where}.data.messageId: is required` };
  }
  if (event.type === ACS_DELIVERY_REPORT) {
    if (typeof data.status !== 'string')
      return { kind: 'invalid', error: `${where}.data.status: is required` };
    if (data.status.toLowerCase() !== 'delivered')
      return { kind: 'ignored', reason: `delivery status ${data.status}` };
    const at = timeOf(data.deliveryAttemptTimeStamp, event.time);
    if (at === undefined)
      return { kind: 'invalid', error: `${where}.data.deliveryAttemptTimeStamp: is not a date` };
    return {
      kind: 'engagement',
      engagement: { messageId: messageId.trim(), type: 'delivered', at, machineOpen: false },
    };
  }
  const engagementType =
    typeof data.engagementType === 'string' ? data.engagementType.toLowerCase() : undefined;
  if (engagementType !== 'view' && engagementType !== 'click') {
    return { kind: 'invalid', error: `${where}.data.engagementType: must be "view" or "click"` };
  }
  const at = timeOf(data.userActionTimeStamp, event.time);
  if (at === undefined) return { kind: 'invalid', error: `${where}.data.userActionTimeStamp: is not a date` };
  const userAgent = typeof data.userAgent === 'string' ? data.userAgent : undefined;
  return {
    kind: 'engagement',
    engagement: {
      messageId: messageId.trim(),
      type: engagementType === 'view' ? 'open' : 'click',
      at,
      machineOpen: engagementType === 'view' && isMachineOpen(undefined, userAgent),
    },
  };
}
