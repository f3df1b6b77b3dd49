/**
 * A small JSON Schema (draft-07 subset) validator: exactly the keywords zod-to-json-schema emits for
 * the tool catalog (type, properties, required, additionalProperties, enum, (exclusive) minimum/maximum,
 * minLength, maxLength, pattern, items, maxItems). Unknown keywords fail loudly, so a schema change
 * that this check cannot judge is noticed instead of passing silently.
 */
export type JsonSchema = Record<string, unknown>;

const KNOWN = new Set([
  'type',
  'properties',
  'required',
  'additionalProperties',
  'enum',
  'minimum',
  'maximum',
  'exclusiveMinimum',
  'exclusiveMaximum',
  'minLength',
  'maxLength',
  'pattern',
  'items',
  'maxItems',
  'minItems',
  'description',
]);

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function typeMatches(type: unknown, value: unknown): boolean {
  switch (type) {
    case undefined:
      return true;
    case 'object':
      return isRecord(value);
    case 'array':
      return Array.isArray(value);
    case 'string':
      return typeof value === 'string';
    case 'boolean':
      return typeof value === 'boolean';
    case 'number':
      return typeof value === 'number' && Number.isFinite(value);
    case 'integer':
      return typeof value === 'number' && Number.isInteger(value);
    default:
      throw new Error(`jsonSchemaCheck: unsupported type ${String(type)}`);
  }
}

export function jsonSchemaAccepts(schema: JsonSchema, value: unknown): boolean {
  for (const key of Object.keys(schema)) {
    if (!KNOWN.has(key)) throw new Error(`jsonSchemaCheck: unsupported keyword ${key}`);
  }
  if (!typeMatches(schema.type, value)) return false;
  if (Array.isArray(schema.enum) && !schema.enum.includes(value)) return false;
  if (typeof value === 'number') {
    if (typeof schema.minimum === 'number' && value < schema.minimum) return false;
    if (typeof schema.maximum === 'number' && value > schema.maximum) return false;
    if (typeof schema.exclusiveMinimum === 'number' && value <= schema.exclusiveMinimum) return false;
    if (typeof schema.exclusiveMaximum === 'number' && value >= schema.exclusiveMaximum) return false;
  }
  if (typeof value === 'string') {
    const length = Array.from(value).length;
    if (typeof schema.minLength === 'number' && length < schema.minLength) return false;
    if (typeof schema.maxLength === 'number' && length > schema.maxLength) return false;
    if (typeof schema.pattern === 'string' && !new RegExp(schema.pattern, 'u').test(value)) return false;
  }
  if (Array.isArray(value)) {
    if (typeof schema.maxItems === 'number' && value.length > schema.maxItems) return false;
    if (typeof schema.minItems === 'number' && value.length < schema.minItems) return false;
    if (isRecord(schema.items) && !value.every((item) => jsonSchemaAccepts(schema.items as JsonSchema, item)))
      return false;
  }
  if (isRecord(value) && schema.type === 'object') {
    const properties = isRecord(schema.properties) ? schema.properties : {};
    const required = Array.isArray(schema.required) ? (schema.required as string[]) : [];
    if (!required.every((name) => Object.prototype.hasOwnProperty.call(value, name))) return false;
    for (const [name, item] of Object.entries(value)) {
      const property = properties[name];
      if (!isRecord(property)) {
        if (schema.additionalProperties === false) return false;
        continue;
      }
      if (!jsonSchemaAccepts(property, item)) return false;
    }
  }
  return true;
}

/**
 * Values at and around every bound a property schema declares, plus values of the wrong type:
 * the cases where a JSON Schema and the zod schema it came from are most likely to disagree.
 */
export function boundarySamples(property: JsonSchema): unknown[] {
  const samples: unknown[] = [null, {}, [], true];
  if (Array.isArray(property.enum)) {
    samples.push(...property.enum, 'not-an-option', String(property.enum[0]).toUpperCase());
  }
  if (property.type === 'integer' || property.type === 'number') {
    const bound = (inclusive: unknown, exclusive: unknown, fallback: number): number =>
      typeof inclusive === 'number' ? inclusive : typeof exclusive === 'number' ? exclusive : fallback;
    const min = bound(property.minimum, property.exclusiveMinimum, 0);
    const max = bound(property.maximum, property.exclusiveMaximum, 1_000_000);
    samples.push(min - 1, min, min + 0.5, (min + max) / 2, max - 0.5, max, max + 1, String(min), -0, 1e12);
  }
  if (property.type === 'string') {
    const min = typeof property.minLength === 'number' ? property.minLength : 0;
    const max = typeof property.maxLength === 'number' ? property.maxLength : 100;
    for (const length of [0, min - 1, min, min + 1, max - 1, max, max + 1]) {
      if (length >= 0) samples.push('a'.repeat(length), 'a1-_'.repeat(length).slice(0, length));
    }
    samples.push(42, 'Spring Winback', '-leading', 'q3-promo', 'UPPER', 'with space', 'x\ny');
  }
  if (property.type === 'boolean') samples.push(false, 'true', 0, 1);
  if (property.type === 'array') {
    const max = typeof property.maxItems === 'number' ? property.maxItems : 10;
    samples.push(
      ['x'],
      [''],
      [1],
      'x',
      Array.from({ length: max }, (_, i) => `v${i}`),
    );
    samples.push(Array.from({ length: max + 1 }, (_, i) => `v${i}`));
  }
  return samples;
}
