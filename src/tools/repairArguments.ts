import { z } from 'zod';

/** Removes optional/default/nullable wrappers to reach the schema that constrains the value. */
function innerSchema(schema: z.ZodTypeAny): z.ZodTypeAny {
  let current = schema;
  for (;;) {
    if (current instanceof z.ZodOptional || current instanceof z.ZodNullable) current = current.unwrap();
    else if (current instanceof z.ZodDefault) current = current.removeDefault();
    else return current;
  }
}

function toNumber(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (typeof value !== 'string') return undefined;
  const clean = value.trim().replace(',', '.');
  const percent = /^(-?\d+(?:\.\d+)?)\s*%$/.exec(clean);
  if (percent?.[1] !== undefined) return Number(percent[1]) / 100;
  const number = Number(clean);
  return clean !== '' && Number.isFinite(number) ? number : undefined;
}

/**
 * Repairs a value whose meaning is clear against its schema: numeric strings to numbers, rounding and
 * clamping to the schema's bounds ("variants: 12" → 10), enum values matched case- and
 * punctuation-insensitively ("E-mail" → "email"), strings trimmed, lower-cased or slugged to fit
 * ("Spring Winback" → "spring-winback"). Anything else is returned unchanged, for validation to reject.
 */
export function repairValue(value: unknown, schema: z.ZodTypeAny): unknown {
  const inner = innerSchema(schema);
  if (inner instanceof z.ZodNumber) {
    let number = toNumber(value);
    if (number === undefined) return value;
    if (inner.isInt) number = Math.round(number);
    if (inner.minValue !== null) number = Math.max(inner.minValue, number);
    if (inner.maxValue !== null) number = Math.min(inner.maxValue, number);
    return number;
  }
  if (inner instanceof z.ZodEnum) {
    if (typeof value !== 'string') return value;
    const key = (text: string): string => text.toLowerCase().replace(/[^a-z0-9]/g, '');
    const options = inner.options as readonly string[];
    return options.find((option) => key(option) === key(value)) ?? value;
  }
  if (inner instanceof z.ZodBoolean) {
    if (typeof value === 'string') {
      if (/^(?:true|yes|y|1|on)$/i.test(value.trim())) return true;
      if (/^(?:false|no|n|0|off)$/i.test(value.trim())) return false;
    }
    return typeof value === 'number' ? value !== 0 : value;
  }
  if (inner instanceof z.ZodString) {
    if (typeof value !== 'string' && typeof value !== 'number') return value;
    let text = String(value).trim();
    if (inner.maxLength !== null) text = text.slice(0, inner.maxLength);
    if (inner.safeParse(text).success) return text;
    const lower = text.toLowerCase();
    if (inner.safeParse(lower).success) return lower;
    const slug = lower.replace(/[^a-z0-9_-]+/g, '-').replace(/^[-_]+|[-_]+$/g, '');
    return inner.safeParse(slug).success ? slug : value;
  }
  if (inner instanceof z.ZodArray) {
    const element = inner.element as z.ZodTypeAny;
    // A blank entry means nothing was stated; every other entry is kept for validation to judge.
    const items = (Array.isArray(value) ? value : [value])
      .filter((item) => !(typeof item === 'string' && item.trim() === ''))
      .map((item) => repairValue(item, element));
    const max = (inner._def as { maxLength: { value: number } | null }).maxLength?.value;
    return max === undefined ? items : items.slice(0, max);
  }
  return value;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The arguments of one tool call with clear-meaning repairs applied and blank strings removed ("" means
 * "not stated"). Unknown or invalid arguments are kept as they are: validation reports them to the user
 * rather than dropping them silently.
 */
export function repairArguments(args: unknown, schema: z.AnyZodObject): Record<string, unknown> {
  if (!isRecord(args)) return {};
  const shape = schema.shape as Record<string, z.ZodTypeAny>;
  const repaired: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(args)) {
    // Prototype keys are an attack on the process, not something a user asked for.
    if (key === '__proto__' || key === 'constructor' || key === 'prototype') continue;
    if (value === undefined || value === null) continue;
    if (typeof value === 'string' && value.trim() === '') continue;
    const field = Object.prototype.hasOwnProperty.call(shape, key) ? shape[key] : undefined;
    const given = typeof value === 'string' ? value.trim() : value;
    const kept = field === undefined || field.safeParse(given).success ? given : repairValue(given, field);
    // defineProperty, not assignment: a "__proto__" key from JSON stays a plain key (rejected later).
    Object.defineProperty(repaired, key, {
      value: kept,
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return repaired;
}
