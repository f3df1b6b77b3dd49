import {
  CHANNELS,
  LIFECYCLE_STAGES,
  type Channel,
  type Customer,
  type LifecycleStage,
} from '../domain/customer';
import { CHANNEL_LIST_SEPARATOR } from './customerCsvFormat';

/**
 * Validates one CSV record and converts it to a `Customer`, naming every bad field.
 * Hand-written rather than a zod schema: it runs once per row on 100k-row files, where a schema
 * parse costs more than the CSV parsing itself.
 */
export type ParsedCustomerRow = { ok: true; customer: Customer } | { ok: false; issues: string[] };

/** Field values in `CUSTOMER_CSV_COLUMNS` order. */
export type CustomerFields = readonly [
  id: string,
  email: string,
  firstName: string,
  region: string,
  lifecycleStage: string,
  recencyDays: string,
  frequency: string,
  monetary: string,
  preferredChannels: string,
  emailOptIn: string,
  smsOptIn: string,
  pushOptIn: string,
];

const ID = /^C\d{6,}$/;
const EMAIL = /^[^\s@",<>]+@[^\s@",<>.]+(\.[^\s@",<>.]+)+$/;
const WHOLE_NUMBER = /^\d{1,7}$/;
const AMOUNT = /^\d{1,9}(\.\d{1,2})?$/;
const TRUE_VALUES = new Set(['true', '1', 'yes', 'y']);
const FALSE_VALUES = new Set(['false', '0', 'no', 'n', '']);

function text(value: string, field: string, max: number, issues: string[]): string {
  const trimmed = value.trim();
  if (trimmed === '') issues.push(`${field}: must not be empty`);
  else if (trimmed.length > max) issues.push(`${field}: must be at most ${max} characters`);
  return trimmed;
}

function wholeNumber(value: string, field: string, issues: string[]): number {
  const trimmed = value.trim();
  if (WHOLE_NUMBER.test(trimmed)) return Number(trimmed);
  issues.push(`${field}: must be a whole number >= 0, got "${value}"`);
  return 0;
}

function amount(value: string, field: string, issues: string[]): number {
  const trimmed = value.trim();
  if (AMOUNT.test(trimmed)) return Number(trimmed);
  issues.push(`${field}: must be an amount >= 0 like 129.50, got "${value}"`);
  return 0;
}

function flag(value: string, field: string, issues: string[]): boolean {
  const folded = value.trim().toLowerCase();
  if (TRUE_VALUES.has(folded)) return true;
  if (!FALSE_VALUES.has(folded)) issues.push(`${field}: must be true or false, got "${value}"`);
  return false;
}

function lifecycle(value: string, issues: string[]): LifecycleStage {
  const folded = value.trim().toLowerCase();
  const stage = LIFECYCLE_STAGES.find((candidate) => candidate === folded);
  if (stage === undefined) {
    issues.push(`lifecycleStage: must be one of ${LIFECYCLE_STAGES.join(', ')}, got "${value}"`);
    return 'active';
  }
  return stage;
}

function channels(value: string, issues: string[]): Channel[] {
  const result: Channel[] = [];
  for (const part of value.split(CHANNEL_LIST_SEPARATOR)) {
    const folded = part.trim().toLowerCase();
    if (folded === '') continue;
    const channel = CHANNELS.find((candidate) => candidate === folded);
    if (channel === undefined) issues.push(`preferredChannels: unknown channel "${part.trim()}"`);
    else if (!result.includes(channel)) result.push(channel);
  }
  return result;
}

export function parseCustomerRow(fields: CustomerFields): ParsedCustomerRow {
  const issues: string[] = [];
  const [
    id,
    email,
    firstName,
    region,
    stage,
    recency,
    frequency,
    monetary,
    preferred,
    emailIn,
    smsIn,
    pushIn,
  ] = fields;
  const customerId = id.trim();
  // Identifiers and contact details are never echoed: row reports end up in logs.
  if (!ID.test(customerId)) issues.push('id: must look like C000123');
  const customerEmail = email.trim();
  if (!EMAIL.test(customerEmail) || customerEmail.length > 254) {
    issues.push('email: must be an email address');
  }
  const customer: Customer = {
    id: customerId,
    email: customerEmail,
    firstName: text(firstName, 'firstName', 60, issues),
    region: text(region, 'region', 40, issues),
    lifecycleStage: lifecycle(stage, issues),
    recencyDays: wholeNumber(recency, 'recencyDays', issues),
    frequency: wholeNumber(frequency, 'frequency', issues),
    monetary: amount(monetary, 'monetary', issues),
    preferredChannels: channels(preferred, issues),
    emailOptIn: flag(emailIn, 'emailOptIn', issues),
    smsOptIn: flag(smsIn, 'smsOptIn', issues),
    pushOptIn: flag(pushIn, 'pushOptIn', issues),
  };
  return issues.length === 0 ? { ok: true, customer } : { ok: false, issues };
}
