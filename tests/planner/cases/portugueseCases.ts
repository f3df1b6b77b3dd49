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

export const PORTUGUESE_CASES: PlannerCase[] = [
  draft('Escreva três e-mails para clientes inativos há 3 meses', {
    variants: 3,
    channel: 'email',
    inactiveDays: 90,
  }),
  draft('Crie 2 SMS para os clientes VIP', { variants: 2, channel: 'sms', cohort: 'vip' }),
  draft('Redija quatro notificações push para clientes fiéis', {
    variants: 4,
    channel: 'push',
    cohort: 'loyal',
  }),
  draft('Gere 3 variações de e-mail sobre a promoção de primavera', {
    variants: 3,
    channel: 'email',
    query: 'promoção de primavera',
  }),
  draft('Escreva cinco emails para clientes que não compram há 90 dias', {
    variants: 5,
    channel: 'email',
    inactiveDays: 90,
  }),
  draft('escreva 3 mensagens de texto para clientes inativos há duas semanas', {
    variants: 3,
    channel: 'sms',
    inactiveDays: 14,
  }),
  draft('Crie três textos sobre frete grátis', { variants: 3, channel: 'sms', query: 'frete grátis' }),
  draft('Prepare meia dúzia de e-mails para novos clientes', {
    variants: 6,
    channel: 'email',
    cohort: 'new',
  }),
  draft('Crie uma dúzia de notificações push para clientes perdidos', {
    variants: 10,
    channel: 'push',
    cohort: 'churned',
  }),
  draft('Escreva um e-mail para clientes sem compras há um ano', { channel: 'email', inactiveDays: 365 }),
  draft('Escreva um par de e-mails para os melhores clientes', {
    variants: 2,
    channel: 'email',
    cohort: 'vip',
  }),
  draft('Redija 2 e-mails para clientes em risco', { variants: 2, channel: 'email', cohort: 'at_risk' }),
  draft('ESCREVA 3 EMAILS PARA CLIENTES INATIVOS HA 60 DIAS', {
    variants: 3,
    channel: 'email',
    inactiveDays: 60,
  }),
  draft('Preciso de 3 notificações push para clientes fiéis', {
    variants: 3,
    channel: 'push',
    cohort: 'loyal',
  }),
  draft('Escreva 4 SMS para clientes que não compram há meio ano', {
    variants: 4,
    channel: 'sms',
    inactiveDays: 180,
  }),
  draft('Crie duas variações de email para clientes sem compra há seis semanas', {
    variants: 2,
    channel: 'email',
    inactiveDays: 42,
  }),

  segment('não escreva nada, só me mostre os clientes VIP', { cohort: 'vip' }),
  segment('Não redija e-mails, apenas mostre os clientes inativos', { cohort: 'lapsed' }),
  segment('Quem são meus clientes inativos?', { cohort: 'lapsed' }),
  segment('Mostre os segmentos por RFM', { method: 'rfm' }),
  segment('Quais clientes não compram há 90 dias?', { inactiveDays: 90 }),
  segment('Quantos clientes estão em risco?', { cohort: 'at_risk' }),
  segment('Mostre os novos clientes', { cohort: 'new' }),

  retrieve('Encontre conteúdo aprovado sobre frete grátis', 'frete grátis'),
  retrieve('Quais ofertas temos para o verão?', 'verão'),
  retrieve('Busque conteúdo aprovado sobre a nova coleção', 'nova coleção'),

  screen('Este texto é seguro: Compre já e ganhe 90% de desconto', 'Compre já e ganhe 90% de desconto'),
  screen('Verifique este texto: Olá {{firstName}}, seu cupom chegou', 'Olá {{firstName}}, seu cupom chegou'),
  screen('"Ganhe dinheiro fácil" é apropriado?', 'Ganhe dinheiro fácil'),
  screen('Revise os rascunhos'),

  experiment('Lance o experimento para a campanha spring-winback', {
    action: 'launch',
    campaign: 'spring-winback',
  }),
  experiment('Inicie o teste A/B para a campanha verao_2025', { action: 'launch', campaign: 'verao_2025' }),
  experiment('Simule uma semana de resultados com 12% de lift para spring-winback', {
    action: 'simulate',
    days: 7,
    lift: 0.12,
    campaign: 'spring-winback',
  }),
  experiment('Qual o tamanho da amostra para detectar 5% de melhoria?', { action: 'power', lift: 0.05 }),

  summarize('Como está o teste spring-winback?', 'spring-winback'),
  summarize('Mostre os resultados da campanha SPRING-2025', 'spring-2025'),
  summarize('Resumo dos resultados'),
  summarize('Qual foi o vencedor do teste summer_sale?', 'summer_sale'),

  help('Olá'),
  help('Ajuda'),
  help('O que você pode fazer?'),
  help('Como está o tempo em Lisboa?'),
  help('Me conta uma piada'),
  help('Obrigado'),
];
