import type { AddressInfo } from 'node:net';
import { networkInterfaces } from 'node:os';
import type { RunningBot } from '../../src/app/startBot';
import { startTestBot } from '../support/botHarness';
import { MARKETER, say } from '../support/botClient';
import { captureLogger } from '../support/captureLogger';

const WARN = 40;

function nonLoopbackIPv4(): string | undefined {
  return Object.values(networkInterfaces())
    .flat()
    .find((entry) => entry && entry.family === 'IPv4' && !entry.internal)?.address;
}

const warningsOf = (lines: Array<Record<string, unknown>>): string[] =>
  lines.filter((line) => line.level === WARN).map((line) => String(line.msg));

describe('anonymous mode (no MICROSOFT_APP_ID)', () => {
  let bot: RunningBot;
  const log = captureLogger();

  beforeAll(async () => {
    ({ bot } = await startTestBot(
      { CPO_USER_TURNS_PER_MINUTE: '3', CPO_CONVERSATION_TURNS_PER_MINUTE: '5', CPO_MAX_BODY_BYTES: '65536' },
      log.logger,
    ));
  });
  afterAll(() => bot?.close());

  it('listens on loopback only and says so once at start', async () => {
    expect((bot.server.address() as AddressInfo).address).toBe('127.0.0.1');
    const warnings = warningsOf(log.lines()).filter((message) => message.includes('loopback'));
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/No MICROSOFT_APP_ID: anonymous mode, listening on loopback/);
    const external = nonLoopbackIPv4();
    if (external === undefined) return; // no other interface on this machine: nothing more to try
    await expect(
      fetch(`http://${external}:${bot.port}/healthz`, { signal: AbortSignal.timeout(2000) }),
    ).rejects.toThrow();
  });

  it('answers a `{}` activity with 400 naming the missing field, not 500', async () => {
    for (const body of ['{}', '[]', '{"type":""}']) {
      const response = await fetch(`http://127.0.0.1:${bot.port}/api/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body,
      });
      expect(response.status).toBe(400);
      expect(((await response.json()) as { error: string }).error).toMatch(/type|activity/);
    }
  });

  it.each(['/api/messages', '/api/engagement'])(
    'refuses a body over the limit on %s with 413',
    async (route) => {
      const response = await fetch(`http://127.0.0.1:${bot.port}${route}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ type: 'message', text: 'x'.repeat(70_000) }),
      });
      expect(response.status).toBe(413);
    },
  );

  it('refuses a chunked body (no content-length) over the limit with 413 as it is read', async () => {
    const bytes = new TextEncoder().encode(JSON.stringify({ type: 'message', text: 'x'.repeat(70_000) }));
    const body = new ReadableStream({
      start(controller) {
        controller.enqueue(bytes);
        controller.close();
      },
    });
    const response = await fetch(`http://127.0.0.1:${bot.port}/api/engagement`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body,
      duplex: 'half',
    } as RequestInit);
    expect(response.status).toBe(413);
  });

  it('rate-limits turns per user: 429 with a polite message in chat, other users unaffected', async () => {
    const user = { ...MARKETER, id: 'rate-user', aadObjectId: 'rate-user-aad' };
    const statuses: number[] = [];
    let last = await say(bot.port, user, 'hello', 'conv-rate-1');
    statuses.push(last.status);
    for (let turn = 0; turn < 3; turn++) {
      last = await say(bot.port, user, 'hello', `conv-rate-${turn + 2}`);
      statuses.push(last.status);
    }
    expect(statuses).toEqual([200, 200, 200, 429]);
    expect(JSON.stringify(last.activities)).toMatch(
      /faster than I can handle them\. Please wait about \d+ seconds?/,
    );
    const other = await say(
      bot.port,
      { ...MARKETER, id: 'other', aadObjectId: 'other-aad' },
      'hello',
      'conv-rate-9',
    );
    expect(other.status).toBe(200);
  });

  it('rate-limits turns per conversation across users (a busy group chat)', async () => {
    const statuses: number[] = [];
    for (let user = 0; user < 6; user++) {
      const member = { ...MARKETER, id: `member-${user}`, aadObjectId: `member-${user}-aad` };
      statuses.push((await say(bot.port, member, 'hello', 'conv-group')).status);
    }
    expect(statuses).toEqual([200, 200, 200, 200, 200, 429]);
  });

  it('keeps /healthz as liveness and reports every dependency on /readyz', async () => {
    const health = await fetch(`http://127.0.0.1:${bot.port}/healthz`);
    expect(await health.json()).toEqual({ status: 'ok' });
    const ready = await fetch(`http://127.0.0.1:${bot.port}/readyz`);
    expect(ready.status).toBe(200);
    const body = (await ready.json()) as { status: string; checks: Record<string, { status: string }> };
    expect(body.status).toBe('ready');
    expect(Object.keys(body.checks).sort()).toEqual(['content_index', 'model', 'safety', 'tables']);
    expect(Object.values(body.checks).every((check) => check.status === 'ok')).toBe(true);
  });
});

