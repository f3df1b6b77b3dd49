import type { Pseudonymizer } from '../../privacy/pseudonymizer';
import { ENGAGEMENT_TYPES, type EngagementType } from '../definition/engagementType';
import { customerKeyOf } from './customerRef';
import { engagementTypeOf, type EngagementField } from './engagementFields';
import { idText } from './idField';
import { isMachineOpen } from './machineOpen';

/** One engagement event as read from a file, before its campaign and arm are checked against a definition. */
export interface EngagementEvent {
  campaignId: string;
  /** Arm key or variant id as written in the source. */
  arm: string;
  /** HMAC digest of the customer's pseudonym (hex): the distinct-customer key, never the id itself. */
  customerHash: string;
  type: EngagementType;
  /** Epoch milliseconds. */
  at: number;
  /** Conversion revenue (0 for other events). */
  revenue: number;
  machineOpen: boolean;
  segment?: string;
}

export type RecordResult = { ok: true; event: EngagementEvent } | { ok: false; error: string };

const CAMPAIGN_ID = /^[a-z0-9][a-z0-9_-]{0,79}$/;
const SEGMENT = /^[\p{L}\p{N}][\p{L}\p{N} _.&/-]{0,39}$/u;
/** Epoch numbers below this are seconds, above it milliseconds (1e11 s is the year 5138). */
const SECONDS_LIMIT = 1e11;
const EARLIEST = Date.UTC(2000, 0, 1);
const FUTURE_TOLERANCE_MS = 24 * 3600 * 1000;
const TYPE_LIST = ENGAGEMENT_TYPES.join(', ');

const isBlank = (value: unknown): boolean =>
  value === undefined || value === null || (typeof value === 'string' && value.trim() === '');

function text(value: unknown): string | undefined {
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return undefined;
}

function parseTimestamp(value: unknown, now: number): number | string {
  let ms: number;
  if (typeof value === 'number' || (typeof value === 'string' && /^\s*\d+(\.\d+)?\s*$/.test(value))) {
    const number = Number(value);
    ms = number < SECONDS_LIMIT ? number * 1000 : number;
  } else if (typeof value === 'string') {
    ms = Date.parse(value.trim());
  } else {
    return 'timestamp: is required (ISO 8601 or epoch seconds/milliseconds)';
  }
  if (!Number.isFinite(ms)) return 'timestamp: is not a date (use ISO 8601 or epoch seconds/milliseconds)';
  if (ms < EARLIEST) return 'timestamp: is before the year 2000';
  if (ms > now + FUTURE_TOLERANCE_MS) return 'timestamp: is in the future';
  return Math.round(ms);
}

function parseBoolean(value: unknown): boolean | undefined | 'invalid' {
  if (isBlank(value)) return undefined;
  if (typeof value === 'boolean') return value;
  const normalized = String(value).trim().toLowerCase();
  if (['true', '1', 'yes', 'y'].includes(normalized)) return true;
  if (['false', '0', 'no', 'n'].includes(normalized)) return false;
  return 'invalid';
}

function parseRevenue(value: unknown): number | string {
  if (isBlank(value)) return 0;
  const number = typeof value === 'number' ? value : Number(String(value).trim());
  if (!Number.isFinite(number) || number < 0) return 'revenue: must be a number ≥ 0';
  return number;
}

/**
 * Validates one row (CSV columns or JSON properties, read through `field`). Error messages name the field
 * and never echo customer data: only campaign ids (which are not personal) are quoted back.
 */
export function parseEngagementRecord(
  field: (name: EngagementField) => unknown,
  pseudonymizer: Pseudonymizer,
  now: number,
): RecordResult {
  const campaign = idText('campaign', field('campaign'));
  if (!campaign.ok) return campaign;
  const campaignText = campaign.value.toLowerCase();
  if (!CAMPAIGN_ID.test(campaignText)) {
    return { ok: false, error: 'campaign: is not a campaign id (lower-case letters, digits, - and _)' };
  }
  const armText = idText('arm', field('arm'), ' (arm key or variant id)');
  if (!armText.ok) return armText;
  const arm = armText.value;
  const typeText = text(field('type'));
  if (typeText === undefined || typeText === '')
    return { ok: false, error: `type: is required (${TYPE_LIST})` };
  const type = engagementTypeOf(typeText);
  if (type === undefined) return { ok: false, error: `type: is not an event type (${TYPE_LIST})` };
  const at = parseTimestamp(field('timestamp'), now);
  if (typeof at === 'string') return { ok: false, error: at };
  const revenue = parseRevenue(field('revenue'));
  if (typeof revenue === 'string') return { ok: false, error: revenue };
  if (revenue > 0 && type !== 'conversion')
    return { ok: false, error: 'revenue: only conversion events carry revenue' };
  const flag = parseBoolean(field('machineOpen'));
  if (flag === 'invalid') return { ok: false, error: 'machineOpen: must be true or false' };
  const userAgent = text(field('userAgent'));
  const segmentText = text(field('segment'));
  if (segmentText !== undefined && segmentText !== '' && !SEGMENT.test(segmentText)) {
    return {
      ok: false,
      error: 'segment: must be a short label (letters, digits, spaces, at most 40 characters)',
    };
  }
  const customer = customerKeyOf(field('customer'), pseudonymizer);
  if (!customer.ok) return customer;
  const event: EngagementEvent = {
    campaignId: campaignText,
    arm,
    customerHash: customer.hash,
    type,
    at,
    revenue,
    machineOpen: type === 'open' && isMachineOpen(flag, userAgent),
  };
  if (segmentText !== undefined && segmentText !== '') event.segment = segmentText;
  return { ok: true, event };
}
