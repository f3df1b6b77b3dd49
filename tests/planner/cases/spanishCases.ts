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

export const SPANISH_CASES: PlannerCase[] = [
  draft('Redacta tres correos para clientes que no compran hace 45 días', {
    variants: 3,
    channel: 'email',
    inactiveDays: 45,
  }),
  draft('Escribe 2 SMS para los clientes VIP', { variants: 2, channel: 'sms', cohort: 'vip' }),
  draft('Crea cuatro notificaciones push para clientes inactivos', {
    variants: 4,
    channel: 'push',
    cohort: 'lapsed',
  }),
  draft('Genera 3 variantes de correo sobre las rebajas de primavera', {
    variants: 3,
    channel: 'email',
    query: 'rebajas de primavera',
  }),
  draft('Redacta cinco emails para clientes que no han comprado en 3 meses', {
    variants: 5,
    channel: 'email',
    inactiveDays: 90,
  }),
  draft('redacta 3 mensajes de texto para clientes inactivos desde hace 2 semanas', {
    variants: 3,
    channel: 'sms',
    inactiveDays: 14,
  }),
  draft('Escribe tres textos sobre el envío gratis', { variants: 3, channel: 'sms', query: 'envío gratis' }),
  draft('Prepara media docena de correos para clientes nuevos', {
    variants: 6,
    channel: 'email',
    cohort: 'new',
  }),
  draft('Crea una docena de notificaciones push para clientes perdidos', {
    variants: 10,
    channel: 'push',
    cohort: 'churned',
  }),
  draft('Redacta un correo para clientes sin compras desde hace un año', {
    channel: 'email',
    inactiveDays: 365,
  }),
  draft('Escribe un par de correos para los mejores clientes', {
    variants: 2,
    channel: 'email',
    cohort: 'vip',
  }),
  draft('Redacta 2 correos electrónicos para clientes en riesgo', {
    variants: 2,
    channel: 'email',
    cohort: 'at_risk',
  }),
  draft('REDACTA 3 CORREOS PARA CLIENTES INACTIVOS HACE 60 DIAS', {
    variants: 3,
    channel: 'email',
    inactiveDays: 60,
  }),
  draft('Necesito 3 notificaciones push para clientes fieles', {
    variants: 3,
    channel: 'push',
    cohort: 'loyal',
  }),
  draft('Escribe 4 SMS para clientes que no compran desde hace medio año', {
    variants: 4,
    channel: 'sms',
    inactiveDays: 180,
  }),
  draft('Crea 2 variantes de email para clientes que no compran hace seis semanas', {
    variants: 2,
    channel: 'email',
    inactiveDays: 42,
  }),

  segment('no escribas nada, solo muéstrame los clientes VIP', { cohort: 'vip' }),
  segment('No redactes correos, solo muéstrame los clientes inactivos', { cohort: 'lapsed' }),
  segment('¿Quiénes son mis clientes inactivos?', { cohort: 'lapsed' }),
  segment('Muéstrame los segmentos por RFM', { method: 'rfm' }),
  segment('¿Qué clientes no han comprado en 90 días?', { inactiveDays: 90 }),
  segment('¿Cuántos clientes están en riesgo?', { cohort: 'at_risk' }),
  segment('Muestra los clientes nuevos', { cohort: 'new' }),

  retrieve('Busca contenido aprobado sobre envío gratis', 'envío gratis'),
  retrieve('¿Qué ofertas tenemos para el verano?', 'verano'),
  retrieve('Encuentra contenido aprobado acerca de la nueva colección', 'nueva colección'),

  screen('¿Es seguro este texto?: Compra ya y ahorra 90%', 'Compra ya y ahorra 90%'),
  screen(
    'Revisa este texto: Hola {{firstName}}, tu cupón te espera',
    'Hola {{firstName}}, tu cupón te espera',
  ),
  screen('¿Es apropiado «Gana dinero fácil con nosotros»?', 'Gana dinero fácil con nosotros'),
  screen('Revisa los borradores'),

  experiment('Lanza el experimento para la campaña spring-winback', {
    action: 'launch',
    campaign: 'spring-winback',
  }),
  experiment('Inicia la prueba A/B para la campaña verano_2025', {
    action: 'launch',
    campaign: 'verano_2025',
  }),
  experiment('Simula una semana de resultados con un lift del 12% para spring-winback', {
    action: 'simulate',
    days: 7,
    lift: 0.12,
    campaign: 'spring-winback',
  }),
  experiment('¿Qué tamaño de muestra necesito para detectar un 5% de mejora?', {
    action: 'power',
    lift: 0.05,
  }),

  summarize('¿Cómo va la prueba spring-winback?', 'spring-winback'),
  summarize('Muéstrame los resultados de la campaña SPRING-2025', 'spring-2025'),
  summarize('Resumen de resultados'),
  summarize('¿Quién ganó en la prueba summer_sale?', 'summer_sale'),

  help('Hola'),
  help('Ayuda'),
  help('¿Qué puedes hacer?'),
  help('¿Qué tiempo hace en Madrid?'),
  help('Cuéntame un chiste'),
  help('Gracias'),
];
