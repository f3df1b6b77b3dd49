import type { RunningBot } from '../../src/app/startBot';
import { startTestBot } from '../support/botHarness';
import { MARKETER, cardsOf, postActivity, say, textOf, type BotReply } from '../support/botClient';

/** The chat messages of a reply (the draft summary is one), without its cards. */
const messagesOf = (reply: BotReply): string =>
  reply.activities.map((activity) => (typeof activity.text === 'string' ? activity.text : '')).join('\n');

const cardText = (reply: BotReply): string => cardsOf(reply).map(textOf).join('\n');

/** Every card is an Adaptive Card 1.5 with a body (its JSON stays valid whatever the language). */
function expectAdaptiveCards(reply: BotReply): void {
  for (const card of cardsOf(reply)) {
    expect(card).toMatchObject({ type: 'AdaptiveCard', version: '1.5' });
    expect(Array.isArray(card.body)).toBe(true);
    expect(() => JSON.parse(JSON.stringify(card)) as unknown).not.toThrow();
  }
}

describe('replies in the language of the request (offline bot over HTTP)', () => {
  let bot: RunningBot;
  let port: number;

  beforeAll(async () => {
    ({ bot } = await startTestBot());
    port = bot.port;
  });
  afterAll(() => bot?.close());

  it.each([
    [
      'de',
      'Entwirf 2 E-Mails für Kunden, die seit 3 Monaten nicht gekauft haben, zum Frühlingsverkauf',
      [
        /2 E-Mail-Varianten für Kampagne \*\*[a-z0-9-]+\*\* entworfen/,
        /— Zielgruppe: .+ \([\d.]+ Kunden\)\./,
      ],
      ['Jede Variante muss von jemand anderem als Ihnen freigegeben werden.', 'Modellkosten: keine'],
    ],
    [
      'fr',
      'Rédige trois e-mails de réactivation pour les clients inactifs depuis 60 jours sur les soldes de printemps',
      [
        /3 variantes e-mail rédigées pour la campagne \*\*[a-z0-9-]+\*\*/,
        /— audience : .+ \([\d  ]+ clients\)\./,
      ],
      ['Chaque variante doit être approuvée par une autre personne que vous.', 'Coût du modèle : aucun'],
    ],
    [
      'ja',
      '90日間購入していない顧客向けに、春のセールの呼び戻しメールを3通作成してください',
      [/キャンペーン \*\*[a-z0-9-]+\*\* のメールバリエーションを3件作成しました/, /— 対象: .+（[\d,]+人）。/],
      ['各バリエーションは、あなた以外の承認者による承認が必要です。', 'モデル費用: なし'],
    ],
  ])(
    'a %s drafting request gets its draft summary in that language',
    async (_language, request, patterns, phrases) => {
      const reply = await say(port, MARKETER, request);
      expect(reply.status).toBe(200);
      const summary = messagesOf(reply);
      for (const pattern of patterns) expect(summary).toMatch(pattern);
      for (const phrase of phrases) expect(summary).toContain(phrase);
      expect(summary).not.toMatch(/Drafted \d|An approver other than you|Model cost/);
      expectAdaptiveCards(reply);
    },
  );

  it('names what was not applied, with the reason and a way forward, in German', async () => {
    const reply = await say(
      port,
      MARKETER,
      'Schreib 2 E-Mails für alle Kunden, die Stiefel gekauft haben, zum Frühlingsverkauf',
    );
    const summary = messagesOf(reply);
    expect(summary).toContain('**Nicht wie gewünscht umgesetzt:**');
    expect(summary).toMatch(
      /Die Kundendaten haben dafür kein Feld, daher schränkt das die Zielgruppe nicht ein\./,
    );
  });

  it('answers a Spanish out-of-scope line with the Spanish help card', async () => {
    const reply = await say(port, MARKETER, '¿Qué tiempo hará mañana en Madrid?');
    expect(reply.status).toBe(200);
    const text = cardText(reply);
    expect(text).toContain('Eso queda fuera de lo que puedo hacer.');
    expect(text).toContain('Puede pedírmelo con sus propias palabras:');
    expect(text).toContain('Redactar una campaña');
    expect(text).toContain('Entiendo English, Deutsch, Français, Español, Português y 日本語.');
    expect(text).not.toContain('You can ask me');
    expectAdaptiveCards(reply);
  });

  it.each(['Какая сегодня погода в Москве?', '오늘 날씨 어때?'])(
    'answers a request in another language in English: %s',
    async (request) => {
      const reply = await say(port, MARKETER, request);
      expect(reply.status).toBe(200);
      expect(cardText(reply)).toContain('You can ask me, in your own words:');
    },
  );

  it('asks its clarifying question in the language of the request, buttons included', async () => {
    const reply = await say(port, MARKETER, 'Wie läuft der Test?', 'conv-de-clarify');
    const text = `${messagesOf(reply)}\n${cardText(reply)}`;
    expect(text).toMatch(/Welche Kampagne\?|Es läuft noch keine Kampagne/);
    expect(text).not.toMatch(/Which campaign|There is no/);
  });

  it('lists campaigns, the review queue and a safety check in the language of the request', async () => {
    const list = cardText(await say(port, MARKETER, 'Montre-moi mes campagnes'));
    expect(list).toContain('Mes campagnes');
    expect(list).not.toContain('My campaigns');
    const queue = cardText(await say(port, MARKETER, 'Muéstrame las aprobaciones pendientes'));
    expect(queue).toContain('Pendiente de su revisión');
    expect(queue).not.toMatch(/Waiting for your review|Nothing is waiting|Only approvers/);
    const screened = await say(port, MARKETER, 'Ist das sicher: „Letzte Chance: 20 % auf alles“');
    const safety = cardText(screened);
    expect(safety).toMatch(/Sicherheitsprüfung: /);
    expect(safety).toContain('Offline geprüft (Regeln und Klassifikator)');
    expect(safety).toContain('Selbstverletzung');
    expectAdaptiveCards(screened);
  });

  it('keeps the language of a clarifying question when its button is pressed (the plan comes back without text)', async () => {
    const reply = await postActivity(port, {
      type: 'message',
      text: '',
      value: { cpoPlan: { steps: [{ tool: 'help', args: { reason: 'explicit' } }], language: 'fr' } },
      from: { id: MARKETER.id, aadObjectId: MARKETER.aadObjectId, name: MARKETER.name },
    });
    expect(cardText(reply)).toContain('Voici ce que je sais faire.');
  });
});