describe('logs', () => {
  it('never carry what a caller sent: chat text, card numbers, emails, tokens', async () => {
    const log = captureLogger('trace');
    const { bot } = await startTestBot({ CPO_USER_TURNS_PER_MINUTE: '2' }, log.logger);
    try {
      const secret = 'card 4111 1111 1111 1111, mail jane.doe@example.org';
      for (let turn = 0; turn < 3; turn++)
        await say(bot.port, MARKETER, `is this text safe? ${secret}`, 'conv-logs');
      await say(bot.port, MARKETER, `draft an email about ${secret}`, 'conv-logs-2');
      await fetch(`http://127.0.0.1:${bot.port}/api/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: 'Bearer eyJ.secret-token.x' },
        body: JSON.stringify({ type: 'message', text: secret }),
      });
      await fetch(`http://127.0.0.1:${bot.port}/api/messages`, {
        method: 'POST',
        body: `{"text":"${secret}"`,
      });
    } finally {
      await bot.close();
    }
    const text = JSON.stringify(log.lines());
    for (const value of ['4111', 'jane.doe', 'secret-token', 'is this text safe']) {
      expect({ value, found: text.includes(value) }).toEqual({ value, found: false });
    }
  });
});

describe('exposure outside anonymous loopback mode', () => {
  it('opens every interface with CPO_ALLOW_ANONYMOUS_REMOTE=true, warning on every start', async () => {
    for (let start = 0; start < 2; start++) {
      const log = captureLogger();
      const { bot } = await startTestBot(
        { CPO_ALLOW_ANONYMOUS_REMOTE: 'true', CPO_ENGAGEMENT_WEBHOOK_KEY: 'k'.repeat(32) },
        log.logger,
      );
      try {
        expect((bot.server.address() as AddressInfo).address).toBe('0.0.0.0');
        expect(
          warningsOf(log.lines()).filter((message) => message.includes('CPO_ALLOW_ANONYMOUS_REMOTE')),
        ).toHaveLength(1);
      } finally {
        await bot.close();
      }
    }
  });

  it.each([
    ['with CPO_ALLOW_ANONYMOUS_REMOTE', { CPO_ALLOW_ANONYMOUS_REMOTE: 'true' }],
    [
      'with MICROSOFT_APP_ID',
      { MICROSOFT_APP_ID: '0e6f8a3c-5c1b-4c43-9a53-1f0c2d8b7a11', MICROSOFT_APP_PASSWORD: 'x' },
    ],
  ])('refuses to start %s but no engagement webhook key', async (_name, overrides) => {
    await expect(startTestBot(overrides)).rejects.toThrow(/CPO_ENGAGEMENT_WEBHOOK_KEY/);
  });
});
