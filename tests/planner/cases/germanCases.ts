import {
  draft,
  experiment,
  help,
  retrieve,
  screen,
  segment,
  summarize,
  type PlannerCase,
} from './plannerCase';

export const GERMAN_CASES: PlannerCase[] = [
  draft('Schreib drei E-Mails an Kunden, die seit 3 Monaten nicht gekauft haben', {
    variants: 3,
    channel: 'email',
    inactiveDays: 90,
  }),
  draft('Entwirf 2 SMS für VIP-Kunden', { variants: 2, channel: 'sms', cohort: 'vip' }),
  draft('Erstelle vier Push-Benachrichtigungen für inaktive Kunden', {
    variants: 4,
    channel: 'push',
    cohort: 'lapsed',
  }),
  draft('Bitte schreibe 3 Textnachrichten zum Frühlingsverkauf', {
    variants: 3,
    channel: 'sms',
    query: 'frühlingsverkauf',
  }),
  draft('Entwerfen Sie fünf Newsletter-Varianten für Neukunden', {
    variants: 5,
    channel: 'email',
    cohort: 'new',
  }),
  draft('Schreib eine Mail an Kunden, die seit 2 Wochen nichts gekauft haben', {
    channel: 'email',
    inactiveDays: 14,
  }),
  draft('Erstelle zwei E-Mail-Varianten für Kunden, die seit einem Jahr inaktiv sind', {
    variants: 2,
    channel: 'email',
    inactiveDays: 365,
  }),
  draft('Generiere 3 Varianten einer Push-Nachricht für treue Kunden', {
    variants: 3,
    channel: 'push',
    cohort: 'loyal',
  }),
  draft('schreib 3 emails für kunden die seit 90 tagen nicht bestellt haben', {
    variants: 3,
    channel: 'email',
    inactiveDays: 90,
  }),
  draft('Entwirf ein paar SMS über kostenlosen Versand', {
    variants: 2,
    channel: 'sms',
    query: 'kostenlosen versand',
  }),
  draft('Formuliere sechs E-Mails für abgewanderte Kunden', {
    variants: 6,
    channel: 'email',
    cohort: 'churned',
  }),
  draft('Erstelle ein Dutzend Push-Nachrichten für VIPs', { variants: 10, channel: 'push', cohort: 'vip' }),
  draft('Verfasse 3 E-Mails für Kunden, die seit einem halben Jahr nicht gekauft haben', {
    variants: 3,
    channel: 'email',
    inactiveDays: 180,
  }),
  draft('SCHREIB 2 E-MAILS FÜR GEFÄHRDETE KUNDEN', { variants: 2, channel: 'email', cohort: 'at_risk' }),
  draft('Schreibe bitte 3 Mails zur Sommeraktion', { variants: 3, channel: 'email', query: 'sommeraktion' }),
  draft('Entwirf drei Varianten für Kunden ohne Kauf seit sechs Wochen', { variants: 3, inactiveDays: 42 }),
  draft('Erstell 2 Push Benachrichtigungen über die neue Kollektion', { variants: 2, channel: 'push' }),
  draft('Ich brauche 3 E-Mails für Einmalkäufer', { variants: 3, channel: 'email', cohort: 'one_time' }),

  segment('nichts entwerfen, zeig mir nur die VIP-Kunden', { cohort: 'vip' }),
  segment('Schreib keine E-Mails, zeig mir nur die inaktiven Kunden', { cohort: 'lapsed' }),
  segment('Wer sind meine besten Kunden?', { cohort: 'vip' }),
  segment('Zeig mir die Segmente nach RFM', { method: 'rfm' }),
  segment('Welche Kunden haben seit 90 Tagen nicht gekauft?', { inactiveDays: 90 }),
  segment('Wie viele Kunden sind abgewandert?', { cohort: 'churned' }),
  segment('Liste die Neukunden auf', { cohort: 'new' }),
  segment('Segmentiere die Kunden nach Kaufverhalten', { method: 'behavior' }),

  retrieve('Finde freigegebene Inhalte zum kostenlosen Versand', 'kostenlosen versand'),
  retrieve('Welche Angebote haben wir für den Sommer?', 'sommer'),
  retrieve('Such freigegebene Inhalte über die Frühlingsaktion', 'frühlingsaktion'),

  screen('Ist dieser Text in Ordnung: Jetzt kaufen und 50% sparen!', 'Jetzt kaufen und 50% sparen!'),
  screen(
    'Prüfe diesen Text: Hallo {{firstName}}, dein Rabatt wartet',
    'Hallo {{firstName}}, dein Rabatt wartet',
  ),
  screen('Ist das sicher? „Nur heute: alles gratis“', 'Nur heute: alles gratis'),
  screen('Prüfe die Entwürfe auf Compliance'),

  experiment('Starte das Experiment für die Kampagne spring-winback', {
    action: 'launch',
    campaign: 'spring-winback',
  }),
  experiment('Starte den A/B-Test für Kampagne sommer_sale', { action: 'launch', campaign: 'sommer_sale' }),
  experiment('Simuliere eine Woche mit 12% Lift für spring-winback', {
    action: 'simulate',
    days: 7,
    lift: 0.12,
    campaign: 'spring-winback',
  }),
  experiment('Simuliere zwei Wochen Ergebnisse mit 8 Prozent Uplift', {
    action: 'simulate',
    days: 14,
    lift: 0.08,
  }),
  experiment('Wie groß muss die Stichprobe für 5% Lift sein?', { action: 'power', lift: 0.05 }),

  summarize('Wie läuft der Test spring-winback?', 'spring-winback'),
  summarize('Zeig mir die Ergebnisse der Kampagne SPRING-2025', 'spring-2025'),
  summarize('Ergebnisse bitte'),
  summarize('Fasse die Ergebnisse für summer_sale zusammen', 'summer_sale'),
  summarize('Wie läuft es?', 'fall-promo', { currentCampaign: 'fall-promo' }),

  help('Hallo'),
  help('Hilfe'),
  help('Was kannst du?'),
  help('Wie wird das Wetter morgen?'),
  help('Erzähl mir einen Witz'),
  help('Guten Morgen!'),
];
