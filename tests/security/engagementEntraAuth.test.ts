import type { RunningBot } from '../../src/app/startBot';
import { startTestBot } from '../support/botHarness';
import { startLocalIssuer, type LocalIssuer } from '../support/openIdServer';

const AUDIENCE = 'api://cpo-engagement-webhook';
const VALIDATION = [
  {
    id: 'v1',
    topic: 't',
    subject: '',
    eventType: 'Microsoft.EventGrid.SubscriptionValidationEvent',
    eventTime: '2026-03-03T10:00:00Z',
    data: { validationCode: '512d38b6-c7b8-40c8-89fe-f46f9e9622b6' },
    dataVersion: '2',
  },
];

/** Event Grid delivery with Entra ID authentication: bearer tokens for the configured audience, checked for real. */
describe('engagement webhook with Entra ID bearer auth (no shared key)', () => {
  let issuer: LocalIssuer;
  let bot: RunningBot;

  beforeAll(async () => {
    issuer = await startLocalIssuer('https://login.example.test/tenant/v2.0');
    ({ bot } = await startTestBot({
      CPO_ALLOW_ANONYMOUS_REMOTE: 'true',
      CPO_ENGAGEMENT_AAD_AUDIENCE: AUDIENCE,
      CPO_ENGAGEMENT_OPENID_METADATA_URL: issuer.metadataUrl,
    }));
  });
  afterAll(async () => {
    await bot?.close();
    await issuer?.close();
  });

  const post = (authorization?: string) =>
    fetch(`http://127.0.0.1:${bot.port}/api/engagement`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(authorization ? { authorization } : {}) },
      body: JSON.stringify(VALIDATION),
    });

  it('answers the validation handshake for a valid token', async () => {
    const response = await post(`Bearer ${issuer.token({ aud: AUDIENCE })}`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ validationResponse: '512d38b6-c7b8-40c8-89fe-f46f9e9622b6' });
  });

  it.each([
    ['no token', () => undefined],
    ['another audience', () => `Bearer ${issuer.token({ aud: 'api://other' })}`],
    ['another issuer', () => `Bearer ${issuer.token({ aud: AUDIENCE, iss: 'https://evil.example' })}`],
    [
      'an expired token',
      () => `Bearer ${issuer.token({ aud: AUDIENCE, exp: Math.floor(Date.now() / 1000) - 3600 })}`,
    ],
    ['an unsigned token', () => `Bearer ${issuer.unsignedToken({ aud: AUDIENCE })}`],
    ['a foreign key', () => `Bearer ${issuer.token({ aud: AUDIENCE }, { key: issuer.otherKey() })}`],
  ])('refuses %s with 401', async (_name, authorization) => {
    expect((await post(authorization())).status).toBe(401);
  });
});
