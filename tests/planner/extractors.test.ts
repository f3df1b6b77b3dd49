import { findCampaignId, looksLikeId } from '../../src/adapters/planner/intent/campaignIds';
import { detectChannel } from '../../src/adapters/planner/intent/channels';
import { findDurations } from '../../src/adapters/planner/intent/durations';
import { findHoldout, findLift } from '../../src/adapters/planner/intent/experimentArgs';
import { isNegated } from '../../src/adapters/planner/intent/negation';
import { foldForMatching } from '../../src/text/foldForMatching';
import { parseKanjiNumber, parseNumber } from '../../src/adapters/planner/intent/numberWords';
import { findVariantCount } from '../../src/adapters/planner/intent/variantCount';
import { findAudience } from '../../src/adapters/planner/intent/audience';
import { findRegion } from '../../src/adapters/planner/intent/audienceLimits';
import { findRevision } from '../../src/adapters/planner/intent/followUp';
import { findListFilter } from '../../src/adapters/planner/intent/listFilter';
import { detectCopyLanguage } from '../../src/adapters/planner/intent/copyStyle';
import { correctCohortTypos } from '../../src/adapters/planner/intent/cohorts';

const fold = (text: string): string => foldForMatching(text).matched;

describe('number words', () => {
  it.each([
    ['3', 3],
    ['1.5', 1.5],
    ['2,5', 2.5],
    ['three', 3],
    ['drei', 3],
    ['trois', 3],
    ['tres', 3],
    ['quatro', 4],
    ['funf', 5],
    ['forty-five', 45],
    ['forty five', 45],
    ['funfundvierzig', 45],
    ['vingt et un', 21],
    ['quatre-vingt-dix', 90],
    ['soixante-dix-sept', 77],
    ['treinta y cinco', 35],
    ['veinticinco', 25],
    ['vinte e cinco', 25],
    ['a couple of', 2],
    ['half a dozen', 6],
    ['a dozen', 12],
    ['ein paar', 2],
    ['media docena', 6],
    ['meia duzia', 6],
  ])('%s → %d', (text, value) => expect(parseNumber(text)).toBe(value));

  it.each([
    ['三', 3],
    ['十', 10],
    ['十二', 12],
    ['二十', 20],
    ['九十', 90],
    ['百八十', 180],
    ['二〇', 20],
  ])('kanji %s → %d', (text, value) => expect(parseKanjiNumber(text)).toBe(value));

  it('rejects words that are not numbers', () => expect(parseNumber('emails')).toBeUndefined());
});

describe('durations (days)', () => {
  it.each([
    ['3 months', 90],
    ['2 weeks', 14],
    ['a year', 365],
    ['six weeks', 42],
    ['90 days', 90],
    ['a month', 30],
    ['1.5 months', 45],
    ['half a year', 180],
    ['a couple of weeks', 14],
    ['90d', 90],
    ['90+ days', 90],
    ['the last month', 30],
    ['seit 3 monaten', 90],
    ['seit einem halben jahr', 180],
    ['depuis 2 mois', 60],
    ['depuis un an', 365],
    ['hace 45 dias', 45],
    ['medio ano', 180],
    ['ha 3 meses', 90],
    ['meio ano', 180],
    ['90日間', 90],
    ['3ヶ月', 90],
    ['3か月', 90],
    ['半年', 180],
    ['2週間', 14],
    ['一年', 365],
    ['a year and a half', 540],
  ])('%s → %d', (text, days) => expect(findDurations(text)[0]?.days).toBe(days));

  it('ignores dates and bare units', () => {
    expect(findDurations('2025年の計画')).toEqual([]);
    expect(findDurations('3月3日')).toEqual([]);
    expect(findDurations('for months now')).toEqual([]);
  });
});

