/** Event Grid's subscription-validation event (Event Grid schema; also accepted in CloudEvents form). */
export const SUBSCRIPTION_VALIDATION_EVENT = 'Microsoft.EventGrid.SubscriptionValidationEvent';

/** One event with the fields both delivery schemas share, whichever schema it arrived in. */
export interface GridEvent {
  schema: 'eventgrid' | 'cloudevents';
  id: string;
  type: string;
  /** Event time (ISO) when present. */
  time: string | undefined;
  data: unknown;
}

export type EnvelopeResult = { ok: true; events: GridEvent[] } | { ok: false; error: string };

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const stringOr = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);

/**
 * Reads a webhook body in the Event Grid schema (always an array of `{id, eventType, eventTime, data,
 * dataVersion}`) or the CloudEvents 1.0 schema (`{specversion, type, id, time, data}`, one structured
 * event or a batch array). Every event must have an id and a type; errors name the failing element.
 */
export function parseEventGridBody(body: unknown): EnvelopeResult {
  const items = Array.isArray(body) ? body : isObject(body) ? [body] : undefined;
  if (!items) return { ok: false, error: 'body: must be an Event Grid or CloudEvents event array' };
  if (items.length === 0) return { ok: false, error: 'body: contains no events' };
  const events: GridEvent[] = [];
  for (const [index, item] of items.entries()) {
    const where = `events[${index}]`;
    if (!isObject(item)) return { ok: false, error: `${where}: must be an object` };
    const cloud = typeof item.specversion === 'string';
    const type = stringOr(cloud ? item.type : item.eventType);
    const id = stringOr(item.id);
    if (type === undefined || type === '') {
      return { ok: false, error: `${where}.${cloud ? 'type' : 'eventType'}: is required` };
    }
    if (id === undefined || id === '') return { ok: false, error: `${where}.id: is required` };
    events.push({
      schema: cloud ? 'cloudevents' : 'eventgrid',
      id,
      type,
      time: stringOr(cloud ? item.time : item.eventTime),
      data: item.data,
    });
  }
  return { ok: true, events };
}

/** The validation code of a subscription-validation event, or undefined when the event is not one. */
export function validationCodeOf(event: GridEvent): string | undefined | null {
  if (event.type !== SUBSCRIPTION_VALIDATION_EVENT) return undefined;
  const code = isObject(event.data) ? event.data.validationCode : undefined;
  return typeof code === 'string' && code !== '' ? code : null;
}
