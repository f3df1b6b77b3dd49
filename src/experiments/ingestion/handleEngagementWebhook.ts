import { createHash, timingSafeEqual } from 'node:crypto';
import { isAppError } from '../../shared/errors';
import type { AggregateRepository } from '../aggregates/aggregateRepository';
import type { DefinitionRepository } from '../definition/definitionRepository';
import type { RouteDirectory } from '../definition/routeDirectory';
import { mapAcsEmailEvent, type AcsEngagement } from './acsEmailEvent';
import { applyBatches } from './applyBatches';
import { DefinitionCache } from './definitionCache';
import { EventAggregator } from './eventAggregator';
import { parseEventGridBody, validationCodeOf } from './eventGridEnvelope';
import { routeCodeOf } from './messageRoute';
import { resolveEventArm } from './resolveEventArm';

/** Header carrying the shared secret; set it as a static delivery header on the Event Grid subscription. */
export const WEBHOOK_KEY_HEADER = 'x-cpo-webhook-key';

export interface WebhookRequest {
  /** HTTP method; `OPTIONS` is the CloudEvents abuse-protection handshake. Defaults to POST. */
  method?: string;
  headers: Readonly<Record<string, string | readonly string[] | undefined>>;
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
  /** When set, requests must carry it in `x-cpo-webhook-key` (401 otherwise). */
  sharedSecret?: string;
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
}

function header(request: WebhookRequest, name: string): string | undefined {
  const wanted = name.toLowerCase();
  for (const [key, value] of Object.entries(request.headers)) {
    if (key.toLowerCase() !== wanted) continue;
    return Array.isArray(value) ? value[0] : (value as string | undefined);
  }
  return undefined;
}

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
 * Delivery is at-least-once: a redelivered batch adds to the exact event counters again, while the
 * distinct-customer sketches (keyed by a hash of the message id, one per recipient) are unaffected.
 */
export async function handleEngagementWebhook(
  request: WebhookRequest,
  deps: EngagementWebhookDeps,
): Promise<WebhookResponse> {
  if (
    deps.sharedSecret !== undefined &&
    !secretMatches(deps.sharedSecret, header(request, WEBHOOK_KEY_HEADER))
  ) {
    return { status: 401, body: { error: `missing or wrong ${WEBHOOK_KEY_HEADER} header` } };
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

  const engagements: AcsEngagement[] = [];
  const counts: WebhookCounts = { received: envelope.events.length, counted: 0, ignored: 0, unrouted: 0 };
  for (const [index, event] of envelope.events.entries()) {
    const mapped = mapAcsEmailEvent(event, `events[${index}]`);
    if (mapped.kind === 'invalid') return badRequest(mapped.error);
    if (mapped.kind === 'ignored') counts.ignored++;
    else engagements.push(mapped.engagement);
  }

  try {
    const aggregator = new EventAggregator(false);
    const definitions = new DefinitionCache(deps.definitions);
    for (const engagement of engagements) {
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
  } catch (error) {
    if (isAppError(error) && (error.code === 'UNAVAILABLE' || error.code === 'CONFLICT')) {
      return { status: 503, body: { error: error.userMessage } };
    }
    deps.onError?.(error);
    return { status: 500, body: { error: 'internal error while recording engagement' } };
  }
  return { status: 200, body: { ...counts } };
}
