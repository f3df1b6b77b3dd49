import {
  handleEngagementWebhook,
  WEBHOOK_KEY_HEADER,
  type EngagementWebhookDeps,
} from '../../../src/experiments/ingestion/handleEngagementWebhook';
import { messageIdFor } from '../../../src/experiments/ingestion/messageRoute';
import { DeliveryLedger } from '../../../src/experiments/ingestion/deliveryLedger';
import { unavailable } from '../../../src/shared/errors';
import { distinctCounts } from '../../../src/experiments/aggregates/armAggregate';
import type { ExperimentDefinition } from '../../../src/experiments/definition/experimentDefinition';
import {
  createExperimentWorld,
  launchCampaign,
  sequentialHex,
  type ExperimentWorld,
} from '../support/experimentFixtures';

const DELIVERY = 'Microsoft.Communication.EmailDeliveryReportReceived';
const ENGAGEMENT = 'Microsoft.Communication.EmailEngagementTrackingReportReceived';
const randomHex = sequentialHex(500);

function gridEvent(type: string, data: Record<string, unknown>, id = `evt-${Math.random()}`) {
  return {
    id,
    topic: '/subscriptions/x/resourceGroups/rg/providers/Microsoft.Communication/communicationServices/acs',
    subject: `sender/news@contoso.com/message/${String(data.messageId)}`,
    eventType: type,
    eventTime: '2026-03-03T10:00:00Z',
    data,
    dataVersion: '1.0',
    metadataVersion: '1',
  };
}

function cloudEvent(type: string, data: Record<string, unknown>) {
  return {
    specversion: '1.0',
    type,
    source: '/subscriptions/x/resourceGroups/rg/providers/Microsoft.Communication/communicationServices/acs',
    id: `ce-${Math.random()}`,
    time: '2026-03-03T10:00:00Z',
    subject: 'sender/news@contoso.com',
    data,
  };
}

const delivered = (messageId: string, status = 'Delivered') => ({
  sender: 'news@contoso.com',
  recipient: 'someone@example.com',
  messageId,
  status,
  deliveryStatusDetails: { statusMessage: 'ok' },
  deliveryAttemptTimeStamp: '2026-03-03T10:00:00Z',
});

const engaged = (
  messageId: string,
  engagementType: 'view' | 'click',
  userAgent = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64)',
) => ({
  sender: 'news@contoso.com',
  recipient: 'someone@example.com',
  messageId,
  userActionTimeStamp: '2026-03-03T11:00:00Z',
  engagementContext: 'https://contoso.com/spring',
  userAgent,
  engagementType,
});