describe('channels', () => {
  it.each([
    ['nur ein mailentwurf fur kunden', 'email'],
    ['bitte zwei mailvarianten', 'email'],
    ['draft 3 emails', 'email'],
    ['an e-mail', 'email'],
    ['a mail', 'email'],
    ['the newsletter', 'email'],
    ['un courriel', 'email'],
    ['tres correos', 'email'],
    ['メールを3通', 'email'],
    ['a text message', 'sms'],
    ['3 texts', 'sms'],
    ['tres textos', 'sms'],
    ['sms', 'sms'],
    ['eine textnachricht', 'sms'],
    ['mensagem de texto', 'sms'],
    ['ショートメッセージ', 'sms'],
    ['a push notification', 'push'],
    ['une notification push', 'push'],
    ['push-benachrichtigung', 'push'],
    ['notificacoes push', 'push'],
    ['プッシュ通知', 'push'],
    ['3 notifications', 'push'],
  ])('%s → %s', (text, channel) => expect(detectChannel(text)).toBe(channel));

  it('prefers a named channel over the verb "push"', () =>
    expect(detectChannel('push the spring sale by email')).toBe('email'));

  it('is undefined when no channel is named', () =>
    expect(detectChannel('draft 3 variants')).toBeUndefined());
});

describe('campaign ids', () => {
  it.each([
    ['how is the spring-winback test doing', 'spring-winback'],
    ['results for campaign spring-2025', 'spring-2025'],
    ['launch experiment for campaign summer_sale', 'summer_sale'],
    ["results for 'spring winback'", 'spring-winback'],
    ['results for "holiday promo"', 'holiday-promo'],
    ['kampagne fruhling', 'fruhling'],
    ['la campagne soldes_ete', 'soldes_ete'],
    ['キャンペーン spring-winback の結果', 'spring-winback'],
    ['spring-winbackキャンペーンの結果', 'spring-winback'],
    ['how is the summer campaign doing', 'summer'],
    ['campaign id: abc123', 'abc123'],
    ['results for q3', 'q3'],
  ])('%s → %s', (text, id) => expect(findCampaignId(text)).toBe(id));

  it.each([
    'how is the test doing',
    'show me the campaign results',
    'how is my email campaign doing',
    'simulate 7 days with 12% lift',
    "quelle taille d'echantillon faut-il",
    'e-mail-varianten fur vip-kunden',
    'run the a/b test',
    'results after 90d',
  ])('finds no id in %p', (text) => expect(findCampaignId(text)).toBeUndefined());

  it('knows what looks like an id', () => {
    expect(looksLikeId('spring-winback')).toBe(true);
    expect(looksLikeId('q3')).toBe(true);
    expect(looksLikeId('2025')).toBe(false);
    expect(looksLikeId('7-day')).toBe(false);
    expect(looksLikeId('e-mail')).toBe(false);
    expect(looksLikeId('montre-moi')).toBe(false);
  });
});

describe('negation', () => {
  const negated = (text: string, word: string): boolean => {
    const folded = fold(text);
    const start = folded.indexOf(word);
    return isNegated(folded, start, start + word.length);
  };

  it.each([
    ["don't draft anything, just show me the vips", 'draft'],
    ['do not write any emails', 'write'],
    ['no escribas nada', 'escribas'],
    ['nichts entwerfen', 'entwerfen'],
    ['entwirf nichts', 'entwirf'],
    ['ne redige rien', 'redige'],
    ["n'ecris pas", 'ecris'],
    ['nao escreva nada', 'escreva'],
    ['instead of drafting, show me', 'drafting'],
    ['文面は作成しないで', '作成'],
    ['下書きは不要', '下書き'],
  ])('%s: %s is negated', (text, word) => expect(negated(text, word)).toBe(true));

  it.each([
    ["don't draft anything, just show me the vips", 'show'],
    ["why don't you draft 3 emails", 'draft'],
    ["don't forget to draft the emails", 'draft'],
    ['schreib 3 e-mails fur kunden, die nicht gekauft haben', 'schreib'],
    ['draft emails for customers who did not buy', 'draft'],
    ['作成してくれませんか', '作成'],
  ])('%s: %s is not negated', (text, word) => expect(negated(text, word)).toBe(false));
});

