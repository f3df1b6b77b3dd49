import type { RunningBot } from '../../src/app/startBot';
import { startTestBot } from '../support/botHarness';
import {
  APPROVER,
  MARKETER,
  NOBODY,
  SECOND_APPROVER,
  cardsOf,
  clickAction,
  postActivity,
  say,
  textOf,
  type BotReply,
} from '../support/botClient';

interface VariantRef {
  campaignId: string;
  variantId: string;
}

function variantRefs(reply: BotReply): VariantRef[] {
  return cardsOf(reply).flatMap((card) =>
    ((card.actions as Array<Record<string, unknown>> | undefined) ?? [])
      .filter((action) => action.verb === 'approveVariant')
      .map((action) => action.data as VariantRef),
  );
}

function invokeMessage(reply: BotReply): string {
  const body = reply.invokeBody as { type?: string; value?: { message?: string } };
  return body.type === 'application/vnd.microsoft.error' ? (body.value?.message ?? '') : textOf(body);
}

describe('bot flows over HTTP (expectReplies) on Azurite', () => {
  let bot: RunningBot;
  let port: number;

  beforeAll(async () => {
    ({ bot } = await startTestBot());
    port = bot.port;
  });
  afterAll(() => bot?.close());

  const drafts = [
    "draft a win-back email for customers who haven't bought in 90 days, promote the spring sale, 3 variants",
    'Create two SMS messages for lapsed customers about free shipping',
    'Entwirf 2 E-Mails für Kunden, die seit 3 Monaten nicht gekauft haben, zum Frühlingsverkauf',
    'Rédige trois e-mails de réactivation pour les clients inactifs depuis 60 jours sur les soldes de printemps',
  ];

  it.each(drafts)('drafts variant cards with citations and safety verdicts: %s', async (text) => {
    const reply = await say(port, MARKETER, text);
    expect(reply.status).toBe(200);
    const cards = cardsOf(reply).filter((card) => textOf(card).includes('Variant 1 of'));
    expect(cards.length).toBe(1);
    const all = cardsOf(reply).map(textOf).join('\n');
    expect(all).toMatch(/Sources/);
    expect(all).toMatch(/\[1\] .+ \(.+\)/);
    expect(all).toMatch(/Safety: /);
    expect(all).toMatch(/\d[\d,]* customers/);
  });

  it('answers empty, gibberish, very long and out-of-scope messages with help, and keeps working', async () => {
    for (const text of [
      '',
      '   ',
      'asdkjh qweoiu zxcmn',
      'x'.repeat(5000),
      'what is the weather in Paris?',
      '🙂',
    ]) {
      const reply = await say(port, MARKETER, text);
      expect(reply.status).toBe(200);
      expect(reply.activities.length).toBeGreaterThan(0);
      expect(JSON.stringify(reply.activities)).not.toMatch(/at .+\.ts:\d+/);
    }
    const next = await say(port, MARKETER, 'hello');
    expect(cardsOf(next).map(textOf).join('\n')).toContain('You can ask me');
  });

  it('guards malformed card actions with 4xx responses and no crash', async () => {
    const junk: unknown[] = [
      'a string',
      42,
      null,
      [],
      { action: 'nope' },
      { action: { type: 'Action.Execute', verb: 'deleteEverything', data: { x: 1 } } },
      {
        action: {
          type: 'Action.Execute',
          verb: 'approveVariant',
          data: { campaignId: '../../etc', variantId: 'v1' },
        },
      },
    ];
    for (const value of junk) {
      const reply = await clickAction(port, APPROVER, value);
      expect(reply.status).toBeGreaterThanOrEqual(400);
      expect(reply.status).toBeLessThan(500);
    }
    const tampered = await clickAction(port, APPROVER, {
      action: {
        type: 'Action.Execute',
        verb: 'approveVariant',
        data: { campaignId: 'no-such-campaign', variantId: 'v1' },
      },
    });
    expect(invokeMessage(tampered)).toMatch(/can't find campaign/);
    expect((await say(port, MARKETER, 'hi')).status).toBe(200);
  });

  it('enforces approval rules: no self-approval, no role, idempotent, concurrent approvals counted once', async () => {
    const draft = await say(port, MARKETER, 'draft 2 emails for VIP customers about the spring sale');
    const [first, second] = variantRefs(draft);
    if (!first || !second) throw new Error('expected two approvable variants');
    const approve = (ref: VariantRef) => ({
      action: { type: 'Action.Execute', verb: 'approveVariant', data: ref },
    });

    expect(invokeMessage(await clickAction(port, MARKETER, approve(first)))).toMatch(
      /You drafted this campaign/,
    );
    expect(invokeMessage(await clickAction(port, NOBODY, approve(first)))).toMatch(/Only approvers/);

    const approved = await clickAction(port, APPROVER, approve(first));
    expect(textOf(approved.invokeBody)).toMatch(/Approved by Megan Bowen on/);
    const again = await clickAction(port, APPROVER, approve(first));
    expect(textOf(again.invokeBody).match(/Approved by Megan Bowen/g)).toHaveLength(1);

    const [a, b] = await Promise.all([
      clickAction(port, APPROVER, approve(second)),
      clickAction(port, SECOND_APPROVER, approve(second)),
    ]);
    expect([a, b].every((reply) => reply.status === 200)).toBe(true);
    const refreshed = await clickAction(port, APPROVER, {
      action: { type: 'Action.Execute', verb: 'refreshVariant', data: second },
    });
    const decisions = textOf(refreshed.invokeBody);
    expect(decisions.match(/Approved by Megan Bowen/g)).toHaveLength(1);
    expect(decisions.match(/Approved by Adele Vance/g)).toHaveLength(1);
  });

  it('withdraws approvals when approved copy is edited, and blocks an edit with an ungrounded claim', async () => {
    const draft = await say(port, MARKETER, 'draft 1 email for VIP customers about the spring sale');
    const [ref] = variantRefs(draft);
    if (!ref) throw new Error('expected an approvable variant');
    const act = (user: typeof MARKETER, verb: string, data: Record<string, unknown> = {}) =>
      clickAction(port, user, { action: { type: 'Action.Execute', verb, data: { ...ref, ...data } } });
    expect(textOf((await act(APPROVER, 'approveVariant')).invokeBody)).toMatch(/Approved by Megan Bowen/);

    const edited = await act(MARKETER, 'editVariant', {
      body: 'Hi {{firstName}}, the Spring Sale is on: 20% off.',
    });
    const editedText = textOf(edited.invokeBody);
    expect(editedText).toContain('Pending approval');
    expect(editedText).not.toMatch(/Approved by/);

    const ungrounded = await act(MARKETER, 'editVariant', {
      body: 'Hi {{firstName}}, take 70% off everything today!',
    });
    const blockedText = textOf(ungrounded.invokeBody);
    expect(blockedText).toMatch(/Safety: ⛔ Blocked/);
    expect(blockedText).toMatch(/ungrounded: .*70%/);
    expect(invokeMessage(await act(APPROVER, 'approveVariant'))).toMatch(/blocked by the safety screen/);
    expect(invokeMessage(await act(APPROVER, 'editVariant', { body: 'x' }))).toMatch(/Only marketers/);
  });

  it('requires a reason to reject and shows it on the card', async () => {
    const draft = await say(
      port,
      MARKETER,
      'draft one push notification for new customers about the welcome offer',
    );
    const [ref] = variantRefs(draft);
    if (!ref) throw new Error('expected an approvable variant');
    const reject = (data: Record<string, unknown>) => ({
      action: { type: 'Action.Execute', verb: 'rejectVariant', data: { ...ref, ...data } },
    });
    expect(invokeMessage(await clickAction(port, APPROVER, reject({})))).toMatch(/pick a reason/);
    const rejected = await clickAction(port, APPROVER, reject({ reason: 'tone', comment: 'too pushy' }));
    expect(textOf(rejected.invokeBody)).toMatch(/Rejected by Megan Bowen .*\(Tone: too pushy\)/);
    const next = await say(port, MARKETER, 'draft one sms for lapsed customers about free shipping');
    expect(next.activities.map((activity) => activity.text ?? '').join(' ')).toMatch(
      /Most rejections of your drafts so far: Tone \(1\)/,
    );
  });

  it('works in group chats and channels when @mentioned (the mention is stripped before planning)', async () => {
    for (const conversationType of ['groupChat', 'channel']) {
      const reply = await postActivity(port, {
        type: 'message',
        text: '<at>Campaign Assistant</at> draft 2 sms for lapsed customers about free shipping',
        entities: [
          {
            type: 'mention',
            text: '<at>Campaign Assistant</at>',
            mentioned: { id: 'bot', name: 'Campaign Assistant' },
          },
        ],
        from: { id: MARKETER.id, aadObjectId: MARKETER.aadObjectId, name: MARKETER.name },
        conversation: { id: `conv-${conversationType}`, conversationType, isGroup: true },
      });
      const all = cardsOf(reply).map(textOf).join('\n');
      expect(all).toContain('Variant 2 of 2');
      expect(all).toContain('SMS');
    }
  });

  it('refuses drafting for users who are not marketers', async () => {
    const reply = await say(port, NOBODY, 'draft 3 emails about the spring sale');
    expect(reply.activities.map((activity) => activity.text).join(' ')).toMatch(/Only marketers/);
  });
});