describe('handleEngagementWebhook (Event Grid → ACS email engagement)', () => {
  let world: ExperimentWorld;
  let definition: ExperimentDefinition;
  let deps: EngagementWebhookDeps;
  const post = (body: unknown, headers: Record<string, string> = {}) =>
    handleEngagementWebhook({ headers, body }, deps);
  const codeOf = (arm: string): string =>
    definition.arms.find((candidate) => candidate.key === arm)?.routeCode ?? '';

  beforeAll(async () => {
    world = await createExperimentWorld();
    ({ definition } = await launchCampaign(world.services, { id: 'hook-a' }));
    deps = world.services;
  });

  it('answers the Event Grid subscription validation handshake', async () => {
    const response = await post([
      {
        id: 'v1',
        topic: 't',
        subject: '',
        eventType: 'Microsoft.EventGrid.SubscriptionValidationEvent',
        eventTime: '2026-03-03T10:00:00Z',
        data: {
          validationCode: '512d38b6-c7b8-40c8-89fe-f46f9e9622b6',
          validationUrl: 'https://rp.example/validate',
        },
        dataVersion: '2',
      },
    ]);
    expect(response).toEqual({
      status: 200,
      body: { validationResponse: '512d38b6-c7b8-40c8-89fe-f46f9e9622b6' },
    });
  });

  it('answers the CloudEvents abuse-protection handshake (OPTIONS)', async () => {
    const response = await handleEngagementWebhook(
      { method: 'OPTIONS', headers: { 'WebHook-Request-Origin': 'eventgrid.azure.net' }, body: undefined },
      deps,
    );
    expect(response).toEqual({
      status: 200,
      body: {},
      headers: { 'WebHook-Allowed-Origin': 'eventgrid.azure.net', 'WebHook-Allowed-Rate': '*' },
    });
    const missing = await handleEngagementWebhook({ method: 'OPTIONS', headers: {}, body: undefined }, deps);
    expect(missing.status).toBe(400);
  });

  it('counts deliveries, opens and clicks in the Event Grid schema, routed by message id', async () => {
    const control = messageIdFor(codeOf('control'), randomHex);
    const variant = messageIdFor(codeOf('v1'), randomHex);
    const response = await post([
      gridEvent(DELIVERY, delivered(control)),
      gridEvent(DELIVERY, delivered(variant)),
      gridEvent(ENGAGEMENT, engaged(variant, 'view')),
      gridEvent(ENGAGEMENT, engaged(variant, 'view', 'Mozilla/5.0')),
      gridEvent(ENGAGEMENT, engaged(variant, 'click')),
      gridEvent(ENGAGEMENT, engaged(variant, 'click')),
      gridEvent(DELIVERY, delivered(messageIdFor(codeOf('v2'), randomHex), 'Bounced')),
      gridEvent('Microsoft.Communication.SMSReceived', { messageId: 'x' }),
      gridEvent(DELIVERY, delivered('0d6f2b8e-1111-4111-8111-111111111111')),
    ]);
    expect(response).toEqual({
      status: 200,
      body: { received: 9, counted: 6, ignored: 2, unrouted: 1, duplicate: 0 },
    });
    const stored = await world.services.aggregates.load('hook-a');
    const v1 = stored.arms.get('v1');
    expect(v1?.events).toMatchObject({ delivered: 1, open: 2, click: 2 });
    expect(v1?.machineOpens).toBe(1);
    expect(v1 && distinctCounts(v1)).toMatchObject({ delivered: 1, click: 1, humanOpen: 1, machineOpen: 1 });
    expect(stored.arms.get('control')?.events.delivered).toBe(1);
    expect(stored.arms.get('v2')).toBeUndefined();
    expect(JSON.stringify([...stored.arms.values()])).not.toContain('someone@example.com');
  });

  it('accepts the CloudEvents schema, as one event or a batch', async () => {
    const message = messageIdFor(codeOf('v2'), randomHex);
    const single = await post(cloudEvent(DELIVERY, delivered(message)));
    expect(single).toEqual({
      status: 200,
      body: { received: 1, counted: 1, ignored: 0, unrouted: 0, duplicate: 0 },
    });
    const batch = await post(
      JSON.stringify([
        cloudEvent(ENGAGEMENT, engaged(message, 'click')),
        cloudEvent(ENGAGEMENT, engaged(message, 'view')),
      ]),
    );
    expect(batch.body).toMatchObject({ counted: 2 });
    const v2 = (await world.services.aggregates.load('hook-a')).arms.get('v2');
    expect(v2?.events).toMatchObject({ delivered: 1, click: 1, open: 1 });
  });

  it.each([
    ['not JSON', '{"id":', 'body: is not valid JSON'],
    ['a number', 42, 'body: must be an Event Grid or CloudEvents event array'],
    ['an empty array', [], 'body: contains no events'],
    ['a non-object event', ['x'], 'events[0]: must be an object'],
    ['an event without a type', [{ id: '1', data: {} }], 'events[0].eventType: is required'],
    [
      'a CloudEvent without a type',
      [{ specversion: '1.0', id: '1', data: {} }],
      'events[0].type: is required',
    ],
    ['an event without an id', [{ eventType: DELIVERY, data: {} }], 'events[0].id: is required'],
    [
      'ACS data that is not an object',
      [{ ...gridEvent(DELIVERY, {}), data: 'x' }],
      'events[0].data: must be an object',
    ],
    [
      'ACS data without a message id',
      [gridEvent(DELIVERY, { status: 'Delivered' })],
      'events[0].data.messageId: is required',
    ],
    [
      'a delivery without status',
      [gridEvent(DELIVERY, { messageId: 'm' })],
      'events[0].data.status: is required',
    ],
    [
      'an unknown engagement type',
      [gridEvent(ENGAGEMENT, { ...engaged('m', 'view'), engagementType: 'forward' })],
      'events[0].data.engagementType: must be "view" or "click"',
    ],
    [
      'a bad timestamp',
      [
        {
          ...gridEvent(ENGAGEMENT, { ...engaged('m', 'view'), userActionTimeStamp: 'soon' }),
          eventTime: undefined,
        },
      ],
      'events[0].data.userActionTimeStamp: is not a date',
    ],
    [
      'a validation event without code',
      [gridEvent('Microsoft.EventGrid.SubscriptionValidationEvent', {})],
      'events[0].data.validationCode: is required',
    ],
  ])('rejects %s with 400 and a message, counting nothing', async (_name, body, error) => {
    const before = JSON.stringify(
      [...(await world.services.aggregates.load('hook-a')).arms.values()].map((arm) => arm.events),
    );
    const response = await post(body);
    expect(response).toEqual({ status: 400, body: { error } });
    const after = JSON.stringify(
      [...(await world.services.aggregates.load('hook-a')).arms.values()].map((arm) => arm.events),
    );
    expect(after).toBe(before);
  });

  it('refuses a whole batch when one event in it is malformed', async () => {
    const message = messageIdFor(codeOf('control'), randomHex);
    const response = await post([
      gridEvent(DELIVERY, delivered(message)),
      gridEvent(DELIVERY, { messageId: message }),
    ]);
    expect(response).toEqual({ status: 400, body: { error: 'events[1].data.status: is required' } });
  });

  it('requires the shared secret header when one is configured', async () => {
    const secured = { ...deps, sharedSecret: 's3cret-value' };
    const body = [gridEvent(DELIVERY, delivered(messageIdFor(codeOf('control'), randomHex)))];
    expect((await handleEngagementWebhook({ headers: {}, body }, secured)).status).toBe(401);
    expect(
      (await handleEngagementWebhook({ headers: { [WEBHOOK_KEY_HEADER]: 'wrong' }, body }, secured)).status,
    ).toBe(401);
    const ok = await handleEngagementWebhook(
      { headers: { 'X-CPO-Webhook-Key': 's3cret-value' }, body },
      secured,
    );
    expect(ok.status).toBe(200);
  });

  it('accepts the shared secret as the key query parameter (Event Grid endpoint URL), also for the handshake', async () => {
    const secured = { ...deps, sharedSecret: 's3cret-value' };
    const handshake = { 'WebHook-Request-Origin': 'eventgrid.azure.net' };
    const without = await handleEngagementWebhook(
      { method: 'OPTIONS', headers: handshake, body: undefined },
      secured,
    );
    expect(without.status).toBe(401);
    const withKey = await handleEngagementWebhook(
      { method: 'OPTIONS', headers: handshake, query: { key: 's3cret-value' }, body: undefined },
      secured,
    );
    expect(withKey.status).toBe(200);
    const wrong = await handleEngagementWebhook(
      { headers: {}, query: { key: 's3cret-valuf' }, body: [] },
      secured,
    );
    expect(wrong.status).toBe(401);
  });

  it('counts a redelivered event once, even when Event Grid batches it differently', async () => {
    const deliveries = new DeliveryLedger(world.store);
    await deliveries.init();
    const withLedger = { ...deps, deliveries };
    const message = messageIdFor(codeOf('v1'), randomHex);
    const first = gridEvent(ENGAGEMENT, engaged(message, 'click'), 'redelivered-1');
    const second = gridEvent(ENGAGEMENT, engaged(message, 'click'), 'redelivered-2');
    const before = (await world.services.aggregates.load('hook-a')).arms.get('v1')?.events.click ?? 0;
    const once = await handleEngagementWebhook({ headers: {}, body: [first] }, withLedger);
    expect(once.body).toMatchObject({ counted: 1, duplicate: 0 });
    const again = await handleEngagementWebhook({ headers: {}, body: [second, first] }, withLedger);
    expect(again.body).toMatchObject({ received: 2, counted: 1, duplicate: 1 });
    const replay = await handleEngagementWebhook({ headers: {}, body: [first, second] }, withLedger);
    expect(replay.body).toMatchObject({ counted: 0, duplicate: 2 });
    const after = (await world.services.aggregates.load('hook-a')).arms.get('v1')?.events.click ?? 0;
    expect(after - before).toBe(2);
  });

  it('answers 503 when the store is unavailable (Event Grid retries) and 500 on anything unexpected', async () => {
    const body = [gridEvent(DELIVERY, delivered(messageIdFor(codeOf('control'), randomHex)))];
    const failingRoutes = (error: Error) =>
      ({ resolve: () => Promise.reject(error) }) as unknown as EngagementWebhookDeps['routes'];
    const down = await handleEngagementWebhook(
      { headers: {}, body },
      { ...deps, routes: failingRoutes(unavailable('The table store is unavailable.')) },
    );
    expect(down).toEqual({ status: 503, body: { error: 'The table store is unavailable.' } });
    const errors: unknown[] = [];
    const broken = await handleEngagementWebhook(
      { headers: {}, body },
      { ...deps, routes: failingRoutes(new TypeError('bug')), onError: (error) => errors.push(error) },
    );
    expect(broken).toEqual({ status: 500, body: { error: 'internal error while recording engagement' } });
    expect(errors).toHaveLength(1);
  });
});