describe('variant counts', () => {
  it.each([
    ['draft 3 emails', 3],
    ['three email variants', 3],
    ['a couple of texts', 2],
    ['a pair of emails', 2],
    ['half a dozen push notifications', 6],
    ['a dozen emails', 10],
    ['50 emails', 10],
    ['drei e-mails', 3],
    ['trois variantes', 3],
    ['tres correos', 3],
    ['tres mensagens', 3],
    ['メールを3通', 3],
    ['三つ', 3],
    ['2パターン', 2],
    ['variants: 4', 4],
    ['vip push x2, early access to the autumn drop', 2],
    ['sms x3, 2,5 % off', 3],
    ['bitte zwei Mailvarianten, eher locker', 2],
    ['drei SMS-Varianten', 3],
  ])('%s → %d', (text, count) => expect(findVariantCount(fold(text))).toBe(count));

  it('does not count durations or percentages', () => {
    const text = 'customers inactive for 90 days with 12% off';
    expect(findVariantCount(text, findDurations(text))).toBeUndefined();
  });

  it('states no count for "an email"', () => expect(findVariantCount('write an email')).toBeUndefined());
});

describe('experiment arguments', () => {
  it.each([
    ['12% lift', 0.12],
    ['a lift of 5 percent', 0.05],
    ['uplift 0.08', 0.08],
    ['8 prozent uplift', 0.08],
    ['12 % de lift', 0.12],
    ['un lift del 12%', 0.12],
    ['12%のリフト', 0.12],
    ['10% holdout and 3% lift', 0.03],
    ['-2% lift', -0.02],
  ])('lift in %p → %d', (text, lift) => expect(findLift(fold(text))).toBeCloseTo(lift, 6));

  it('finds holdouts and their absence', () => {
    expect(findHoldout('launch with a holdout group')).toBe(true);
    expect(findHoldout('launch without a holdout')).toBe(false);
    expect(findHoldout('starte ohne kontrollgruppe')).toBe(false);
    expect(findHoldout('ホールドアウトなしで開始')).toBe(false);
    expect(findHoldout('launch it')).toBeUndefined();
  });
});

describe('list filters (round 20/21 misses)', () => {
  it.each([
    ['list the campaigns that are live atm', 'running'],
    ['welche Kampagnen laufen gerade? die laufenden bitte', 'running'],
    ['campañas activas ahora mismo', 'running'],
    ['show all campaigns, not just mine', 'all'],
    ["fais-moi voir l'ensemble des campagnes, pas seulement les miennes", 'all'],
    ['todas as campanhas, não só as minhas', 'all'],
    ['toutes les campagnes', 'all'],
    ['Liste alle Kampagnen, die ich angelegt hab', 'mine'],
    ['las campañas que creé', 'mine'],
    ['私が作ったキャンペーンを見せて', 'mine'],
    ['what is waiting for approval', 'waiting'],
    ['which campaigns belong to me?', 'mine'],
    ['liste les campagnes qui sont à moi', 'mine'],
    ['show all campaigns, not only mine', 'all'],
  ])('%s → %s', (text, filter) => expect(findListFilter(fold(text))).toBe(filter));

  it('leaves mixed or unstated filters to the model', () => {
    expect(findListFilter(fold('show campaigns'))).toBeUndefined();
    expect(findListFilter(fold('my campaigns that are running'))).toBeUndefined();
  });
});

