import type { Messages } from './messages';

/** Respuestas en español (de usted, neutro para España y Latinoamérica). */
export const es: Messages = {
  common: {
    sorry: 'Lo siento: {{message}}',
    listSeparator: ', ',
  },
  errors: {
    internal: 'Algo falló por mi parte. Inténtelo de nuevo.',
    withDetail: '{{reason}} ({{code}}). Detalle en inglés: {{message}}',
    codes: {
      INVALID_INPUT: 'Hay algo no válido en la solicitud',
      NOT_FOUND: 'No encontrado',
      FORBIDDEN: 'No permitido',
      CONFLICT: 'Ahora mismo no es posible',
      UNAVAILABLE: 'Un servicio no está disponible',
      CONFIG: 'El bot no está configurado para esto',
      INTERNAL: 'Algo falló por mi parte',
    },
    noAudience: 'Ningún cliente coincide con esa audiencia. Pruebe con una descripción más amplia.',
    noContent:
      'No encontré contenido aprobado y vigente sobre «{{query}}», así que no redactaré afirmaciones sin fuente.',
    campaignMissing: 'No encuentro la campaña «{{campaign}}».',
    campaignRunning:
      'La campaña «{{campaign}}» ya está en marcha, así que sus variantes no pueden cambiar. Redacte una campaña nueva.',
    noSuchVariant_one:
      'La campaña «{{campaign}}» tiene {{count}} variante, así que no existe la variante {{position}}.',
    noSuchVariant_other:
      'La campaña «{{campaign}}» tiene {{count}} variantes, así que no existe la variante {{position}}.',
    sourcesGone:
      'El contenido aprobado que cita la variante {{position}} ya no está disponible, así que no puedo revisarla. Vuelva a redactarla.',
    launchWaits:
      'La campaña {{campaign}} está redactada pero aún no lanzada: {{reason}} Cuando se aprueben sus variantes, diga «lánzala».',
  },
  bot: {
    busy: 'Estoy ocupado en este momento; inténtelo de nuevo en un minuto. No se inició, aprobó ni envió nada.',
    tooMany_one:
      'Está enviando solicitudes más rápido de lo que puedo atenderlas. Espere unos {{count}} segundo y vuelva a intentarlo.',
    tooMany_other:
      'Está enviando solicitudes más rápido de lo que puedo atenderlas. Espere unos {{count}} segundos y vuelva a intentarlo.',
    tooSlow:
      'Esto está tardando más de lo debido, así que dejé de esperar. Puede que aún termine en segundo plano: revise la tarjeta o «muestra mis campañas» dentro de un minuto antes de volver a intentarlo.',
    working: 'Trabajando en su campaña…',
    stopped: 'Detenido: vea el mensaje de abajo.',
    done: 'Listo.',
    revised:
      'Variante {{position}} de **{{campaign}}** revisada (versión {{version}}); se volvió a verificar y necesita una nueva aprobación.',
  },
  tools: {
    segment_customers: 'Buscando la audiencia',
    retrieve_content: 'Recuperando contenido aprobado',
    generate_variants: 'Redactando variantes',
    screen_content: 'Verificando seguridad y fuentes',
    run_experiment: 'Ejecutando el paso del experimento',
    summarize_results: 'Resumiendo resultados',
    review_queue: 'Leyendo la cola de revisión',
    list_campaigns: 'Listando campañas',
    help: 'Explicando lo que puedo hacer',
  },
  channels: { email: 'email', sms: 'SMS', push: 'push' },
  draft: {
    drafted_one: 'Redacté {{count}} variante de {{channel}} para la campaña **{{campaign}}**',
    drafted_other: 'Redacté {{count}} variantes de {{channel}} para la campaña **{{campaign}}**',
    audience_one: '— audiencia: {{segment}} ({{size}} cliente).',
    audience_other: '— audiencia: {{segment}} ({{size}} clientes).',
    passed_one: '{{count}} superó el control de seguridad{{held}}.',
    passed_other: '{{count}} superaron el control de seguridad{{held}}.',
    held_one: '; {{count}} requiere revisión o fue bloqueada',
    held_other: '; {{count}} requieren revisión o fueron bloqueadas',
    approver: 'Cada variante debe aprobarla alguien distinto de usted.',
    notAppliedHeading: 'No aplicado como se pidió:',
    costNone: 'Coste del modelo: ninguno (redactado sin conexión).',
    cost_one: 'Coste del modelo: {{cost}} por {{count}} llamada ({{tokens}} tokens){{perCustomer}}.',
    cost_other: 'Coste del modelo: {{cost}} por {{count}} llamadas ({{tokens}} tokens){{perCustomer}}.',
    costPerCustomer: ', {{cost}} por cliente',
  },
  notApplied: {
    unsupported:
      '«{{condition}}»: los datos de clientes no tienen ningún campo para esto, así que no se acota la audiencia por ello.',
    topic:
      'No hay contenido aprobado sobre «{{topic}}»; usé «{{used}}» en su lugar. Indique otra oferta para cambiarlo.',
  },
  clarify: {
    whichMeant: '¿Cuál de estas opciones quería decir?',
    draftersOnly:
      'Solo los responsables de marketing pueden redactar campañas. Pida a un administrador que lo añada a la lista de marketing en el archivo de roles.',
    invalidCampaignName: 'El nombre de campaña «{{name}}» no es válido.',
    whichCampaign: '¿Qué campaña?',
    noCampaign:
      '{{lead}} Aún no hay ninguna campaña: redacte una primero, p. ej. «redacta un email de reactivación para clientes inactivos».',
    noLaunchedCampaign:
      '{{lead}} Aún no hay ninguna campaña lanzada: redacte una primero, p. ej. «redacta un email de reactivación para clientes inactivos».',
    youHave: '{{lead}} Tiene: {{campaigns}}.',
    fixDetail:
      'Necesito que corrija un detalle antes de «{{step}}»: {{details}}. ¿Puede repetirlo con eso corregido?',
    pasteToScreen:
      'Pegue el texto que quiere revisar después de «¿es seguro esto?:», o pídame que redacte una campaña.',
    verbs: {
      results: 'Ver resultados de {{campaign}}',
      startFrom: 'Partir de {{campaign}}',
      launch: 'Lanzar {{campaign}}',
      simulate: 'Simular {{campaign}}',
      size: 'Dimensionar {{campaign}}',
    },
  },
  help: {
    intros: {
      greeting: '¡Hola! Soy el Customer Personalization Orchestrator.',
      out_of_scope: 'Eso queda fuera de lo que puedo hacer.',
      unclear: 'No tengo claro qué quiere que haga.',
      empty: 'Su mensaje estaba vacío.',
      explicit: 'Esto es lo que puedo hacer.',
      not_available: 'Todavía no puedo hacer eso.',
    },
    youCanAsk: 'Puede pedírmelo con sus propias palabras:',
    examples: {
      draftTitle: 'Redactar una campaña',
      draft:
        'Redacta un email de reactivación para clientes que no compran desde hace 90 días, con las rebajas de primavera, 3 variantes',
      segmentsTitle: 'Explorar segmentos',
      segments: 'Muéstrame los clientes VIP · ¿Quién lleva 6 meses inactivo?',
      contentTitle: 'Buscar contenido aprobado',
      content: 'Busca contenido aprobado sobre envío gratis',
      checkTitle: 'Revisar un texto',
      check: '¿Es seguro este texto?: «Última oportunidad: 20 % de descuento en todo»',
      experimentsTitle: 'Experimentos',
      experiments: 'Lanza el experimento de la campaña spring-winback · ¿Cómo va la prueba spring-winback?',
    },
    capabilities: {
      segment_customers:
        'Agrupar clientes en cohortes (RFM, comportamiento o atributos) y explicar cada una, p. ej. clientes inactivos desde hace 90 días.',
      retrieve_content: 'Encontrar contenido y ofertas de marca aprobados sobre un tema, con citas.',
      generate_variants:
        'Redactar variantes de mensaje para el segmento, basadas solo en contenido aprobado.',
      screen_content:
        'Revisar variantes o un texto en busca de daño, datos personales, inyección de prompts, términos vetados y afirmaciones sin fuente.',
      run_experiment:
        'Lanzar un experimento A/B/n para una campaña aprobada, simular la interacción o estimar la potencia.',
      summarize_results:
        'Resumir los resultados de un experimento: mejora, intervalos de confianza, significación y una recomendación.',
      review_queue: 'Mostrar las variantes que esperan su decisión, agrupadas por campaña.',
      list_campaigns:
        'Listar campañas con su estado (redactada, en revisión, aprobada, en marcha, decidida), autor y siguiente paso.',
      help: 'Explicar lo que hace el asistente: saludos, peticiones poco claras o fuera de alcance.',
    },
    languages: 'Entiendo English, Deutsch, Français, Español, Português y 日本語.',
  },
  generation: {
    noOptIn: 'Nadie en «{{segment}}» ha dado su consentimiento para {{channel}}.',
    englishOnly:
      'El generador de plantillas sin conexión solo escribe en inglés; no se aplicó el idioma «{{language}}».',
    citationsRemoved: 'La variante {{position}} citaba contenido no proporcionado; se quitaron esas citas.',
    fewer: 'Solo se pudieron redactar {{drafted}} de las {{requested}} variantes pedidas.',
    heldSource:
      'Se dejó fuera el contenido aprobado «{{title}}» ({{id}}): parece una instrucción para el modelo. Pida a su responsable que lo revise.',
    noSources: 'Aún no hay contenido aprobado en el que basar el texto. Busque primero una oferta.',
    noChannelSources:
      'Ninguno de los contenidos encontrados está aprobado para {{channel}}. Elija otro canal u otra oferta.',
  },
  segments: {
    title: 'Segmentos de clientes',
    size_one: '{{name}} · {{size}} cliente',
    size_other: '{{name}} · {{size}} clientes',
  },
  content: {
    title: 'Contenido aprobado sobre «{{query}}»',
    none: 'Ningún contenido aprobado y vigente coincide.',
  },
  safety: {
    title: 'Control de seguridad: {{headline}}',
    headlines: { pass: 'Sin problemas', review: '⚠️ Requiere revisión humana', block: '⛔ Bloqueado' },
    said: { pass: 'sin problemas', review: 'requiere revisión humana', block: 'bloqueado' },
    offlineLabel: 'Revisado sin conexión (reglas y clasificador)',
    screens: {
      local: 'Reglas y clasificador sin conexión',
      azure: 'Azure AI Content Safety',
      policy: 'Política de marca y fuentes citadas',
      judge: 'Evaluación por modelo',
    },
    couldNotJudge: '{{screen}}: no pudo evaluarlo, así que pide revisión humana',
    judgedEarlier: ' (evaluado antes)',
    caveatOffline:
      'Ningún modelo evaluó este texto: el control sin conexión no detecta el daño expresado sin las palabras habituales. Quien aprueba es la última barrera.',
    caveatModel:
      'Los controles automáticos pueden pasar por alto contenido dañino; quien aprueba es la última barrera.',
    categories: { hate: 'Odio', violence: 'Violencia', selfHarm: 'Autolesión', sexual: 'Sexual' },
  },
  lists: {
    titles: {
      mine: 'Mis campañas',
      running: 'Experimentos en marcha',
      waiting: 'Pendiente de usted',
      all: 'Campañas',
    },
    page_one: 'Página {{page}} de {{pageCount}} · {{count}} campaña',
    page_other: 'Página {{page}} de {{pageCount}} · {{count}} campañas',
    previous: '◀ Anterior',
    next: 'Siguiente ▶',
    variants_one: '{{count}} variante',
    variants_other: '{{count}} variantes',
    queueTitle: 'Pendiente de su revisión',
    inReview_one: '{{count}} campaña en revisión',
    inReview_other: '{{count}} campañas en revisión',
    waiting_one: ' · {{count}} variante pendiente',
    waiting_other: ' · {{count}} variantes pendientes',
    oldestFirst: ' · las más antiguas primero',
    pendingOf: '{{pending}} de {{variants}} pendientes',
    by: 'De {{author}} · {{market}} · {{age}}',
  },
  views: {
    states: {
      drafted: 'Redactada',
      in_review: 'En revisión',
      approved: 'Aprobada',
      running: 'En marcha',
      decided: 'Decidida',
    },
    ageNow: 'ahora mismo',
    ageHours_one: 'hace {{count}} h',
    ageHours_other: 'hace {{count}} h',
    ageDays_one: 'hace {{count}} día',
    ageDays_other: 'hace {{count}} días',
    allMarkets: 'Todos los mercados',
    actions: {
      review: 'Revisar variantes',
      show: 'Ver variantes',
      revise: 'Corregir variantes',
      launch: 'Lanzar',
      results: 'Ver resultados',
      open_one: 'Abrir {{count}} variante',
      open_other: 'Abrir {{count}} variantes',
    },
    details: {
      inReview: 'aprobadas: {{approved}} de {{eligible}} · pendientes: {{pending}}',
      rejected: 'rechazadas: {{rejected}}; corríjalas y vuelva a enviarlas',
      noPass: 'ninguna variante superó el control de seguridad',
      approved: 'aprobadas: {{approved}}; lista para lanzar',
      running: 'experimento en marcha',
      ship: 'decidido: publicar la ganadora',
      keep: 'decidido: mantener el control',
    },
    empty: {
      mine: 'Aún no ha redactado ninguna campaña.',
      running: 'No hay ningún experimento en marcha.',
      waiting: 'No tiene nada pendiente.',
      all: 'Aún no hay campañas.',
      queue: 'No hay nada pendiente de su revisión.',
      notApprover:
        'Solo los aprobadores tienen cola de revisión. Pida a un administrador que lo añada a la lista de aprobadores.',
    },
  },
  power: {
    launchedTitle: '🚀 Experimento lanzado · {{campaign}}',
    checkTitle: 'Potencia estadística · {{campaign}}',
    notDetectable: 'Una mejora del {{lift}} no es un cambio detectable de la tasa de clics.',
    detectable:
      '✅ Una mejora del {{lift}} es detectable: necesita {{needed}} clientes por variante y usted tiene {{have}}.',
    notEnough: '⚠️ Una mejora del {{lift}} necesita {{needed}} clientes por variante; usted tiene {{have}}.',
    audience: 'Audiencia',
    customers: '{{size}} clientes',
    armShare: '{{share}} · ~{{size}} clientes',
    baseline: 'Tasa de clics de referencia',
    detectableLift: 'Mejora detectable',
    noneRealistic: 'ninguna realista',
    forLift: 'Para una mejora del {{lift}}',
    perArm: '{{size}} clientes por variante',
    test: 'Prueba',
    testValue_one: 'bilateral, α {{alpha}} repartido en {{count}} comparación, potencia {{power}}',
    testValue_other: 'bilateral, α {{alpha}} repartido en {{count}} comparaciones, potencia {{power}}',
    launchedNote:
      'Experimento {{key}}, lanzado el {{when}} UTC. Pregunte «¿cómo va {{campaign}}?» para ver los resultados.',
  },
  results: {
    ship: '✅ Publicar',
    keepRunning: '⏳ Seguir en marcha',
    stop: '⛔ Detener',
    chartTitle: 'Tasa de clics por variante (% de destinatarios alcanzados, IC 95 %)',
    arm: 'Variante',
    clickRateBar: 'Tasa de clics (barra: proporción respecto a la mayor)',
    rateCi: 'Tasa (IC 95 %)',
    clickRateAxis: 'Tasa de clics (%)',
    noClicksYet: 'aún sin clics',
    rateOf: '{{rate}} de {{recipients}}',
    baseline: 'referencia',
    liftAndChance: '{{lift}}, probabilidad de ganar {{chance}}',
    guardrailsNoData: 'Salvaguardas: aún no hay datos suficientes.',
    guardrailsOk: '✅ Salvaguardas: sin aumento significativo de bajas ni de quejas.',
    guardrailsDegraded: '⛔ Salvaguardas: {{checks}}.',
    raisesUnsubscribes: '{{arm}} aumenta la tasa de bajas',
    raisesComplaints: '{{arm}} aumenta la tasa de quejas',
    progress: 'Progreso: {{progress}}',
    title: 'Resultados del experimento · {{campaign}}',
    noEngagement: 'Aún no hay interacciones registradas',
    dataThrough: 'Datos hasta {{when}} · {{events}} eventos',
    sampleReached: 'Se alcanzó la muestra prevista.',
    sampleProgress: '{{share}} de la muestra prevista.',
    sampleProgressEta: '{{share}} de la muestra prevista; se completará hacia el {{date}}.',
    srm: '⛔ Desajuste en el reparto de la muestra: resultados poco fiables',
    simulated: 'Simulé {{days}} días de interacción con una mejora real del {{lift}} %.',
    simulatedCompressed:
      'Simulé el equivalente a {{days}} días de interacción con una mejora real del {{lift}} %, comprimidos en el tiempo transcurrido desde el lanzamiento para que ningún evento quede con fecha futura.',
  },
};
