import type { Customer } from '../domain/customer';

/** Placeholders the generator may use; their values are filled only here, at send time, never by the model. */
const PLACEHOLDERS: Record<string, (customer: Customer) => string> = {
  firstName: (customer) => customer.firstName,
};

const FALLBACKS: Record<string, string> = { firstName: 'there' };

/**
 * Fills `{{firstName}}`-style placeholders for one recipient, locally, at send time. Unknown placeholders are
 * left untouched (visible in review), and an empty value falls back to a neutral word ("Hi there").
 */
export function personalizeCopy(text: string, customer: Customer): string {
  return text.replace(/\{\{\s*(\w+)\s*\}\}/g, (placeholder, name: string) => {
    const value = PLACEHOLDERS[name]?.(customer).trim();
    if (value === undefined) return placeholder;
    return value === '' ? (FALLBACKS[name] ?? '') : value;
  });
}