describe('cohorts and audience (round 20/21 misses)', () => {
  it.each([
    ['un push para los clientes de mayor gasto', 'big_spenders'],
    ['borradores de SMS para los clientes de alto gasto', 'big_spenders'],
    ['email para os clientes de maior gasto', 'big_spenders'],
    ['un email para los que compraron solo una vez', 'one_time'],
    ['um push para quem comprou só uma vez', 'one_time'],
    ['離脱したお客様向けメール', 'churned'],
    ['pls write a welcom emial for new custmers', 'new'],
    ['welcome mail for new costumers', 'new'],
    ['un SMS de bienvenida para los nuevos', 'new'],
    ['mail de bienvenue pour les nouveaux, stp', 'new'],
    ['新しい会員さん向けのメール', 'new'],
  ])('%s → %s', (text, cohort) => expect(findAudience(fold(text)).cohort).toBe(cohort));

  it('does not read "los nuevos productos" as the new cohort', () =>
    expect(findAudience(fold('un email sobre los nuevos productos')).cohort).toBeUndefined());

  it('reads a span since the last purchase in Japanese as inactivity', () =>
    expect(findAudience(fold('最後の購入から90日以上たったお客様')).inactiveDays).toBe(90));

  it('reads "para Brasil" as LATAM', () =>
    expect(findRegion(fold('email a los VIP en portugués para Brasil'))).toBe('LATAM'));
});

describe('revised variant ordinals (round 20/21 misses)', () => {
  it.each([
    ["la 1re version fait pavé, tu peux l'alléger ?", 1],
    ['la 2 est un peu plate, rends-la plus punchy', 2],
    ['die 3 ist zu lang', 3],
    ['the 2 sounds off, redo it', 2],
    ['a 2 tá longa demais', 2],
    ['el 3 suena raro', 3],
    ['一つ目、半分くらいの長さにできる？', 1],
    ['三つ目をもっと短く', 3],
    ['a terceira tá enrolada demais', 3],
    ['Schreib die erste Variante um', 1],
    ['the 2nd version is too long', 2],
  ])('%s → %d', (text, variant) => expect(findRevision(fold(text)).variant).toBe(variant));
});

describe('round 22 argument misses', () => {
  it.each([
    ["churned customers barely open our emails, so let's reach them by push this time", 'push'],
    ['emails get ignored anyway - switch it over to push', 'push'],
    ['stammkunden reagieren kaum auf mails - mach fur die lieber was per sms', 'sms'],
    ['les mails ne marchent pas, plutot en sms cette fois', 'sms'],
    ['los correos no funcionan, mejor por sms', 'sms'],
    ['os emails nao funcionam, muda para push', 'push'],
    ['メールは開かれないので今回はプッシュで', 'push'],
    ['ahora solo quiero el texto: push para clientes en riesgo', 'push'],
    ['bitte ne mial fur abgewanderte kundne', 'email'],
  ])('channel switched to: %s → %s', (text, channel) => expect(detectChannel(fold(text))).toBe(channel));

  it('keeps the first channel when none is switched to', () =>
    expect(detectChannel(fold('an email and later maybe a push'))).toBe('email'));

  it.each([
    ['Spanish-language email for our big spenders', 'es'],
    ['E-Mail für treue Kunden, bitte in englischer Sprache', 'en'],
    ['un mail en langue anglaise', 'en'],
    ['a German SMS', 'de'],
  ])('copy language: %s → %s', (text, language) => expect(detectCopyLanguage(fold(text))).toBe(language));

  it.each([
    ['sms nouveaux clients x3 court stp', 3],
    ['tu me fais 2 notifs push pour les VIP', 2],
  ])('count: %s → %d', (text, count) => expect(findVariantCount(fold(text))).toBe(count));

  it('does not read a model name like "x3" glued to letters as a count', () =>
    expect(findVariantCount(fold('email about the rx300 launch'))).toBeUndefined());

  it.each([
    ['preciso d umas 2 mensagens de push pra clientes novso', 'new'],
    ["prépare seulement un push pour les clients qui n'ont acheté qu'une fois", 'one_time'],
    ['アジア太平洋の離反しそうなお客様向けSMS', 'at_risk'],
  ])('cohort: %s → %s', (text, cohort) => expect(findAudience(fold(text)).cohort).toBe(cohort));

  it('corrects only words one slip from a cohort keyword', () => {
    expect(correctCohortTypos('clientes novso')).toBe('clientes novos');
    expect(correctCohortTypos('abgewanderte kundne')).toBe('abgewanderte kunden');
    expect(correctCohortTypos('un email sobre productos')).toBe('un email sobre productos');
  });
});
