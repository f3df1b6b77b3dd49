import type { Messages } from './messages';

/** Respostas em português (tratamento por "você", compreensível no Brasil e em Portugal). */
export const pt: Messages = {
  common: {
    sorry: 'Desculpe — {{message}}',
    listSeparator: ', ',
  },
  errors: {
    internal: 'Algo deu errado do meu lado. Tente de novo.',
    withDetail: '{{reason}} ({{code}}). Detalhe em inglês: {{message}}',
    codes: {
      INVALID_INPUT: 'Há algo inválido no pedido',
      NOT_FOUND: 'Não encontrado',
      FORBIDDEN: 'Não permitido',
      CONFLICT: 'Não é possível agora',
      UNAVAILABLE: 'Um serviço está indisponível',
      CONFIG: 'O bot não está configurado para isso',
      INTERNAL: 'Algo deu errado do meu lado',
    },
    noAudience: 'Nenhum cliente corresponde a esse público. Tente uma descrição mais ampla.',
    noContent:
      'Não encontrei conteúdo aprovado e válido sobre “{{query}}”, então não vou redigir afirmações sem fonte.',
    campaignMissing: 'Não encontro a campanha “{{campaign}}”.',
    campaignRunning:
      'A campanha “{{campaign}}” já está no ar, então as variantes não podem mudar. Redija uma campanha nova.',
    noSuchVariant_one:
      'A campanha “{{campaign}}” tem {{count}} variante, então não existe a variante {{position}}.',
    noSuchVariant_other:
      'A campanha “{{campaign}}” tem {{count}} variantes, então não existe a variante {{position}}.',
    sourcesGone:
      'O conteúdo aprovado citado pela variante {{position}} não está mais disponível, então não consigo revisá-la. Redija-a de novo.',
    launchWaits:
      'A campanha {{campaign}} está redigida, mas ainda não foi lançada: {{reason}} Quando as variantes forem aprovadas, diga “lança”.',
  },
  bot: {
    busy: 'Estou ocupado agora; tente de novo em um minuto. Nada foi iniciado, aprovado ou enviado.',
    tooMany_one:
      'Você está enviando pedidos mais rápido do que consigo atender. Aguarde cerca de {{count}} segundo e tente de novo.',
    tooMany_other:
      'Você está enviando pedidos mais rápido do que consigo atender. Aguarde cerca de {{count}} segundos e tente de novo.',
    tooSlow:
      'Isto está demorando mais do que deveria, então parei de esperar. Pode ser que ainda termine em segundo plano: confira o cartão ou “mostre minhas campanhas” daqui a um minuto antes de tentar de novo.',
    working: 'Trabalhando na sua campanha…',
    stopped: 'Interrompido — veja a mensagem abaixo.',
    done: 'Pronto.',
    revised:
      'Variante {{position}} de **{{campaign}}** revisada (versão {{version}}); foi verificada de novo e precisa de nova aprovação.',
  },
  tools: {
    segment_customers: 'Encontrando o público',
    retrieve_content: 'Buscando conteúdo aprovado',
    generate_variants: 'Redigindo variantes',
    screen_content: 'Verificando segurança e fontes',
    run_experiment: 'Executando a etapa do experimento',
    summarize_results: 'Resumindo resultados',
    review_queue: 'Lendo a fila de revisão',
    list_campaigns: 'Listando campanhas',
    help: 'Explicando o que posso fazer',
  },
  channels: { email: 'e-mail', sms: 'SMS', push: 'push' },
  draft: {
    drafted_one: 'Redigi {{count}} variante de {{channel}} para a campanha **{{campaign}}**',
    drafted_other: 'Redigi {{count}} variantes de {{channel}} para a campanha **{{campaign}}**',
    audience_one: '— público: {{segment}} ({{size}} cliente).',
    audience_other: '— público: {{segment}} ({{size}} clientes).',
    passed_one: '{{count}} passou na verificação de segurança{{held}}.',
    passed_other: '{{count}} passaram na verificação de segurança{{held}}.',
    held_one: '; {{count}} precisa de revisão ou foi bloqueada',
    held_other: '; {{count}} precisam de revisão ou foram bloqueadas',
    approver: 'Cada variante precisa ser aprovada por outra pessoa que não você.',
    notAppliedHeading: 'Não aplicado como pedido:',
    costNone: 'Custo do modelo: nenhum (redigido offline).',
    cost_one: 'Custo do modelo: {{cost}} por {{count}} chamada ({{tokens}} tokens){{perCustomer}}.',
    cost_other: 'Custo do modelo: {{cost}} por {{count}} chamadas ({{tokens}} tokens){{perCustomer}}.',
    costPerCustomer: ', {{cost}} por cliente',
  },
  notApplied: {
    unsupported:
      '“{{condition}}”: os dados de clientes não têm campo para isso, então o público não foi restringido por esse critério.',
    topic:
      'Não há conteúdo aprovado sobre “{{topic}}” — usei “{{used}}” no lugar. Indique outra oferta para mudar.',
  },
  clarify: {
    whichMeant: 'Qual destas opções você quis dizer?',
    draftersOnly:
      'Só profissionais de marketing podem redigir campanhas. Peça a um administrador para incluir você na lista de marketing do arquivo de papéis.',
    invalidCampaignName: 'O nome de campanha “{{name}}” não é válido.',
    whichCampaign: 'Qual campanha?',
    noCampaign:
      '{{lead}} Ainda não há nenhuma campanha — redija uma primeiro, por ex. “redija um e-mail de reativação para clientes inativos”.',
    noLaunchedCampaign:
      '{{lead}} Ainda não há nenhuma campanha no ar — redija uma primeiro, por ex. “redija um e-mail de reativação para clientes inativos”.',
    youHave: '{{lead}} Você tem: {{campaigns}}.',
    fixDetail:
      'Preciso que um detalhe seja corrigido antes de “{{step}}”: {{details}}. Pode repetir com isso corrigido?',
    pasteToScreen:
      'Cole o texto que quer verificar depois de “isto é seguro:”, ou peça para eu redigir uma campanha.',
    verbs: {
      results: 'Ver resultados de {{campaign}}',
      startFrom: 'Partir de {{campaign}}',
      launch: 'Lançar {{campaign}}',
      simulate: 'Simular {{campaign}}',
      size: 'Dimensionar {{campaign}}',
    },
  },
  help: {
    intros: {
      greeting: 'Olá! Eu sou o Customer Personalization Orchestrator.',
      out_of_scope: 'Isso está fora do que posso fazer.',
      unclear: 'Não entendi bem o que você quer que eu faça.',
      empty: 'Sua mensagem estava vazia.',
      explicit: 'Veja o que posso fazer.',
      not_available: 'Ainda não consigo fazer isso.',
    },
    youCanAsk: 'Peça com suas próprias palavras, por exemplo:',
    examples: {
      draftTitle: 'Redigir uma campanha',
      draft:
        'Redija um e-mail de reativação para clientes que não compram há 90 dias, divulgando a liquidação de primavera, 3 variantes',
      segmentsTitle: 'Explorar segmentos',
      segments: 'Mostre os clientes VIP · Quem está inativo há 6 meses?',
      contentTitle: 'Encontrar conteúdo aprovado',
      content: 'Encontre conteúdo aprovado sobre frete grátis',
      checkTitle: 'Verificar um texto',
      check: 'Este texto é seguro: “Última chance: 20% de desconto em tudo”',
      experimentsTitle: 'Experimentos',
      experiments: 'Lance o experimento da campanha spring-winback · Como está o teste spring-winback?',
    },
    capabilities: {
      segment_customers:
        'Agrupar clientes em coortes (RFM, comportamento ou atributos) e explicar cada uma, por ex. clientes inativos há 90 dias.',
      retrieve_content: 'Encontrar conteúdos e ofertas de marca aprovados sobre um tema, com citações.',
      generate_variants: 'Redigir variantes de mensagem para o segmento, baseadas só em conteúdo aprovado.',
      screen_content:
        'Verificar variantes ou um texto quanto a danos, dados pessoais, injeção de prompt, termos proibidos e afirmações sem fonte.',
      run_experiment:
        'Lançar um experimento A/B/n para uma campanha aprovada, simular o engajamento ou estimar o poder estatístico.',
      summarize_results:
        'Resumir os resultados de um experimento: lift, intervalos de confiança, significância e uma recomendação.',
      review_queue: 'Mostrar as variantes que aguardam sua decisão, agrupadas por campanha.',
      list_campaigns:
        'Listar campanhas com o status (redigida, em revisão, aprovada, no ar, decidida), autor e próxima ação.',
      help: 'Explicar o que o assistente faz: saudações, pedidos pouco claros ou fora do escopo.',
    },
    languages: 'Entendo English, Deutsch, Français, Español, Português e 日本語.',
  },
  generation: {
    noOptIn: 'Ninguém em “{{segment}}” consentiu em receber {{channel}}.',
    englishOnly:
      'O gerador de modelos offline só escreve em inglês; o idioma “{{language}}” não foi aplicado.',
    citationsRemoved: 'A variante {{position}} citou conteúdo não fornecido; essas citações foram removidas.',
    fewer: 'Só foi possível redigir {{drafted}} das {{requested}} variantes pedidas.',
    heldSource:
      'O conteúdo aprovado “{{title}}” ({{id}}) ficou de fora: parece uma instrução para o modelo. Peça ao responsável pelo conteúdo para verificá-lo.',
    noSources: 'Ainda não há conteúdo aprovado em que basear o texto. Busque uma oferta primeiro.',
    noChannelSources:
      'Nenhum dos conteúdos encontrados está aprovado para {{channel}}. Escolha outro canal ou outra oferta.',
  },
  segments: {
    title: 'Segmentos de clientes',
    size_one: '{{name}} · {{size}} cliente',
    size_other: '{{name}} · {{size}} clientes',
  },
  content: {
    title: 'Conteúdo aprovado sobre “{{query}}”',
    none: 'Nenhum conteúdo aprovado e válido corresponde.',
  },
  safety: {
    title: 'Verificação de segurança: {{headline}}',
    headlines: {
      pass: 'Nenhum problema encontrado',
      review: '⚠️ Precisa de revisão humana',
      block: '⛔ Bloqueado',
    },
    said: { pass: 'nenhum problema encontrado', review: 'precisa de revisão humana', block: 'bloqueado' },
    offlineLabel: 'Verificado offline (regras e classificador)',
    screens: {
      local: 'Regras e classificador offline',
      azure: 'Azure AI Content Safety',
      policy: 'Política da marca e fontes citadas',
      judge: 'Avaliação por modelo',
    },
    couldNotJudge: '{{screen}}: não conseguiu avaliar, então pede revisão humana',
    judgedEarlier: ' (avaliado antes)',
    caveatOffline:
      'Nenhum modelo avaliou este texto: a verificação offline deixa passar danos ditos sem as palavras habituais. Quem aprova é a última barreira.',
    caveatModel: 'Verificações automáticas podem deixar passar danos; quem aprova é a última barreira.',
    categories: { hate: 'Ódio', violence: 'Violência', selfHarm: 'Automutilação', sexual: 'Sexual' },
  },
  lists: {
    titles: {
      mine: 'Minhas campanhas',
      running: 'Experimentos no ar',
      waiting: 'Aguardando você',
      all: 'Campanhas',
    },
    page_one: 'Página {{page}} de {{pageCount}} · {{count}} campanha',
    page_other: 'Página {{page}} de {{pageCount}} · {{count}} campanhas',
    previous: '◀ Anterior',
    next: 'Próxima ▶',
    variants_one: '{{count}} variante',
    variants_other: '{{count}} variantes',
    queueTitle: 'Aguardando sua revisão',
    inReview_one: '{{count}} campanha em revisão',
    inReview_other: '{{count}} campanhas em revisão',
    waiting_one: ' · {{count}} variante aguardando',
    waiting_other: ' · {{count}} variantes aguardando',
    oldestFirst: ' · mais antigas primeiro',
    pendingOf: '{{pending}} de {{variants}} aguardando',
    by: 'Por {{author}} · {{market}} · {{age}}',
  },
  views: {
    states: {
      drafted: 'Redigida',
      in_review: 'Em revisão',
      approved: 'Aprovada',
      running: 'No ar',
      decided: 'Decidida',
    },
    ageNow: 'agora mesmo',
    ageHours_one: 'há {{count}} h',
    ageHours_other: 'há {{count}} h',
    ageDays_one: 'há {{count}} dia',
    ageDays_other: 'há {{count}} dias',
    allMarkets: 'Todos os mercados',
    actions: {
      review: 'Revisar variantes',
      show: 'Ver variantes',
      revise: 'Ajustar variantes',
      launch: 'Lançar',
      results: 'Ver resultados',
      open_one: 'Abrir {{count}} variante',
      open_other: 'Abrir {{count}} variantes',
    },
    details: {
      inReview: 'aprovadas: {{approved}} de {{eligible}} · aguardando: {{pending}}',
      rejected: 'rejeitadas: {{rejected}}; ajuste e reenvie',
      noPass: 'nenhuma variante passou na verificação de segurança',
      approved: 'aprovadas: {{approved}}; pronta para lançar',
      running: 'experimento no ar',
      ship: 'decidido: publicar a vencedora',
      keep: 'decidido: manter o controle',
    },
    empty: {
      mine: 'Você ainda não redigiu nenhuma campanha.',
      running: 'Nenhum experimento no ar.',
      waiting: 'Nada está aguardando você.',
      all: 'Ainda não há campanhas.',
      queue: 'Nada aguarda sua revisão.',
      notApprover:
        'Só aprovadores têm fila de revisão. Peça a um administrador para incluir você na lista de aprovadores.',
    },
  },
  power: {
    launchedTitle: '🚀 Experimento lançado · {{campaign}}',
    checkTitle: 'Poder estatístico · {{campaign}}',
    notDetectable: 'Um lift de {{lift}} não é uma mudança detectável da taxa de cliques.',
    detectable:
      '✅ Um lift de {{lift}} é detectável: precisa de {{needed}} clientes por variante e você tem {{have}}.',
    notEnough: '⚠️ Um lift de {{lift}} precisa de {{needed}} clientes por variante; você tem {{have}}.',
    audience: 'Público',
    customers: '{{size}} clientes',
    armShare: '{{share}} · ~{{size}} clientes',
    baseline: 'Taxa de cliques de referência',
    detectableLift: 'Lift detectável',
    noneRealistic: 'nenhum realista',
    forLift: 'Para um lift de {{lift}}',
    perArm: '{{size}} clientes por variante',
    test: 'Teste',
    testValue_one: 'bicaudal, α {{alpha}} dividido em {{count}} comparação, poder {{power}}',
    testValue_other: 'bicaudal, α {{alpha}} dividido em {{count}} comparações, poder {{power}}',
    launchedNote:
      'Experimento {{key}}, lançado em {{when}} UTC. Pergunte “como está {{campaign}}?” para ver os resultados.',
  },
  results: {
    ship: '✅ Publicar',
    keepRunning: '⏳ Manter no ar',
    stop: '⛔ Parar',
    chartTitle: 'Taxa de cliques por variante (% dos destinatários alcançados, IC 95%)',
    arm: 'Variante',
    clickRateBar: 'Taxa de cliques (barra: proporção da maior)',
    rateCi: 'Taxa (IC 95%)',
    clickRateAxis: 'Taxa de cliques (%)',
    noClicksYet: 'ainda sem cliques',
    rateOf: '{{rate}} de {{recipients}}',
    baseline: 'referência',
    liftAndChance: '{{lift}}, chance de vencer {{chance}}',
    guardrailsNoData: 'Salvaguardas: ainda não há dados suficientes.',
    guardrailsOk: '✅ Salvaguardas: nenhum aumento significativo de descadastros ou reclamações.',
    guardrailsDegraded: '⛔ Salvaguardas: {{checks}}.',
    raisesUnsubscribes: '{{arm}} aumenta a taxa de descadastro',
    raisesComplaints: '{{arm}} aumenta a taxa de reclamações',
    progress: 'Progresso: {{progress}}',
    title: 'Resultados do experimento · {{campaign}}',
    noEngagement: 'Nenhum engajamento registrado ainda',
    dataThrough: 'Dados até {{when}} · {{events}} eventos',
    sampleReached: 'Amostra planejada atingida.',
    sampleProgress: '{{share}} da amostra planejada.',
    sampleProgressEta: '{{share}} da amostra planejada; deve ficar completa por volta de {{date}}.',
    srm: '⛔ Desequilíbrio na divisão da amostra: resultados não confiáveis',
    simulated: 'Simulei {{days}} dias de engajamento com um lift real de {{lift}}%.',
    simulatedCompressed:
      'Simulei o equivalente a {{days}} dias de engajamento com um lift real de {{lift}}%, comprimidos no tempo desde o lançamento para que nenhum evento fique com data futura.',
  },
};
