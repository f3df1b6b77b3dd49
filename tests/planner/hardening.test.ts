import { IntentPlanner } from '../../src/adapters/planner/intent/intentPlanner';
import { findCampaignId } from '../../src/adapters/planner/intent/campaignIds';
import { findDurations } from '../../src/adapters/planner/intent/durations';
import { findLift } from '../../src/adapters/planner/intent/experimentArgs';
import { normalizeUtterance } from '../../src/adapters/planner/intent/normalizeUtterance';
import { findVariantCount } from '../../src/adapters/planner/intent/variantCount';
import {
  draft,
  experiment,
  help,
  retrieve,
  screen,
  segment,
  summarize,
  type PlannerCase,
} from './cases/plannerCase';
import { failureOf } from './support/heldOutAccuracy';

const fold = (text: string): string => normalizeUtterance(text).folded;

/** Phrasings probed during the second hardening pass: each exercises one general rule. */
const HARDENING_CASES: PlannerCase[] = [
  // "launch" as a noun ("the spring launch") is an occasion for copy, not a request to launch.
  draft('Eight emails for the product launch, aimed at VIPs', {
    variants: 8,
    channel: 'email',
    cohort: 'vip',
  }),
  experiment('launch spring_2026 now', { action: 'launch', campaign: 'spring_2026' }),
  // Drafts that already exist, asked about with a safety word, are screened.
  screen('Are our drafts compliant?'),
  screen('Sind die Entwürfe konform?'),
  screen('Les brouillons sont-ils conformes ?'),
  // A short courtesy or instruction after the separator is not copy to screen.
  screen('are these drafts ok? please check'),
  screen('check the drafts - thanks'),
  screen(
    'Is this line okay to send — Your account will be closed unless you act now',
    'Your account will be closed unless you act now',
  ),
  screen("review 'Big sale - 40% off' please", 'Big sale - 40% off'),
  screen('Peux-tu relire ceci « Gagnez 1000 € sans rien faire »', 'Gagnez 1000 € sans rien faire'),
  screen("dá uma olhada nesse texto: 'Compre agora e ganhe 2 de brinde'", 'Compre agora e ganhe 2 de brinde'),
  screen('この文面OK？ 今なら全品無料', '今なら全品無料'),
  // Power questions: "how many … need", zu-infinitives, "detect".
  experiment('how many customers do we need to see a 2% uplift?', { action: 'power', lift: 0.02 }),
  experiment('Wie viele Nutzer benötigen wir, um 4 % Lift nachzuweisen?', { action: 'power', lift: 0.04 }),
  experiment('what lift can we detect with 20k users per arm?', { action: 'power' }),
  segment('how many customers do we have?'),
  segment('how many customers are inactive for more than 6 months?', { inactiveDays: 180 }),
  // Which arm is ahead, in every language.
  summarize('Welche Variante gewinnt bei oster_2026?', 'oster_2026'),
  summarize('Quelle variante gagne sur oster_2026 ?', 'oster_2026'),
  summarize('¿Qué variante va ganando en oster_2026?', 'oster_2026'),
  summarize('Qual variante está ganhando em oster_2026?', 'oster_2026'),
  summarize('oster_2026でどのバリアントが勝っている？', 'oster_2026'),
  summarize('¿qué tal le fue a la campaña verano2026?', 'verano2026'),
  // German compounds: channels, audiences, campaigns.
  draft('Entwirf zwei Pushnachrichten für Bestandskunden', { variants: 2, channel: 'push' }),
  // Counts: "x3", "(x3)", "Stück", "une dizaine", "torpedos".
  draft('emails (x3) for inactive 6mo customers', { variants: 3, channel: 'email', inactiveDays: 180 }),
  draft('SMS, vier Stück, für Kunden ohne Bestellung seit 100 Tagen', {
    variants: 4,
    channel: 'sms',
    inactiveDays: 100,
  }),
  draft('Il me faudrait une dizaine de SMS pour la fête des pères', { variants: 10, channel: 'sms' }),
  draft('Dá pra fazer 3 torpedos pros clientes sumidos faz 2 meses?', {
    variants: 3,
    channel: 'sms',
    inactiveDays: 60,
  }),
  // Durations: fortnight, "un bon trimestre", "nem Vierteljahr" stays unparsed rather than wrong.
  draft("Email copy, 3 variants, for customers who haven't been back in a fortnight", {
    variants: 3,
    channel: 'email',
    inactiveDays: 14,
  }),
  draft('Tu peux me pondre 4 mails pour les clients qui dorment depuis un bon trimestre ?', {
    variants: 4,
    channel: 'email',
    inactiveDays: 90,
  }),
  // Japanese recency windows: 直近30日に購入した is active, not inactive.
  segment('文案作成は不要です。直近30日に購入した顧客を出して', { activeWithinDays: 30 }),
  segment('過去90日間購入していない顧客', { inactiveDays: 90 }),
  // Negations.
  segment('hold off on drafting for now and just segment by RFM', { method: 'rfm' }),
  segment('nada de textos, só quero ver quem são os clientes vip', { cohort: 'vip' }),
  segment('ningún correo, solo la lista de clientes vip', { cohort: 'vip' }),
  segment('不要なので文面は作らず、解約顧客を一覧にして', { cohort: 'churned' }),
  // Wanting to see content is retrieval, not drafting.
  retrieve('quero ver conteúdo aprovado da campanha de natal', 'natal'),
  retrieve('look for approved material on the summer collection', 'summer collection'),
  retrieve('search for black friday banners', 'black friday'),
  // Launch verbs and lifts written in words.
  experiment('mets en ligne le test printemps-26', { action: 'launch', campaign: 'printemps-26' }),
  experiment('coloque no ar o teste primavera-26', { action: 'launch', campaign: 'primavera-26' }),
  experiment('simuliere fruehling-26 für 3 Wochen mit fünf Prozent Uplift', {
    action: 'simulate',
    campaign: 'fruehling-26',
    days: 21,
    lift: 0.05,
  }),
  experiment('simula primavera-26 durante 21 días con un cinco por ciento de mejora', {
    action: 'simulate',
    campaign: 'primavera-26',
    days: 21,
    lift: 0.05,
  }),
  experiment('autumn_saleを2週間、リフト4%で試算して', {
    action: 'simulate',
    campaign: 'autumn_sale',
    days: 14,
    lift: 0.04,
  }),
  help('Wer hat heute Geburtstag?'),
];

