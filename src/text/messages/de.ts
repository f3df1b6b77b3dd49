import type { Messages } from './messages';

/** Deutsche Antworten (Sie-Form, wie in Geschäftssoftware üblich). */
export const de: Messages = {
  common: {
    sorry: 'Entschuldigung — {{message}}',
    listSeparator: ', ',
  },
  errors: {
    internal: 'Bei mir ist etwas schiefgelaufen. Bitte versuchen Sie es noch einmal.',
    withDetail: '{{reason}} ({{code}}). Details auf Englisch: {{message}}',
    codes: {
      INVALID_INPUT: 'Etwas an der Anfrage ist ungültig',
      NOT_FOUND: 'Nicht gefunden',
      FORBIDDEN: 'Nicht erlaubt',
      CONFLICT: 'Das geht gerade nicht',
      UNAVAILABLE: 'Ein Dienst ist nicht erreichbar',
      CONFIG: 'Der Bot ist dafür nicht eingerichtet',
      INTERNAL: 'Bei mir ist etwas schiefgelaufen',
    },
    noAudience: 'Zu dieser Zielgruppe passen keine Kunden. Beschreiben Sie sie etwas weiter.',
    noContent:
      'Zu „{{query}}“ habe ich keine freigegebenen, aktuell gültigen Inhalte gefunden – ohne Quelle entwerfe ich keine Aussagen.',
    campaignMissing: 'Die Kampagne „{{campaign}}“ finde ich nicht.',
    campaignRunning:
      'Die Kampagne „{{campaign}}“ läuft bereits, ihre Varianten lassen sich nicht mehr ändern. Entwerfen Sie stattdessen eine neue Kampagne.',
    noSuchVariant_one:
      'Die Kampagne „{{campaign}}“ hat {{count}} Variante, eine Variante {{position}} gibt es also nicht.',
    noSuchVariant_other:
      'Die Kampagne „{{campaign}}“ hat {{count}} Varianten, eine Variante {{position}} gibt es also nicht.',
    sourcesGone:
      'Die freigegebenen Inhalte, auf die sich Variante {{position}} stützt, sind nicht mehr verfügbar, daher kann ich sie nicht überarbeiten. Entwerfen Sie sie neu.',
    launchWaits:
      'Die Kampagne {{campaign}} ist entworfen, aber noch nicht gestartet: {{reason}} Sobald ihre Varianten freigegeben sind, sagen Sie „starte sie“.',
  },
  bot: {
    busy: 'Ich bin gerade ausgelastet, bitte versuchen Sie es in einer Minute noch einmal. Es wurde nichts gestartet, freigegeben oder versendet.',
    tooMany_one:
      'Sie senden Anfragen schneller, als ich sie bearbeiten kann. Bitte warten Sie etwa {{count}} Sekunde und versuchen Sie es dann erneut.',
    tooMany_other:
      'Sie senden Anfragen schneller, als ich sie bearbeiten kann. Bitte warten Sie etwa {{count}} Sekunden und versuchen Sie es dann erneut.',
    tooSlow:
      'Das dauert länger als vorgesehen, daher warte ich nicht weiter. Es kann im Hintergrund noch fertig werden: Sehen Sie in einer Minute auf der Karte oder mit „zeig meine Kampagnen“ nach, bevor Sie es erneut versuchen.',
    working: 'Ich arbeite an Ihrer Kampagne …',
    stopped: 'Abgebrochen – siehe die Nachricht unten.',
    done: 'Fertig.',
    revised:
      'Variante {{position}} von **{{campaign}}** überarbeitet (Version {{version}}); sie wurde erneut geprüft und muss neu freigegeben werden.',
  },
  tools: {
    segment_customers: 'Zielgruppe ermitteln',
    retrieve_content: 'Freigegebene Inhalte abrufen',
    generate_variants: 'Varianten entwerfen',
    screen_content: 'Sicherheit und Quellen prüfen',
    run_experiment: 'Experimentschritt ausführen',
    summarize_results: 'Ergebnisse zusammenfassen',
    review_queue: 'Freigabe-Warteschlange lesen',
    list_campaigns: 'Kampagnen auflisten',
    help: 'Erklären, was ich kann',
  },
  channels: { email: 'E-Mail', sms: 'SMS', push: 'Push' },
  draft: {
    drafted_one: '{{count}} {{channel}}-Variante für Kampagne **{{campaign}}** entworfen',
    drafted_other: '{{count}} {{channel}}-Varianten für Kampagne **{{campaign}}** entworfen',
    audience_one: '— Zielgruppe: {{segment}} ({{size}} Kunde).',
    audience_other: '— Zielgruppe: {{segment}} ({{size}} Kunden).',
    passed_one: '{{count}} hat die Sicherheitsprüfung bestanden{{held}}.',
    passed_other: '{{count}} haben die Sicherheitsprüfung bestanden{{held}}.',
    held_one: ', {{count}} muss geprüft werden oder wurde blockiert',
    held_other: ', {{count}} müssen geprüft werden oder wurden blockiert',
    approver: 'Jede Variante muss von jemand anderem als Ihnen freigegeben werden.',
    notAppliedHeading: 'Nicht wie gewünscht umgesetzt:',
    costNone: 'Modellkosten: keine (offline entworfen).',
    cost_one: 'Modellkosten: {{cost}} für {{count}} Aufruf ({{tokens}} Tokens){{perCustomer}}.',
    cost_other: 'Modellkosten: {{cost}} für {{count}} Aufrufe ({{tokens}} Tokens){{perCustomer}}.',
    costPerCustomer: ', {{cost}} pro Kunde',
  },
  notApplied: {
    unsupported:
      '„{{condition}}“: Die Kundendaten haben dafür kein Feld, daher schränkt das die Zielgruppe nicht ein.',
    topic:
      'Keine freigegebenen Inhalte zu „{{topic}}“ – ich habe stattdessen „{{used}}“ verwendet. Nennen Sie ein anderes Angebot, um das zu ändern.',
  },
  clarify: {
    whichMeant: 'Was davon meinten Sie?',
    draftersOnly:
      'Nur Marketer können Kampagnen entwerfen. Bitten Sie einen Admin, Sie in der Rollendatei zur Marketer-Liste hinzuzufügen.',
    invalidCampaignName: 'Der Kampagnenname „{{name}}“ ist ungültig.',
    whichCampaign: 'Welche Kampagne?',
    noCampaign:
      '{{lead}} Es gibt noch keine Kampagne – entwerfen Sie zuerst eine, z. B. „Entwirf eine Rückgewinnungs-E-Mail für inaktive Kunden“.',
    noLaunchedCampaign:
      '{{lead}} Es läuft noch keine Kampagne – entwerfen Sie zuerst eine, z. B. „Entwirf eine Rückgewinnungs-E-Mail für inaktive Kunden“.',
    youHave: '{{lead}} Sie haben: {{campaigns}}.',
    fixDetail:
      'Vor „{{step}}“ muss ich ein Detail geändert haben: {{details}}. Können Sie es korrigiert noch einmal sagen?',
    pasteToScreen:
      'Fügen Sie den zu prüfenden Text nach „Ist das sicher:“ ein, oder lassen Sie mich eine Kampagne entwerfen.',
    verbs: {
      results: 'Ergebnisse für {{campaign}} zeigen',
      startFrom: 'Von {{campaign}} ausgehen',
      launch: '{{campaign}} starten',
      simulate: '{{campaign}} simulieren',
      size: 'Stichprobe für {{campaign}} schätzen',
    },
  },
  help: {
    intros: {
      greeting: 'Hallo! Ich bin der Customer Personalization Orchestrator.',
      out_of_scope: 'Dabei kann ich leider nicht helfen.',
      unclear: 'Ich bin nicht sicher, was ich tun soll.',
      empty: 'Ihre Nachricht war leer.',
      explicit: 'Das kann ich für Sie tun.',
      not_available: 'Das kann ich noch nicht.',
    },
    youCanAsk: 'Fragen Sie mich in Ihren eigenen Worten, zum Beispiel:',
    examples: {
      draftTitle: 'Kampagne entwerfen',
      draft:
        'Entwirf eine Rückgewinnungs-E-Mail für Kunden, die seit 90 Tagen nicht gekauft haben, zum Frühlingsverkauf, 3 Varianten',
      segmentsTitle: 'Segmente erkunden',
      segments: 'Zeig mir die VIP-Kunden · Wer ist seit 6 Monaten inaktiv?',
      contentTitle: 'Freigegebene Inhalte finden',
      content: 'Finde freigegebene Inhalte zu kostenlosem Versand',
      checkTitle: 'Text prüfen',
      check: 'Ist dieser Text sicher: „Letzte Chance: 20 % auf alles“',
      experimentsTitle: 'Experimente',
      experiments: 'Starte das Experiment für Kampagne spring-winback · Wie läuft der Test spring-winback?',
    },
    capabilities: {
      segment_customers:
        'Kunden in Kohorten einteilen (RFM, Verhalten oder Merkmale) und jede erklären, z. B. seit 90 Tagen inaktive Kunden.',
      retrieve_content: 'Freigegebene Markeninhalte und Angebote zu einem Thema finden, mit Quellenangaben.',
      generate_variants:
        'Nachrichtenvarianten für das Segment entwerfen, nur auf freigegebene Inhalte gestützt.',
      screen_content:
        'Entwürfe oder einen Text auf Schädliches, personenbezogene Daten, Prompt-Injection, gesperrte Begriffe und unbelegte Aussagen prüfen.',
      run_experiment:
        'Ein A/B/n-Experiment für eine freigegebene Kampagne starten, Reaktionen simulieren oder die Teststärke schätzen.',
      summarize_results:
        'Experimentergebnisse zusammenfassen: Uplift, Konfidenzintervalle, Signifikanz und eine Empfehlung.',
      review_queue: 'Zeigen, welche Varianten auf Ihre Freigabe warten, nach Kampagne gruppiert.',
      list_campaigns:
        'Kampagnen mit Status (entworfen, in Prüfung, freigegeben, läuft, entschieden), Autor und nächstem Schritt auflisten.',
      help: 'Erklären, was der Assistent kann – bei Begrüßungen, unklaren oder themenfremden Anfragen.',
    },
    languages: 'Ich verstehe English, Deutsch, Français, Español, Português und 日本語.',
  },
  generation: {
    noOptIn: 'Niemand in „{{segment}}“ hat in {{channel}} eingewilligt.',
    englishOnly:
      'Der Offline-Vorlagengenerator schreibt nur Englisch; die Sprache „{{language}}“ wurde nicht umgesetzt.',
    citationsRemoved:
      'Variante {{position}} zitierte Inhalte, die nicht vorlagen; diese Quellenangaben wurden entfernt.',
    fewer: 'Nur {{drafted}} von {{requested}} gewünschten Varianten konnten entworfen werden.',
    heldSource:
      'Der freigegebene Inhalt „{{title}}“ ({{id}}) wurde ausgelassen: Er liest sich wie eine Anweisung an das Modell. Bitten Sie die verantwortliche Person, ihn zu prüfen.',
    noSources:
      'Es gibt noch keine freigegebenen Inhalte, auf die sich der Text stützen kann. Rufen Sie zuerst ein Angebot ab.',
    noChannelSources:
      'Keiner der abgerufenen Inhalte ist für {{channel}} freigegeben. Wählen Sie einen anderen Kanal oder ein anderes Angebot.',
  },
  segments: {
    title: 'Kundensegmente',
    size_one: '{{name}} · {{size}} Kunde',
    size_other: '{{name}} · {{size}} Kunden',
  },
  content: {
    title: 'Freigegebene Inhalte zu „{{query}}“',
    none: 'Keine freigegebenen, aktuell gültigen Inhalte gefunden.',
  },
  safety: {
    title: 'Sicherheitsprüfung: {{headline}}',
    headlines: {
      pass: 'Keine Probleme gefunden',
      review: '⚠️ Muss von einem Menschen geprüft werden',
      block: '⛔ Blockiert',
    },
    said: {
      pass: 'keine Probleme gefunden',
      review: 'muss von einem Menschen geprüft werden',
      block: 'blockiert',
    },
    offlineLabel: 'Offline geprüft (Regeln und Klassifikator)',
    screens: {
      local: 'Offline-Regeln und Klassifikator',
      azure: 'Azure AI Content Safety',
      policy: 'Markenrichtlinie und zitierte Quellen',
      judge: 'Modellbewertung',
    },
    couldNotJudge: '{{screen}}: konnte nicht urteilen und verlangt daher eine menschliche Prüfung',
    judgedEarlier: ' (bereits früher bewertet)',
    caveatOffline:
      'Kein Modell hat diesen Text bewertet: Die Offline-Prüfung übersieht Schädliches, das ohne die üblichen Wörter auskommt. Die letzte Instanz ist die freigebende Person.',
    caveatModel:
      'Automatische Prüfungen können Schädliches übersehen; die letzte Instanz ist die freigebende Person.',
    categories: { hate: 'Hass', violence: 'Gewalt', selfHarm: 'Selbstverletzung', sexual: 'Sexuelles' },
  },
  lists: {
    titles: {
      mine: 'Meine Kampagnen',
      running: 'Laufende Experimente',
      waiting: 'Wartet auf Sie',
      all: 'Kampagnen',
    },
    page_one: 'Seite {{page}} von {{pageCount}} · {{count}} Kampagne',
    page_other: 'Seite {{page}} von {{pageCount}} · {{count}} Kampagnen',
    previous: '◀ Zurück',
    next: 'Weiter ▶',
    variants_one: '{{count}} Variante',
    variants_other: '{{count}} Varianten',
    queueTitle: 'Wartet auf Ihre Freigabe',
    inReview_one: '{{count}} Kampagne in Prüfung',
    inReview_other: '{{count}} Kampagnen in Prüfung',
    waiting_one: ' · {{count}} Variante wartet',
    waiting_other: ' · {{count}} Varianten warten',
    oldestFirst: ' · älteste zuerst',
    pendingOf: '{{pending}} von {{variants}} warten',
    by: 'Von {{author}} · {{market}} · {{age}}',
  },
  views: {
    states: {
      drafted: 'Entworfen',
      in_review: 'In Prüfung',
      approved: 'Freigegeben',
      running: 'Läuft',
      decided: 'Entschieden',
    },
    ageNow: 'gerade eben',
    ageHours_one: 'vor {{count}} Std.',
    ageHours_other: 'vor {{count}} Std.',
    ageDays_one: 'vor {{count}} Tag',
    ageDays_other: 'vor {{count}} Tagen',
    allMarkets: 'Alle Märkte',
    actions: {
      review: 'Varianten prüfen',
      show: 'Varianten zeigen',
      revise: 'Varianten überarbeiten',
      launch: 'Starten',
      results: 'Ergebnisse zeigen',
      open_one: '{{count}} Variante öffnen',
      open_other: '{{count}} Varianten öffnen',
    },
    details: {
      inReview: '{{approved}} von {{eligible}} freigegeben, {{pending}} offen',
      rejected: '{{rejected}} abgelehnt: überarbeiten und neu einreichen',
      noPass: 'keine Variante hat die Sicherheitsprüfung bestanden',
      approved: '{{approved}} freigegeben: startbereit',
      running: 'Experiment läuft',
      ship: 'entschieden: Gewinner ausrollen',
      keep: 'entschieden: Kontrolle behalten',
    },
    empty: {
      mine: 'Sie haben noch keine Kampagne entworfen.',
      running: 'Es läuft kein Experiment.',
      waiting: 'Nichts wartet auf Sie.',
      all: 'Noch keine Kampagnen.',
      queue: 'Nichts wartet auf Ihre Freigabe.',
      notApprover:
        'Nur freigebende Personen haben eine Freigabe-Warteschlange. Bitten Sie einen Admin, Sie zur Liste der Freigebenden hinzuzufügen.',
    },
  },
  power: {
    launchedTitle: '🚀 Experiment gestartet · {{campaign}}',
    checkTitle: 'Teststärke · {{campaign}}',
    notDetectable: 'Ein Uplift von {{lift}} ist keine nachweisbare Änderung der Klickrate.',
    detectable:
      '✅ Ein Uplift von {{lift}} ist nachweisbar: Er braucht {{needed}} Kunden pro Variante, Sie haben {{have}}.',
    notEnough: '⚠️ Ein Uplift von {{lift}} braucht {{needed}} Kunden pro Variante; Sie haben {{have}}.',
    audience: 'Zielgruppe',
    customers: '{{size}} Kunden',
    armShare: '{{share}} · ~{{size}} Kunden',
    baseline: 'Basis-Klickrate',
    detectableLift: 'Nachweisbarer Uplift',
    noneRealistic: 'kein realistischer',
    forLift: 'Für {{lift}} Uplift',
    perArm: '{{size}} Kunden pro Variante',
    test: 'Test',
    testValue_one: 'zweiseitig, α {{alpha}} auf {{count}} Vergleich verteilt, Teststärke {{power}}',
    testValue_other: 'zweiseitig, α {{alpha}} auf {{count}} Vergleiche verteilt, Teststärke {{power}}',
    launchedNote:
      'Experiment {{key}}, gestartet {{when}} UTC. Fragen Sie „Wie läuft {{campaign}}?“, um die Ergebnisse zu sehen.',
  },
  results: {
    ship: '✅ Ausrollen',
    keepRunning: '⏳ Weiterlaufen lassen',
    stop: '⛔ Stoppen',
    chartTitle: 'Klickrate je Variante (% der zugestellten Empfänger, 95-%-KI)',
    arm: 'Variante',
    clickRateBar: 'Klickrate (Balken: Anteil am Höchstwert)',
    rateCi: 'Rate (95-%-KI)',
    clickRateAxis: 'Klickrate (%)',
    noClicksYet: 'noch keine Klicks',
    rateOf: '{{rate}} von {{recipients}}',
    baseline: 'Basis',
    liftAndChance: '{{lift}}, Gewinnchance {{chance}}',
    guardrailsNoData: 'Leitplanken: noch nicht genug Daten.',
    guardrailsOk: '✅ Leitplanken: kein signifikanter Anstieg bei Abmeldungen oder Beschwerden.',
    guardrailsDegraded: '⛔ Leitplanken: {{checks}}.',
    raisesUnsubscribes: '{{arm}} erhöht die Abmelderate',
    raisesComplaints: '{{arm}} erhöht die Beschwerderate',
    progress: 'Fortschritt: {{progress}}',
    title: 'Experimentergebnisse · {{campaign}}',
    noEngagement: 'Noch keine Reaktionen erfasst',
    dataThrough: 'Daten bis {{when}} · {{events}} Ereignisse',
    sampleReached: 'Geplante Stichprobe erreicht.',
    sampleProgress: '{{share}} der geplanten Stichprobe.',
    sampleProgressEta: '{{share}} der geplanten Stichprobe, voraussichtlich vollständig um den {{date}}.',
    srm: '⛔ Stichprobenverhältnis weicht ab: Ergebnisse nicht vertrauenswürdig',
    simulated: '{{days}} Tage Reaktionen mit einem tatsächlichen Uplift von {{lift}} % simuliert.',
    simulatedCompressed:
      'Reaktionen von {{days}} Tagen mit einem tatsächlichen Uplift von {{lift}} % simuliert und in die Zeit seit dem Start gestaucht, damit kein Ereignis in der Zukunft liegt.',
  },
};
