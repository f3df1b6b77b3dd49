import type { Customer } from '../domain/customer';

/** Column order of the customer CSV; the reader accepts any order as long as all are present. */
export const CUSTOMER_CSV_COLUMNS = [
  'id',
  'email',
  'firstName',
  'region',
  'lifecycleStage',
  'recencyDays',
  'frequency',
  'monetary',
  'preferredChannels',
  'emailOptIn',
  'smsOptIn',
  'pushOptIn',
] as const satisfies ReadonlyArray<keyof Customer>;

export const CUSTOMER_CSV_HEADER = `${CUSTOMER_CSV_COLUMNS.join(',')}\n`;

/** Multi-valued channel lists are `|`-separated inside one CSV field, e.g. `email|sms`. */
export const CHANNEL_LIST_SEPARATOR = '|';

function csvField(value: string): string {
  return /[",\r\n]/.test(value) || value !== value.trim() ? `"${value.replace(/"/g, '""')}"` : value;
}

/** One CSV line (with trailing newline) in `CUSTOMER_CSV_COLUMNS` order. */
export function formatCustomerCsvRow(customer: Customer): string {
  return `${[
    csvField(customer.id),
    csvField(customer.email),
    csvField(customer.firstName),
    csvField(customer.region),
    customer.lifecycleStage,
    String(customer.recencyDays),
    String(customer.frequency),
    customer.monetary.toFixed(2),
    customer.preferredChannels.join(CHANNEL_LIST_SEPARATOR),
    String(customer.emailOptIn),
    String(customer.smsOptIn),
    String(customer.pushOptIn),
  ].join(',')}\n`;
}
