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

export const FRENCH_CASES: PlannerCase[] = [
  draft('Rédige trois e-mails pour les clients inactifs depuis 2 mois', {
    variants: 3,
    channel: 'email',
    inactiveDays: 60,
  }),
  draft('Rédige 2 SMS pour les clients VIP', { variants: 2, channel: 'sms', cohort: 'vip' }),
  draft('Écris quatre notifications push pour les clients fidèles', {
    variants: 4,
    channel: 'push',
    cohort: 'loyal',
  }),
  draft('Crée 3 variantes de newsletter sur les soldes de printemps', {
    variants: 3,
    channel: 'email',
    query: 'soldes de printemps',
  }),
  draft("Rédigez cinq courriels pour les clients qui n'ont pas acheté depuis 90 jours", {
    variants: 5,
    channel: 'email',
    inactiveDays: 90,
  }),
  draft('redige 3 emails pour les clients inactifs depuis six semaines', {
    variants: 3,
    channel: 'email',
    inactiveDays: 42,
  }),
  draft('Prépare deux SMS sur la livraison gratuite', {
    variants: 2,
    channel: 'sms',
    query: 'livraison gratuite',
  }),
  draft('Écris une demi-douzaine de notifications push pour les nouveaux clients', {
    variants: 6,
    channel: 'push',
    cohort: 'new',
  }),
  draft('Génère une douzaine de messages texte pour les clients perdus', {
    variants: 10,
    channel: 'sms',
    cohort: 'churned',
  }),
  draft('Rédige un e-mail pour les clients sans achat depuis un an', { channel: 'email', inactiveDays: 365 }),
  draft('Rédige 3 e-mails pour les clients qui n’ont rien acheté depuis 3 mois', {
    variants: 3,
    channel: 'email',
    inactiveDays: 90,
  }),
  draft('Propose trois textos pour les clients à risque', { variants: 3, channel: 'sms', cohort: 'at_risk' }),
  draft('REDIGE 2 EMAILS POUR LES CLIENTS INACTIFS', { variants: 2, channel: 'email', cohort: 'lapsed' }),
  draft('Crée 4 notifications push pour les clients inactifs depuis une semaine', {
    variants: 4,
    channel: 'push',
    inactiveDays: 7,
  }),
  draft('Rédige un couple de mails pour les meilleurs clients', {
    variants: 2,
    channel: 'email',
    cohort: 'vip',
  }),

  segment('Ne rédige rien, montre-moi seulement les clients VIP', { cohort: 'vip' }),
  segment("N'écris pas d'e-mails, montre-moi juste les clients inactifs", { cohort: 'lapsed' }),
  segment('Qui sont mes clients inactifs ?', { cohort: 'lapsed' }),
  segment('Montre-moi les segments RFM', { method: 'rfm' }),
  segment("Quels clients n'ont pas acheté depuis 90 jours ?", { inactiveDays: 90 }),
  segment('Combien de clients sont à risque ?', { cohort: 'at_risk' }),
  segment('Affiche les nouveaux clients', { cohort: 'new' }),

  retrieve('Trouve du contenu approuvé sur la livraison gratuite', 'livraison gratuite'),
  retrieve('Quelles offres avons-nous pour les soldes ?', 'soldes'),
  retrieve('Cherche le contenu validé à propos de la nouvelle collection', 'nouvelle collection'),

  screen(
    'Ce texte est-il sûr : Achetez maintenant, 90% de réduction !',
    'Achetez maintenant, 90% de réduction !',
  ),
  screen(
    'Vérifie ce texte : Bonjour {{firstName}}, votre code est prêt',
    'Bonjour {{firstName}}, votre code est prêt',
  ),
  screen('Est-ce que « Gagnez un iPhone gratuit » est conforme ?', 'Gagnez un iPhone gratuit'),
  screen('Vérifie les brouillons'),

  experiment("Lance l'expérience pour la campagne spring-winback", {
    action: 'launch',
    campaign: 'spring-winback',
  }),
  experiment('Lance le test A/B pour la campagne soldes_ete', { action: 'launch', campaign: 'soldes_ete' }),
  experiment('Simule une semaine de résultats avec 12 % de lift pour spring-winback', {
    action: 'simulate',
    days: 7,
    lift: 0.12,
    campaign: 'spring-winback',
  }),
  experiment("Quelle taille d'échantillon faut-il pour détecter 4% de hausse ?", {
    action: 'power',
    lift: 0.04,
  }),

  summarize('Comment se passe le test spring-winback ?', 'spring-winback'),
  summarize('Montre-moi les résultats de la campagne SPRING-2025', 'spring-2025'),
  summarize('Résumé des résultats'),
  summarize('Quel est le gagnant du test summer_sale ?', 'summer_sale'),

  help('Bonjour'),
  help('Aide'),
  help("Qu'est-ce que tu peux faire ?"),
  help('Quel temps fait-il à Paris ?'),
  help('Raconte-moi une blague'),
  help('Merci beaucoup'),
];
