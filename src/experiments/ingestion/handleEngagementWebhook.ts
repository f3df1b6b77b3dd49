import { createHash, timingSafeEqual } from 'node:crypto';
import { isAppError } from '../../shared/errors';
import type { AggregateRepository } from '../aggregates/aggregateRepository';
import type { DefinitionRepository } from '../definition/definitionRepository';
import type { RouteDirectory } from '../definition/routeDirectory';
import { mapAcsEmailEvent, type AcsEngagement } from './acsEmailEvent';
import { applyBatches } from './applyBatches';
import { DefinitionCache } from './definitionCache';
import type { DeliveryLedger } from './deliveryLedger';
import { EventAggregator } from './eventAggregator';
import { parseEventGridBody, validationCodeOf } from './eventGridEnvelope';
import { routeCodeOf } from './messageRoute';
import { resolveEventArm } from './resolveEventArm';

/** Header carrying the shared secret; set it as a static delivery header on the Event Grid subscription. */
export const WEBHOOK_KEY_HEADER = 'x-cpo-webhook-key';
/** Query parameter that may carry the shared secret instead (an Event Grid endpoint URL can hold it). */
export const WEBHOOK_KEY_QUERY = 'key';

export interface WebhookRequest {
  /** HTTP method; `OPTIONS` is the CloudEvents abuse-protection handshake. Defaults to POST. */
  method?: string;
  headers: Readonly<Record<string, string | readonly string[] | undefined>>;
  /** Parsed query string (`key` may carry the shared secret). */
  query?: Readonly<Record<string, unknown>>;
  /** Parsed JSON, or the raw text/bytes of the body. */
  body: unknown;
}

export interface WebhookResponse {
  status: number;
  body: Record<string, unknown>;
  headers?: Record<string, string>;
}

export interface EngagementWebhookDeps {
  definitions: DefinitionRepository;
  aggregates: AggregateRepository;
  routes: RouteDirectory;
  /** When set, requests must carry it in `x-cpo-webhook-key` or the `key` query parameter (401 otherwise). */
  sharedSecret?: string;
  /** When set, requests must carry a valid Entra ID bearer token (checked by the caller's verifier; 401 otherwise). */
  verifyBearer?: (authorization: string | undefined) => Promise<boolean>;
  /** Event ids already counted: a redelivered event is not counted twice. */
  deliveries?: DeliveryLedger;
  clock?: () => Date;
  /** Told about unexpected failures (answered with 500 so Event Grid retries). */
  onError?: (error: unknown) => void;
}

/** What a successful call did: counts only, never identifiers. */
export interface WebhookCounts {
  received: number;
  counted: number;
  /** Valid events we do not count (bounces, other event types). */
  ignored: number;
  /** Messages that were not sent by an experiment (unknown route code) or whose arm does not fit. */
  unrouted: number;
  /** Events counted by an earlier delivery (Event Grid redelivers at least once). */
  duplicate: number;
}

function header(request: WebhookRequest, name: string): string | undefined {
  const wanted = name.toLowerCase();
  for (const [key, value] of Object.entries(request.headers)) {
    if (key.toLowerCase() !== wanted) continue;
    return Array.isArray(value) ? value[0] : (value as string | undefined);
  }
  return undefined;
}

function queryValue(request: WebhookRequest, name: string): string | undefined {
  const value = request.query?.[name];
  if (Array.isArray(value)) return typeof value[0] === 'string' ? value[0] : undefined;
  return typeof value === 'string' ? value : undefined;
}

/** Constant-time comparison (of digests, so lengths never leak either). */
function secretMatches(expected: string, given: string | undefined): boolean {
  if (given === undefined) return false;
  const digest = (text: string): Buffer => createHash('sha256').update(text, 'utf8').digest();
  return timingSafeEqual(digest(expected), digest(given));
}

function parseBody(body: unknown): { ok: true; value: unknown } | { ok: false } {
  if (typeof body !== 'string' && !Buffer.isBuffer(body)) return { ok: true, value: body };
  try {
    return { ok: true, value: JSON.parse(body.toString()) as unknown };
  } catch {
    return { ok: false };
  }
}

const badRequest = (error: string): WebhookResponse => ({ status: 400, body: { error } });

/**
 * Azure Event Grid webhook for Azure Communication Services Email engagement (pure request → response;
 * the bot mounts it at `POST /api/engagement`):
 * - subscription validation: Event Grid schema `SubscriptionValidationEvent` → 200 `{validationResponse}`;
 *   CloudEvents `OPTIONS` handshake → 200 with `WebHook-Allowed-Origin`;
 * - delivery and engagement events in either schema → mapped (acsEmailEvent.ts), routed to campaign and arm
 *   by the route code at the start of the ACS message id (messageRoute.ts), aggregated and written;
 * - a malformed body or event → 400 naming the problem (nothing of the batch is counted, and Event Grid
 *   does not retry a 400); storage unavailable → 503 (Event Grid retries).
 * Delivery is at-least-once: with `deliveries`, an event id counted before is skipped (reported as `duplicate`);
 * the distinct-customer sketches (keyed by a hash of the message id, one per recipient) never double count.
 */
