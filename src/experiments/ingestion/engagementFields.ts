import type { EngagementType } from '../definition/engagementType';

/** The fields an engagement row may carry; column/property names are matched through `FIELD_ALIASES`. */
export const ENGAGEMENT_FIELDS = [
  'campaign',
  'arm',
  'customer',
  'type',
  'timestamp',
  'revenue',
  'machineOpen',
  'userAgent',
  'segment',
] as const;
export type EngagementField = (typeof ENGAGEMENT_FIELDS)[number];

export const REQUIRED_FIELDS: readonly EngagementField[] = [
  'campaign',
  'arm',
  'customer',
  'type',
  'timestamp',
];

/** Accepted names per field, compared after `normalizeFieldName` (case, spaces, `_` and `-` ignored). */
const FIELD_ALIASES: Record<EngagementField, readonly string[]> = {
  campaign: ['campaign', 'campaignid', 'campaignkey'],
  arm: ['arm', 'armkey', 'variant', 'variantid', 'variation'],
  customer: ['customer', 'customerid', 'customerref', 'customerpseudonym', 'pseudonym', 'userid', 'user'],
  type: ['type', 'event', 'eventtype', 'eventname'],
  timestamp: ['timestamp', 'time', 'at', 'ts', 'occurredat', 'eventtime', 'datetime', 'date'],
  revenue: ['revenue', 'value', 'amount', 'ordervalue'],
  machineOpen: ['machineopen', 'ismachineopen', 'mpp', 'applempp', 'machine'],
  userAgent: ['useragent', 'ua'],
  segment: ['segment', 'region'],
};

export function normalizeFieldName(name: string): string {
  return name.toLowerCase().replace(/[\s_-]+/g, '');
}

const FIELD_BY_ALIAS = new Map<string, EngagementField>(
  ENGAGEMENT_FIELDS.flatMap((field) => FIELD_ALIASES[field].map((alias) => [alias, field] as const)),
);

/** The field a column or property name stands for, or undefined for extra columns (which are ignored). */
export function fieldOf(name: string): EngagementField | undefined {
  return FIELD_BY_ALIAS.get(normalizeFieldName(name));
}

/** Event-type spellings seen in ESP exports, after lower-casing and removing spaces, `_` and `-`. */
const TYPE_ALIASES: Record<string, EngagementType> = {
  delivered: 'delivered',
  delivery: 'delivered',
  deliver: 'delivered',
  open: 'open',
  opened: 'open',
  opens: 'open',
  view: 'open',
  viewed: 'open',
  click: 'click',
  clicked: 'click',
  clicks: 'click',
  conversion: 'conversion',
  converted: 'conversion',
  convert: 'conversion',
  purchase: 'conversion',
  order: 'conversion',
  unsubscribe: 'unsubscribe',
  unsubscribed: 'unsubscribe',
  optout: 'unsubscribe',
  complaint: 'complaint',
  spam: 'complaint',
  spamreport: 'complaint',
  abuse: 'complaint',
  heldout: 'held_out',
  holdout: 'held_out',
  suppressed: 'held_out',
};

export function engagementTypeOf(value: string): EngagementType | undefined {
  return TYPE_ALIASES[normalizeFieldName(value)];
}