describe('IntentPlanner — second hardening pass', () => {
  const planner = new IntentPlanner({
    onError: (error) => {
      throw error;
    },
  });

  it.each(HARDENING_CASES.map((testCase) => [testCase.text, testCase] as const))('%s', (_text, testCase) => {
    expect(failureOf(planner, testCase)).toBeUndefined();
  });
});

describe('extractors — second hardening pass', () => {
  it('reads a fortnight and adjectives between article and unit', () => {
    expect(findDurations(fold('in a fortnight'))[0]?.days).toBe(14);
    expect(findDurations(fold('depuis un bon trimestre'))[0]?.days).toBe(90);
    expect(findDurations(fold('for a whole month'))[0]?.days).toBe(30);
  });

  it('counts "x3", "(x3)", "× 3" and "Stück"', () => {
    expect(findVariantCount(fold('emails (x3)'))).toBe(3);
    expect(findVariantCount(fold('sms x 4'))).toBe(4);
    expect(findVariantCount(fold('3× push'))).toBe(3);
    expect(findVariantCount(fold('vier Stück'))).toBe(4);
    expect(findVariantCount(fold('une dizaine de SMS'))).toBe(10);
  });

  it('reads lifts written with number words', () => {
    expect(findLift(fold('mit fünf Prozent Uplift'))).toBe(0.05);
    expect(findLift(fold('avec cinq pour cent de hausse'))).toBe(0.05);
    expect(findLift(fold('com dez por cento de aumento'))).toBe(0.1);
    expect(findLift(fold('with 12.5% lift'))).toBe(0.125);
    expect(findLift(fold('with 3,5 % lift'))).toBe(0.035);
  });

  it('never takes a word after or before a marker inside a compound for a campaign id', () => {
    expect(findCampaignId(fold('Kannst du den Test osterkampagne starten?'))).toBeUndefined();
    expect(findCampaignId(fold('Wer hat gewonnen bei osterkampagne?'))).toBeUndefined();
    expect(findCampaignId(fold('how did the spring winback campaign do?'))).toBe('spring-winback');
    expect(findCampaignId(fold('spring_2026のキャンペーンの結果'))).toBe('spring_2026');
  });
});