export async function handleEngagementWebhook(
  request: WebhookRequest,
  deps: EngagementWebhookDeps,
): Promise<WebhookResponse> {
  const access = await authorized(request, deps);
  if (access === 'unavailable') {
    return { status: 503, body: { error: 'cannot verify the bearer token right now; retry later' } };
  }
  if (access === 'denied') {
    return {
      status: 401,
      body: { error: `missing or wrong ${WEBHOOK_KEY_HEADER} header, key parameter or bearer token` },
    };
  }
  if ((request.method ?? 'POST').toUpperCase() === 'OPTIONS') {
    const origin = header(request, 'webhook-request-origin');
    if (origin === undefined || origin.trim() === '')
      return badRequest('WebHook-Request-Origin: header is required');
    return {
      status: 200,
      body: {},
      headers: { 'WebHook-Allowed-Origin': origin.trim(), 'WebHook-Allowed-Rate': '*' },
    };
  }
  const parsed = parseBody(request.body);
  if (!parsed.ok) return badRequest('body: is not valid JSON');
  const envelope = parseEventGridBody(parsed.value);
  if (!envelope.ok) return badRequest(envelope.error);

  const first = envelope.events[0];
  if (first && envelope.events.length === 1) {
    const code = validationCodeOf(first);
    if (code === null) return badRequest('events[0].data.validationCode: is required');
    if (code !== undefined) return { status: 200, body: { validationResponse: code } };
  }

  const engagements: Array<{ id: string; engagement: AcsEngagement }> = [];
  const counts: WebhookCounts = {
    received: envelope.events.length,
    counted: 0,
    ignored: 0,
    unrouted: 0,
    duplicate: 0,
  };
  for (const [index, event] of envelope.events.entries()) {
    const mapped = mapAcsEmailEvent(event, `events[${index}]`);
    if (mapped.kind === 'invalid') return badRequest(mapped.error);
    if (mapped.kind === 'ignored') counts.ignored++;
    else engagements.push({ id: event.id, engagement: mapped.engagement });
  }

  try {
    const seen = deps.deliveries
      ? await deps.deliveries.seen(engagements.map((entry) => entry.id))
      : new Set();
    const fresh: AcsEngagement[] = [];
    for (const entry of engagements) {
      if (seen.has(entry.id)) counts.duplicate++;
      else fresh.push(entry.engagement);
    }
    const aggregator = new EventAggregator(false);
    const definitions = new DefinitionCache(deps.definitions);
    for (const engagement of fresh) {
      const code = routeCodeOf(engagement.messageId);
      const route = code === undefined ? undefined : await deps.routes.resolve(code);
      const definition = route ? await definitions.load(route.campaignId) : undefined;
      if (!route || !definition) {
        counts.unrouted++;
        continue;
      }
      const event = {
        campaignId: route.campaignId,
        arm: route.arm,
        // One message per recipient: the message id is the distinct-recipient key (no address is read).
        customerHash: createHash('sha256').update(engagement.messageId).digest('hex'),
        type: engagement.type,
        at: engagement.at,
        revenue: 0,
        machineOpen: engagement.machineOpen,
      };
      const resolution = resolveEventArm(definition, event);
      if (!resolution.ok) {
        counts.unrouted++;
        continue;
      }
      aggregator.add({ ...event, arm: resolution.arm });
      counts.counted++;
    }
    await applyBatches(aggregator, deps);
    const counted = engagements.filter((entry) => !seen.has(entry.id)).map((entry) => entry.id);
    await deps.deliveries?.record(counted, (deps.clock ?? (() => new Date()))());
  } catch (error) {
    if (isAppError(error) && (error.code === 'UNAVAILABLE' || error.code === 'CONFLICT')) {
      return { status: 503, body: { error: error.userMessage } };
    }
    deps.onError?.(error);
    return { status: 500, body: { error: 'internal error while recording engagement' } };
  }
  return { status: 200, body: { ...counts } };
}

/** `unavailable` when a bearer token could not be checked (key download failed): Event Grid retries a 503. */
async function authorized(
  request: WebhookRequest,
  deps: EngagementWebhookDeps,
): Promise<'ok' | 'denied' | 'unavailable'> {
  if (deps.sharedSecret === undefined && deps.verifyBearer === undefined) return 'ok';
  if (deps.sharedSecret !== undefined) {
    const given = header(request, WEBHOOK_KEY_HEADER) ?? queryValue(request, WEBHOOK_KEY_QUERY);
    if (secretMatches(deps.sharedSecret, given)) return 'ok';
  }
  if (deps.verifyBearer === undefined) return 'denied';
  try {
    return (await deps.verifyBearer(header(request, 'authorization'))) ? 'ok' : 'denied';
  } catch (error) {
    deps.onError?.(error);
    return 'unavailable';
  }
}
