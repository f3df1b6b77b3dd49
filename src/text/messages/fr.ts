import type { Messages } from './messages';

/** Réponses en français (vouvoiement). */
export const fr: Messages = {
  common: {
    sorry: 'Désolé — {{message}}',
    listSeparator: ', ',
  },
  errors: {
    internal: 'Un problème est survenu de mon côté. Veuillez réessayer.',
    withDetail: '{{reason}} ({{code}}). Détail en anglais : {{message}}',
    codes: {
      INVALID_INPUT: 'Un élément de la demande n’est pas valide',
      NOT_FOUND: 'Introuvable',
      FORBIDDEN: 'Non autorisé',
      CONFLICT: 'Impossible pour le moment',
      UNAVAILABLE: 'Un service est indisponible',
      CONFIG: 'Le bot n’est pas configuré pour cela',
      INTERNAL: 'Un problème est survenu de mon côté',
    },
    noAudience: 'Aucun client ne correspond à cette audience. Essayez une description plus large.',
    noContent:
      'Je n’ai trouvé aucun contenu approuvé et en vigueur sur « {{query}} » : je ne rédige pas d’affirmations sans source.',
    campaignMissing: 'Je ne trouve pas la campagne « {{campaign}} ».',
    campaignRunning:
      'La campagne « {{campaign}} » est déjà en cours : ses variantes ne peuvent plus changer. Rédigez plutôt une nouvelle campagne.',
    noSuchVariant_one:
      'La campagne « {{campaign}} » a {{count}} variante : il n’y a donc pas de variante {{position}}.',
    noSuchVariant_other:
      'La campagne « {{campaign}} » a {{count}} variantes : il n’y a donc pas de variante {{position}}.',
    sourcesGone:
      'Le contenu approuvé cité par la variante {{position}} n’est plus disponible, je ne peux donc pas la retravailler. Rédigez-la à nouveau.',
    launchWaits:
      'La campagne {{campaign}} est rédigée mais pas encore lancée : {{reason}} Une fois ses variantes approuvées, dites « lance-la ».',
  },
  bot: {
    busy: 'Je suis très sollicité en ce moment, réessayez dans une minute. Rien n’a été lancé, approuvé ni envoyé.',
    tooMany_one:
      'Vous envoyez des demandes plus vite que je ne peux les traiter. Patientez environ {{count}} seconde, puis réessayez.',
    tooMany_other:
      'Vous envoyez des demandes plus vite que je ne peux les traiter. Patientez environ {{count}} secondes, puis réessayez.',
    tooSlow:
      'Cela prend plus de temps que prévu, j’arrête donc d’attendre. La tâche peut encore aboutir en arrière-plan : consultez la carte ou « affiche mes campagnes » dans une minute avant de réessayer.',
    working: 'Je travaille sur votre campagne…',
    stopped: 'Interrompu — voir le message ci-dessous.',
    done: 'Terminé.',
    revised:
      'Variante {{position}} de **{{campaign}}** retravaillée (version {{version}}) ; elle a été vérifiée à nouveau et doit être réapprouvée.',
  },
  tools: {
    segment_customers: 'Recherche de l’audience',
    retrieve_content: 'Recherche des contenus approuvés',
    generate_variants: 'Rédaction des variantes',
    screen_content: 'Vérification de sécurité et des sources',
    run_experiment: 'Étape de l’expérience',
    summarize_results: 'Synthèse des résultats',
    review_queue: 'Lecture de la file de validation',
    list_campaigns: 'Liste des campagnes',
    help: 'Ce que je sais faire',
  },
  channels: { email: 'e-mail', sms: 'SMS', push: 'push' },
  draft: {
    drafted_one: '{{count}} variante {{channel}} rédigée pour la campagne **{{campaign}}**',
    drafted_other: '{{count}} variantes {{channel}} rédigées pour la campagne **{{campaign}}**',
    audience_one: '— audience : {{segment}} ({{size}} client).',
    audience_other: '— audience : {{segment}} ({{size}} clients).',
    passed_one: '{{count}} a passé le contrôle de sécurité{{held}}.',
    passed_other: '{{count}} ont passé le contrôle de sécurité{{held}}.',
    held_one: ', {{count}} est à revoir ou a été bloquée',
    held_other: ', {{count}} sont à revoir ou ont été bloquées',
    approver: 'Chaque variante doit être approuvée par une autre personne que vous.',
    notAppliedHeading: 'Non appliqué comme demandé :',
    costNone: 'Coût du modèle : aucun (rédigé hors ligne).',
    cost_one: 'Coût du modèle : {{cost}} pour {{count}} appel ({{tokens}} jetons){{perCustomer}}.',
    cost_other: 'Coût du modèle : {{cost}} pour {{count}} appels ({{tokens}} jetons){{perCustomer}}.',
    costPerCustomer: ', {{cost}} par client',
  },
  notApplied: {
    unsupported:
      '« {{condition}} » : les données clients n’ont aucun champ pour cela, l’audience n’est donc pas restreinte sur ce critère.',
    topic:
      'Aucun contenu approuvé sur « {{topic}} » — j’ai utilisé « {{used}} » à la place. Indiquez une autre offre pour changer.',
  },
  clarify: {
    whichMeant: 'Que vouliez-vous dire ?',
    draftersOnly:
      'Seuls les marketeurs peuvent rédiger des campagnes. Demandez à un administrateur de vous ajouter à la liste des marketeurs dans le fichier des rôles.',
    invalidCampaignName: 'Le nom de campagne « {{name}} » n’est pas valide.',
    whichCampaign: 'Quelle campagne ?',
    noCampaign:
      '{{lead}} Il n’y a encore aucune campagne — rédigez-en d’abord une, par ex. « rédige un e-mail de réactivation pour les clients inactifs ».',
    noLaunchedCampaign:
      '{{lead}} Aucune campagne n’est encore lancée — rédigez-en d’abord une, par ex. « rédige un e-mail de réactivation pour les clients inactifs ».',
    youHave: '{{lead}} Vous avez : {{campaigns}}.',
    fixDetail:
      'Il me faut un détail corrigé avant « {{step}} » : {{details}}. Pouvez-vous reformuler avec cette correction ?',
    pasteToScreen:
      'Collez le texte à vérifier après « est-ce sûr : », ou demandez-moi de rédiger une campagne.',
    verbs: {
      results: 'Voir les résultats de {{campaign}}',
      startFrom: 'Partir de {{campaign}}',
      launch: 'Lancer {{campaign}}',
      simulate: 'Simuler {{campaign}}',
      size: 'Dimensionner {{campaign}}',
    },
  },
  help: {
    intros: {
      greeting: 'Bonjour ! Je suis le Customer Personalization Orchestrator.',
      out_of_scope: 'Je ne peux pas vous aider sur ce point.',
      unclear: 'Je ne suis pas sûr de ce que vous attendez de moi.',
      empty: 'Votre message était vide.',
      explicit: 'Voici ce que je sais faire.',
      not_available: 'Je ne sais pas encore faire cela.',
    },
    youCanAsk: 'Demandez-moi, avec vos propres mots :',
    examples: {
      draftTitle: 'Rédiger une campagne',
      draft:
        'Rédige un e-mail de réactivation pour les clients sans achat depuis 90 jours, sur les soldes de printemps, 3 variantes',
      segmentsTitle: 'Explorer les segments',
      segments: 'Montre-moi les clients VIP · Qui est inactif depuis 6 mois ?',
      contentTitle: 'Trouver des contenus approuvés',
      content: 'Trouve des contenus approuvés sur la livraison gratuite',
      checkTitle: 'Vérifier un texte',
      check: 'Ce texte est-il sûr : « Dernière chance : -20 % sur tout »',
      experimentsTitle: 'Expériences',
      experiments: 'Lance l’expérience de la campagne spring-winback · Où en est le test spring-winback ?',
    },
    capabilities: {
      segment_customers:
        'Répartir les clients en cohortes (RFM, comportement ou attributs) et expliquer chacune, p. ex. les clients inactifs depuis 90 jours.',
      retrieve_content: 'Trouver les contenus et offres de marque approuvés sur un sujet, avec citations.',
      generate_variants:
        'Rédiger des variantes de message pour le segment, fondées uniquement sur les contenus approuvés.',
      screen_content:
        'Vérifier des variantes ou un texte : contenus nuisibles, données personnelles, injection de prompt, termes interdits et affirmations sans source.',
      run_experiment:
        'Lancer une expérience A/B/n pour une campagne approuvée, simuler l’engagement ou estimer la puissance.',
      summarize_results:
        'Résumer les résultats d’une expérience : uplift, intervalles de confiance, significativité et recommandation.',
      review_queue: 'Afficher les variantes qui attendent votre décision, regroupées par campagne.',
      list_campaigns:
        'Lister les campagnes avec leur état (rédigée, en revue, approuvée, en cours, décidée), leur auteur et la prochaine action.',
      help: 'Expliquer ce que fait l’assistant : salutations, demandes floues ou hors sujet.',
    },
    languages: 'Je comprends English, Deutsch, Français, Español, Português et 日本語.',
  },
  generation: {
    noOptIn: 'Personne dans « {{segment}} » n’a consenti à recevoir des messages par {{channel}}.',
    englishOnly:
      'Le générateur de modèles hors ligne n’écrit qu’en anglais ; la langue « {{language}} » n’a pas été appliquée.',
    citationsRemoved:
      'La variante {{position}} citait des contenus non fournis ; ces citations ont été retirées.',
    fewer: 'Seules {{drafted}} des {{requested}} variantes demandées ont pu être rédigées.',
    heldSource:
      'Le contenu approuvé « {{title}} » ({{id}}) a été écarté : il se lit comme une instruction adressée au modèle. Demandez à son responsable de le vérifier.',
    noSources:
      'Il n’y a pas encore de contenu approuvé sur lequel fonder le texte. Cherchez d’abord une offre.',
    noChannelSources:
      'Aucun des contenus trouvés n’est approuvé pour le canal {{channel}}. Choisissez un autre canal ou une autre offre.',
  },
  segments: {
    title: 'Segments de clients',
    size_one: '{{name}} · {{size}} client',
    size_other: '{{name}} · {{size}} clients',
  },
  content: {
    title: 'Contenus approuvés pour « {{query}} »',
    none: 'Aucun contenu approuvé et en vigueur ne correspond.',
  },
  safety: {
    title: 'Contrôle de sécurité : {{headline}}',
    headlines: {
      pass: 'Aucun problème détecté',
      review: '⚠️ Relecture humaine nécessaire',
      block: '⛔ Bloqué',
    },
    said: { pass: 'aucun problème détecté', review: 'relecture humaine nécessaire', block: 'bloqué' },
    offlineLabel: 'Contrôlé hors ligne (règles et classifieur)',
    screens: {
      local: 'Règles et classifieur hors ligne',
      azure: 'Azure AI Content Safety',
      policy: 'Charte de marque et sources citées',
      judge: 'Évaluation par modèle',
    },
    couldNotJudge: '{{screen}} : pas de verdict possible, une relecture humaine est donc demandée',
    judgedEarlier: ' (déjà évalué)',
    caveatOffline:
      'Aucun modèle n’a évalué ce texte : le contrôle hors ligne rate les contenus nuisibles formulés sans les mots habituels. La personne qui approuve reste le dernier rempart.',
    caveatModel:
      'Les contrôles automatiques peuvent laisser passer des contenus nuisibles ; la personne qui approuve reste le dernier rempart.',
    categories: { hate: 'Haine', violence: 'Violence', selfHarm: 'Automutilation', sexual: 'Sexuel' },
  },
  lists: {
    titles: {
      mine: 'Mes campagnes',
      running: 'Expériences en cours',
      waiting: 'En attente de votre part',
      all: 'Campagnes',
    },
    page_one: 'Page {{page}} sur {{pageCount}} · {{count}} campagne',
    page_other: 'Page {{page}} sur {{pageCount}} · {{count}} campagnes',
    previous: '◀ Précédent',
    next: 'Suivant ▶',
    variants_one: '{{count}} variante',
    variants_other: '{{count}} variantes',
    queueTitle: 'En attente de votre validation',
    inReview_one: '{{count}} campagne en revue',
    inReview_other: '{{count}} campagnes en revue',
    waiting_one: ' · {{count}} variante en attente',
    waiting_other: ' · {{count}} variantes en attente',
    oldestFirst: ' · les plus anciennes d’abord',
    pendingOf: '{{pending}} sur {{variants}} en attente',
    by: 'Par {{author}} · {{market}} · {{age}}',
  },
  views: {
    states: {
      drafted: 'Rédigée',
      in_review: 'En revue',
      approved: 'Approuvée',
      running: 'En cours',
      decided: 'Décidée',
    },
    ageNow: 'à l’instant',
    ageHours_one: 'il y a {{count}} h',
    ageHours_other: 'il y a {{count}} h',
    ageDays_one: 'il y a {{count}} jour',
    ageDays_other: 'il y a {{count}} jours',
    allMarkets: 'Tous les marchés',
    actions: {
      review: 'Examiner les variantes',
      show: 'Voir les variantes',
      revise: 'Retravailler les variantes',
      launch: 'Lancer',
      results: 'Voir les résultats',
      open_one: 'Ouvrir {{count}} variante',
      open_other: 'Ouvrir {{count}} variantes',
    },
    details: {
      inReview: 'approuvées : {{approved}} sur {{eligible}} · en attente : {{pending}}',
      rejected: 'refusées : {{rejected}} — à retravailler et soumettre à nouveau',
      noPass: 'aucune variante n’a passé le contrôle de sécurité',
      approved: 'approuvées : {{approved}} — prête au lancement',
      running: 'expérience en cours',
      ship: 'décidé : déployer la gagnante',
      keep: 'décidé : garder le contrôle',
    },
    empty: {
      mine: 'Vous n’avez encore rédigé aucune campagne.',
      running: 'Aucune expérience en cours.',
      waiting: 'Rien ne vous attend.',
      all: 'Aucune campagne pour l’instant.',
      queue: 'Rien n’attend votre validation.',
      notApprover:
        'Seuls les approbateurs ont une file de validation. Demandez à un administrateur de vous ajouter à la liste des approbateurs.',
    },
  },
  power: {
    launchedTitle: '🚀 Expérience lancée · {{campaign}}',
    checkTitle: 'Puissance statistique · {{campaign}}',
    notDetectable: 'Un uplift de {{lift}} n’est pas un changement détectable du taux de clic.',
    detectable:
      '✅ Un uplift de {{lift}} est détectable : il faut {{needed}} clients par variante et vous en avez {{have}}.',
    notEnough: '⚠️ Un uplift de {{lift}} demande {{needed}} clients par variante ; vous en avez {{have}}.',
    audience: 'Audience',
    customers: '{{size}} clients',
    armShare: '{{share}} · ~{{size}} clients',
    baseline: 'Taux de clic de référence',
    detectableLift: 'Uplift détectable',
    noneRealistic: 'aucun réaliste',
    forLift: 'Pour un uplift de {{lift}}',
    perArm: '{{size}} clients par variante',
    test: 'Test',
    testValue_one: 'bilatéral, α {{alpha}} réparti sur {{count}} comparaison, puissance {{power}}',
    testValue_other: 'bilatéral, α {{alpha}} réparti sur {{count}} comparaisons, puissance {{power}}',
    launchedNote:
      'Expérience {{key}}, lancée le {{when}} UTC. Demandez « où en est {{campaign}} ? » pour voir les résultats.',
  },
  results: {
    ship: '✅ Déployer',
    keepRunning: '⏳ Poursuivre',
    stop: '⛔ Arrêter',
    chartTitle: 'Taux de clic par variante (% des destinataires atteints, IC 95 %)',
    arm: 'Variante',
    clickRateBar: 'Taux de clic (barre : part du plus élevé)',
    rateCi: 'Taux (IC 95 %)',
    clickRateAxis: 'Taux de clic (%)',
    noClicksYet: 'aucun clic pour l’instant',
    rateOf: '{{rate}} sur {{recipients}}',
    baseline: 'référence',
    liftAndChance: '{{lift}}, chance de gagner {{chance}}',
    guardrailsNoData: 'Garde-fous : pas encore assez de données.',
    guardrailsOk: '✅ Garde-fous : aucune hausse significative des désinscriptions ni des plaintes.',
    guardrailsDegraded: '⛔ Garde-fous : {{checks}}.',
    raisesUnsubscribes: '{{arm}} augmente le taux de désinscription',
    raisesComplaints: '{{arm}} augmente le taux de plaintes',
    progress: 'Avancement : {{progress}}',
    title: 'Résultats de l’expérience · {{campaign}}',
    noEngagement: 'Aucun engagement enregistré pour l’instant',
    dataThrough: 'Données jusqu’au {{when}} · {{events}} événements',
    sampleReached: 'Échantillon prévu atteint.',
    sampleProgress: '{{share}} de l’échantillon prévu.',
    sampleProgressEta: '{{share}} de l’échantillon prévu, complet vers le {{date}}.',
    srm: '⛔ Déséquilibre de l’échantillon (SRM) : résultats non fiables',
    simulated: '{{days}} jours d’engagement simulés avec un uplift réel de {{lift}} %.',
    simulatedCompressed:
      'L’équivalent de {{days}} jours d’engagement simulé avec un uplift réel de {{lift}} %, ramené à la période écoulée depuis le lancement pour qu’aucun événement ne soit daté dans le futur.',
  },
};
