import type { RunningBot } from '../../src/app/startBot';
import { startTestBot } from '../support/botHarness';
import { MARKETER } from '../support/botClient';
import { startLocalIssuer, type LocalIssuer } from '../support/openIdServer';

const APP_ID = '0e6f8a3c-5c1b-4c43-9a53-1f0c2d8b7a11';
const SERVICE_URL = 'http://127.0.0.1:9/';

/**
 * The real adapter with MICROSOFT_APP_ID validates Bot Framework JWTs against a local OpenID metadata + JWKS
 * server (CPO_BOT_OPENID_METADATA_URL, CPO_BOT_TOKEN_ISSUER): only a valid token gets a turn.
 */
describe('Bot Framework JWT validation (MICROSOFT_APP_ID set)', () => {
  let issuer: LocalIssuer;
  let bot: RunningBot;

  beforeAll(async () => {
    issuer = await startLocalIssuer();
    ({ bot } = await startTestBot({
      MICROSOFT_APP_ID: APP_ID,
      MICROSOFT_APP_PASSWORD: 'not-used-with-expect-replies',
      CPO_BOT_OPENID_METADATA_URL: issuer.metadataUrl,
      CPO_BOT_TOKEN_ISSUER: issuer.issuer,
      CPO_ENGAGEMENT_WEBHOOK_KEY: 'a-webhook-key-for-tests',
    }));
  });
  afterAll(async () => {
    await bot?.close();
    await issuer?.close();
  });

  const post = (authorization: string | undefined, serviceUrl = SERVICE_URL) =>
    fetch(`http://127.0.0.1:${bot.port}/api/messages`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(authorization === undefined ? {} : { authorization }),
      },
      body: JSON.stringify({
        type: 'message',
        id: 'a1',
        text: 'hello',
        channelId: 'msteams',
        serviceUrl,
        deliveryMode: 'expectReplies',
        conversation: { id: 'conv-auth', conversationType: 'personal' },
        recipient: { id: 'bot' },
        from: { id: MARKETER.id, aadObjectId: MARKETER.aadObjectId, name: MARKETER.name },
      }),
    });
  const valid = () => issuer.token({ aud: APP_ID, serviceurl: SERVICE_URL });

  it('accepts a valid token and answers the turn', async () => {
    const response = await post(`Bearer ${valid()}`);
    expect(response.status).toBe(200);
    const body = (await response.json()) as { activities: unknown[] };
    expect(body.activities.length).toBeGreaterThan(0);
  });

  it.each([
    ['missing', () => undefined],
    ['empty', () => ''],
    ['not a JWT', () => 'Bearer not-a-token'],
    [
      'expired (beyond the 5-minute skew)',
      () =>
        `Bearer ${issuer.token({ aud: APP_ID, serviceurl: SERVICE_URL, exp: Math.floor(Date.now() / 1000) - 3600, nbf: Math.floor(Date.now() / 1000) - 7200, iat: Math.floor(Date.now() / 1000) - 7200 })}`,
    ],
    ['for another audience', () => `Bearer ${issuer.token({ aud: 'another-app', serviceurl: SERVICE_URL })}`],
    [
      'from another issuer',
      () => `Bearer ${issuer.token({ aud: APP_ID, serviceurl: SERVICE_URL, iss: 'https://evil.example' })}`,
    ],
    ['unsigned (alg none)', () => `Bearer ${issuer.unsignedToken({ aud: APP_ID, serviceurl: SERVICE_URL })}`],
    [
      'signed by an unpublished key',
      () => `Bearer ${issuer.token({ aud: APP_ID, serviceurl: SERVICE_URL }, { key: issuer.otherKey() })}`,
    ],
    [
      'for another serviceUrl',
      () => `Bearer ${issuer.token({ aud: APP_ID, serviceurl: 'https://attacker.example/' })}`,
    ],
  ])('refuses a %s token with 401 and runs no turn', async (_name, authorization) => {
    const response = await post(authorization());
    expect(response.status).toBe(401);
    expect(await response.text()).not.toContain('Variant');
  });
});
