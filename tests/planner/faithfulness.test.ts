import { IntentPlanner } from '../../src/adapters/planner/intent/intentPlanner';
import type { PlanningContext } from '../../src/ports/Planner';

/**
 * Every constraint a marketer states lands in an argument: audience, region (a country narrows to its
 * region and is reported as not applied), purchase history (not applied, named), the offer or topic in
 * their words, channel, copy language and count. The examples, in six languages.
 */
const planner = new IntentPlanner({
  onError: (error) => {
    throw error;
  },
});

function argsOf(text: string, tool: string, context: PlanningContext = {}): Record<string, unknown> {
  const step = planner.planSync(text, context).steps.find((candidate) => candidate.tool === tool);
  if (step === undefined) throw new Error(`no ${tool} step for: ${text}`);
  return step.args;
}

describe('IntentPlanner keeps what the marketer stated', () => {
  it.each([
    ['write an email offering free shipping to customers in EMEA', 'free shipping'],
    [
      'hey, could you write an email for folks who have not bought in 4 months? offer free shipping',
      'free shipping',
    ],
    [
      'draft a push about early access to the summer collection for VIPs',
      'early access to the summer collection',
    ],
    ['Black Friday SMS for everyone who bought boots', 'black friday'],
    ['ugh the results on the last one were bad. new sms for lapsed folks, 20% off', '20% off'],
    ['Schreib eine E-Mail mit kostenlosem Versand für Kunden in Deutschland', 'kostenlosem versand'],
    ['Early Access zur Sommerkollektion, Mail an die VIPs', 'early access zur sommerkollektion'],
    [
      "tu peux écrire un mail pour ceux qui n'ont rien acheté depuis 4 mois ? avec la livraison gratuite",
      'livraison gratuite',
    ],
    ["accès anticipé à la collection d'été, mail aux VIP", "accès anticipé à la collection d'été"],
    ['¿me escribes un email para quienes llevan 4 meses sin comprar? con envío gratis', 'envío gratis'],
    ['push para os VIPs sobre a Black Friday', 'black friday'],
    ['ドイツの顧客に送料無料のメール', '送料無料'],
  ])('offer or topic: %s → %s', (text, topic) => {
    expect(argsOf(text, 'generate_variants').topic).toBe(topic);
    expect(argsOf(text, 'retrieve_content').query).toBe(topic);
  });

  it.each([
    ['email VIPs in EMEA about the spring sale', { cohort: 'vip', region: 'EMEA' }],
    ['Black Friday SMS for everyone who bought boots', { unsupported: ['bought boots'] }],
    ['Schreib eine E-Mail für Kunden in Deutschland', { region: 'EMEA', unsupported: ['in deutschland'] }],
    ['SMS pour les clients en France sur les soldes', { region: 'EMEA', unsupported: ['en france'] }],
    ['email for customers in the UK about the spring sale', { region: 'EMEA', unsupported: ['in the uk'] }],
    ['push para clientes en Brasil', { region: 'LATAM', unsupported: ['en brasil'] }],
    ['ドイツの顧客に送料無料のメール', { region: 'EMEA', unsupported: ['ドイツ'] }],
    ['an SMS for customers in Canada, French copy', { region: 'NA', unsupported: ['in canada'] }],
    ['eine SMS für Kunden in der Schweiz', { region: 'EMEA', unsupported: ['in der schweiz'] }],
    ['カナダの顧客向けにSMS', { region: 'NA', unsupported: ['カナダ'] }],
    ['un email para los que compraron una tarjeta regalo', { unsupported: ['bought tarjeta regalo'] }],
    ['mail aux clients qui ont acheté des baskets', { unsupported: ['bought baskets'] }],
    ['write to customers inactive for 90 days', { inactiveDays: 90 }],
  ])('audience: %s', (text, expected) => {
    expect(argsOf(text, 'segment_customers')).toMatchObject(expected);
  });

  it.each([
    ['3 SMS for lapsed shoppers in Spanish', { variants: 3, channel: 'sms', language: 'es' }],
    ['Reaktivierungsmail für abgewanderte Kunden schreiben', { channel: 'email', language: 'de' }],
    [
      'noch nicht starten, nur 2 Push-Entwürfe für Neukunden',
      { variants: 2, channel: 'push', language: 'de' },
    ],
    ['まだ配信しないで。新規顧客向けSMSの下書きを2つだけ', { variants: 2, channel: 'sms', language: 'ja' }],
  ])('channel, count and language: %s', (text, expected) => {
    expect(argsOf(text, 'generate_variants')).toMatchObject(expected);
  });

  it.each([
    ['make variant 3 less wordy', 3, 'shorter'],
    ['案2をもう少し短く', 2, 'shorter'],
    ['die erste Variante ist zu lang, kürz sie', 1, 'shorter'],
    ['1番目が長いので削って', 1, 'shorter'],
  ])('revision of the current campaign: %s', (text, variant, instruction) => {
    const args = argsOf(text, 'generate_variants', { currentCampaign: 'autumn-reboot-4d' });
    expect(args).toMatchObject({ basedOn: 'autumn-reboot-4d', reviseVariant: variant, instruction });
    expect(args.topic).toBeUndefined();
  });

  it.each([
    ['lance citrus-glow-8m avec 20 % de holdout'],
    ['lanza citrus-glow-8m con un 20 % de holdout'],
    ['citrus-glow-8mをホールドアウト20%で開始'],
    ['starte citrus-glow-8m mit 20 % Holdout'],
  ])('a holdout size is not a lift: %s', (text) => {
    const args = argsOf(text, 'run_experiment');
    expect(args).toMatchObject({ campaign: 'citrus-glow-8m', action: 'launch', holdout: true });
    expect(args.lift).toBeUndefined();
  });

  it.each([
    [
      'solo borrador, no lo envíes: un email sobre el acceso anticipado a la colección de otoño',
      'acceso anticipado a la colección de otoño',
    ],
    [
      'só rascunho: um email sobre o acesso antecipado à coleção de outono pros fiéis',
      'acesso antecipado à coleção de outono',
    ],
  ])('a known offer longer than the phrase after "sobre" is kept whole: %s', (text, topic) => {
    expect(argsOf(text, 'generate_variants').topic).toBe(topic);
  });

  it.each([
    ['la 2e variante moins commerciale'],
    ['la 2ª variante menos comercial'],
    ['die 2. Variante kürzer'],
  ])('an ordinal is not a campaign id: %s', (text) => {
    const plan = planner.planSync(text, { currentCampaign: 'opal-renew-3w' });
    for (const step of plan.steps) {
      for (const value of Object.values(step.args)) expect(['2e', '2a', '2']).not.toContain(value);
    }
  });

  it.each([
    ['push for UK VIPs re the Boxing Day sale', { cohort: 'vip', region: 'EMEA', unsupported: ['uk'] }],
    [
      'push para los VIP de Chile sobre el Cyber Monday',
      { cohort: 'vip', region: 'LATAM', unsupported: ['de chile'] },
    ],
    ['第3四半期の件で、120日間購入のない休眠ユーザーにメールを送りたい', { inactiveDays: 120 }],
  ])('round-15 audience misses: %s', (text, expected) => {
    expect(argsOf(text, 'segment_customers')).toMatchObject(expected);
  });

  it.each([
    ['2つ目は消して、1つ目をもっとインパクトのある感じに', 1],
    ['drop the second version and make the first one punchier', 1],
    ['quita la segunda y haz la primera más directa', 1],
    ['make the second one shorter', 2],
  ])('the variant dropped is not the one revised: %s', (text, variant) => {
    expect(argsOf(text, 'generate_variants', { currentCampaign: 'loyalty-sms-e2aa' }).reviseVariant).toBe(
      variant,
    );
  });

  it('keeps Boxing Day as the topic', () => {
    expect(argsOf('push for UK VIPs re the Boxing Day sale', 'generate_variants').topic).toBe(
      'boxing day sale',
    );
  });
});
