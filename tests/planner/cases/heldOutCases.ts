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

/**
 * Held-out phrasings, written after the planner was finished and never used to tune it.
 * heldOut.test.ts reports the accuracy on them instead of requiring every case to pass.
 */
export const HELD_OUT_CASES: PlannerCase[] = [
  // English
  draft('Could you put together four emails for folks who have not shopped with us for 2 months?', {
    variants: 4,
    channel: 'email',
    inactiveDays: 60,
  }),
  draft('I want two text messages that nudge dormant buyers back', {
    variants: 2,
    channel: 'sms',
    cohort: 'lapsed',
  }),
  draft('Generate five push messages for our top customers about early access', {
    variants: 5,
    channel: 'push',
    cohort: 'vip',
  }),
  draft('Please craft 3 newsletter versions for the autumn sale', {
    variants: 3,
    channel: 'email',
    query: 'autumn sale',
  }),
  draft('compose an email for customers we lost over a year ago', { channel: 'email', inactiveDays: 365 }),
  draft('Need 6 SMS variations for people who last ordered 3 weeks ago', {
    variants: 6,
    channel: 'sms',
    inactiveDays: 21,
  }),
  draft('write up two emails for new signups', { variants: 2, channel: 'email', cohort: 'new' }),
  draft('draft a handful of push alerts for churned users', { channel: 'push', cohort: 'churned' }),
  draft('Can you prepare 3 email drafts for customers inactive for 4 months?', {
    variants: 3,
    channel: 'email',
    inactiveDays: 120,
  }),
  draft('write 2 emails promoting free returns to our loyal shoppers', {
    variants: 2,
    channel: 'email',
    cohort: 'loyal',
  }),
  segment('which shoppers have gone quiet for 90 days?', { inactiveDays: 90 }),
  segment('break my customer base into RFM segments', { method: 'rfm' }),
  segment('skip the copy, I only want to see the at-risk group', { cohort: 'at_risk' }),
  segment('how many one-time buyers do we have?', { cohort: 'one_time' }),
  segment('list people who spent over 1000 dollars'),
  retrieve('look for approved material on the summer collection', 'summer collection'),
  retrieve('do we have any approved offers about gift cards?', 'gift cards'),
  screen('is the following OK to send? "Hurry, only 2 left!"', 'Hurry, only 2 left!'),
  screen(
    'please check this wording: Act now or lose your points forever',
    'Act now or lose your points forever',
  ),
  screen('Review the variants for compliance'),
  experiment('go ahead and launch campaign autumn-2025', { action: 'launch', campaign: 'autumn-2025' }),
  experiment('kick off the experiment for winter_promo with a holdout', {
    action: 'launch',
    campaign: 'winter_promo',
    holdout: true,
  }),
  experiment('simulate three weeks of data for autumn-2025 at a 7% lift', {
    action: 'simulate',
    days: 21,
    lift: 0.07,
    campaign: 'autumn-2025',
  }),
  experiment('what sample size do we need to detect a 4% lift?', { action: 'power', lift: 0.04 }),
  summarize('how did autumn-2025 do?', 'autumn-2025'),
  summarize('give me the results for winter_promo', 'winter_promo'),
  summarize('is the test significant yet?', 'autumn-2025', { currentCampaign: 'autumn-2025' }),
  summarize('which version is winning on winter_promo?', 'winter_promo'),
  help('hey'),
  help('what else can you do for me?'),
  help('recommend a good restaurant nearby'),
  help('zzzzz'),

  // German
  draft('Entwirf bitte vier E-Mails für Kunden, die seit 2 Monaten nicht eingekauft haben', {
    variants: 4,
    channel: 'email',
    inactiveDays: 60,
  }),
  draft('Schreib zwei SMS für unsere Stammkunden', { variants: 2, channel: 'sms', cohort: 'loyal' }),
  draft('Erstelle 3 Push-Nachrichten für Neukunden zur Herbstaktion', {
    variants: 3,
    channel: 'push',
    cohort: 'new',
  }),
  draft('Formuliere eine E-Mail für Kunden, die seit über einem Jahr weg sind', {
    channel: 'email',
    inactiveDays: 365,
  }),
  draft('Verfasse fünf Newsletter-Varianten über Gratisversand', { variants: 5, channel: 'email' }),
  segment('Keine Texte bitte, nur die VIP-Kunden anzeigen', { cohort: 'vip' }),
  segment('Welche Kunden haben seit 60 Tagen nichts bestellt?', { inactiveDays: 60 }),
  segment('Teile die Kunden nach RFM ein', { method: 'rfm' }),
  retrieve('Such mir freigegebenes Material zur Winteraktion', 'winteraktion'),
  screen('Ist der folgende Text konform? „Nur noch heute 80% sparen“', 'Nur noch heute 80% sparen'),
  experiment('Starte die Kampagne winter_promo', { action: 'launch', campaign: 'winter_promo' }),
  experiment('Simuliere drei Wochen für autumn-2025 mit 6% Lift', {
    action: 'simulate',
    days: 21,
    lift: 0.06,
    campaign: 'autumn-2025',
  }),
  summarize('Was sind die Ergebnisse von winter_promo?', 'winter_promo'),
  help('Servus!'),
  help('Wie spät ist es?'),

  // French
  draft('Rédige quatre e-mails pour les clients sans commande depuis 2 mois', {
    variants: 4,
    channel: 'email',
    inactiveDays: 60,
  }),
  draft('Écris deux SMS pour nos clients fidèles', { variants: 2, channel: 'sms', cohort: 'loyal' }),
  draft('Prépare 3 notifications push pour les nouveaux clients', {
    variants: 3,
    channel: 'push',
    cohort: 'new',
  }),
  draft("Crée un courriel pour les clients partis depuis plus d'un an", {
    channel: 'email',
    inactiveDays: 365,
  }),
  segment('Pas de rédaction, montre-moi seulement les clients à risque', { cohort: 'at_risk' }),
  segment("Quels clients n'ont rien commandé depuis 60 jours ?", { inactiveDays: 60 }),
  retrieve('Cherche du contenu approuvé sur les cartes cadeaux', 'cartes cadeaux'),
  screen(
    'Ce message est-il conforme : Dernière chance, tout doit disparaître',
    'Dernière chance, tout doit disparaître',
  ),
  experiment('Lance la campagne winter_promo', { action: 'launch', campaign: 'winter_promo' }),
  experiment('Simule trois semaines pour autumn-2025 avec 6 % de lift', {
    action: 'simulate',
    days: 21,
    lift: 0.06,
    campaign: 'autumn-2025',
  }),
  summarize('Quels sont les résultats de winter_promo ?', 'winter_promo'),
  help('Salut !'),
  help('Quelle heure est-il ?'),

  // Spanish
  draft('Redacta cuatro correos para clientes sin pedidos desde hace 2 meses', {
    variants: 4,
    channel: 'email',
    inactiveDays: 60,
  }),
  draft('Escribe dos SMS para nuestros clientes fieles', { variants: 2, channel: 'sms', cohort: 'loyal' }),
  draft('Prepara 3 notificaciones push para los clientes nuevos', {
    variants: 3,
    channel: 'push',
    cohort: 'new',
  }),
  draft('Crea un correo para clientes que se fueron hace más de un año', {
    channel: 'email',
    inactiveDays: 365,
  }),
  segment('Sin redactar nada, muéstrame solo los clientes en riesgo', { cohort: 'at_risk' }),
  segment('¿Qué clientes no han pedido nada en 60 días?', { inactiveDays: 60 }),
  retrieve('Busca contenido aprobado sobre tarjetas regalo', 'tarjetas regalo'),
  screen(
    '¿Este mensaje cumple las normas?: Última oportunidad, todo debe irse',
    'Última oportunidad, todo debe irse',
  ),
  experiment('Lanza la campaña winter_promo', { action: 'launch', campaign: 'winter_promo' }),
  experiment('Simula tres semanas para autumn-2025 con un 6% de lift', {
    action: 'simulate',
    days: 21,
    lift: 0.06,
    campaign: 'autumn-2025',
  }),
  summarize('¿Cuáles son los resultados de winter_promo?', 'winter_promo'),
  help('¡Buenos días!'),
  help('¿Qué hora es?'),

  // Portuguese
  draft('Redija quatro e-mails para clientes sem pedidos há 2 meses', {
    variants: 4,
    channel: 'email',
    inactiveDays: 60,
  }),
  draft('Escreva dois SMS para nossos clientes fiéis', { variants: 2, channel: 'sms', cohort: 'loyal' }),
  draft('Prepare 3 notificações push para os novos clientes', {
    variants: 3,
    channel: 'push',
    cohort: 'new',
  }),
  draft('Crie um e-mail para clientes que saíram há mais de um ano', { channel: 'email', inactiveDays: 365 }),
  segment('Sem redigir nada, mostre só os clientes em risco', { cohort: 'at_risk' }),
  segment('Quais clientes não pediram nada em 60 dias?', { inactiveDays: 60 }),
  retrieve('Procure conteúdo aprovado sobre cartões-presente', 'cartões-presente'),
  screen(
    'Esta mensagem está conforme? "Última chance, tudo precisa sair"',
    'Última chance, tudo precisa sair',
  ),
  experiment('Lance a campanha winter_promo', { action: 'launch', campaign: 'winter_promo' }),
  experiment('Simule três semanas para autumn-2025 com 6% de lift', {
    action: 'simulate',
    days: 21,
    lift: 0.06,
    campaign: 'autumn-2025',
  }),
  summarize('Quais são os resultados de winter_promo?', 'winter_promo'),
  help('Bom dia!'),
  help('Que horas são?'),

  // Japanese
  draft('2ヶ月注文のないお客様向けにメールを4通作成してください', {
    variants: 4,
    channel: 'email',
    inactiveDays: 60,
  }),
  draft('常連のお客様にSMSを2通書いて', { variants: 2, channel: 'sms', cohort: 'loyal' }),
  draft('新規顧客向けのプッシュ通知を3つ用意して', { variants: 3, channel: 'push', cohort: 'new' }),
  draft('1年以上購入していない顧客向けのメールを作成して', { channel: 'email', inactiveDays: 365 }),
  segment('文面はいらないので、離反リスクの顧客だけ表示して', { cohort: 'at_risk' }),
  segment('60日間注文していない顧客は？', { inactiveDays: 60 }),
  retrieve('ギフトカードに関する承認済みコンテンツを探して', 'ギフトカード'),
  screen('このメッセージは問題ない？「最後のチャンス、在庫一掃」', '最後のチャンス、在庫一掃'),
  experiment('キャンペーンwinter_promoを開始して', { action: 'launch', campaign: 'winter_promo' }),
  experiment('autumn-2025で6%のリフトで3週間分シミュレーションして', {
    action: 'simulate',
    days: 21,
    lift: 0.06,
    campaign: 'autumn-2025',
  }),
  summarize('winter_promoの結果はどう？', 'winter_promo'),
  help('おはようございます'),
  help('今何時？'),
];
