import { findRegion, findUnsupportedConditions } from '../../src/adapters/planner/intent/audienceLimits';
import { findRevision, findVariantOrdinal } from '../../src/adapters/planner/intent/followUp';
import { detectChannel } from '../../src/adapters/planner/intent/channels';
import { IntentPlanner } from '../../src/adapters/planner/intent/intentPlanner';
import { detectRequestLanguage } from '../../src/adapters/planner/intent/requestLanguage';
import { findScreenPayload } from '../../src/adapters/planner/intent/screenPayload';
import { isOneEditApart } from '../../src/text/editDistance';
import { foldForMatching, stripDiacritics } from '../../src/text/foldForMatching';

const planner = new IntentPlanner({
  onError: (error) => {
    throw error;
  },
});
const CURRENT = { currentCampaign: 'spring-winback-7f2' };
const DRAFT_TOOLS = ['segment_customers', 'retrieve_content', 'generate_variants', 'screen_content'];
const matched = (text: string): string => foldForMatching(text).matched;

describe('follow-ups act on the current campaign', () => {
  it('"make the second one shorter" revises variant 2 of the current campaign', () => {
    const plan = planner.planSync('make the second one shorter', CURRENT);
    expect(plan.steps.map((step) => step.tool)).toEqual(DRAFT_TOOLS);
    expect(plan.steps[2]?.args).toMatchObject({
      basedOn: 'spring-winback-7f2',
      reviseVariant: 2,
      instruction: 'shorter',
    });
  });

  it.each([
    ['now do it for SMS', 'sms'],
    ['now for push', 'push'],
  ])('"%s" redrafts for another channel', (text, channel) => {
    const plan = planner.planSync(text, CURRENT);
    expect(plan.steps[2]?.args).toMatchObject({ basedOn: 'spring-winback-7f2', channel });
  });

  it('"only the VIPs" narrows the audience', () => {
    const plan = planner.planSync('only the VIPs', CURRENT);
    expect(plan.steps[0]?.args).toMatchObject({ cohort: 'vip' });
    expect(plan.steps[2]?.args).toMatchObject({ basedOn: 'spring-winback-7f2' });
  });

  it('"launch it" launches the current campaign', () => {
    expect(planner.planSync('launch it', CURRENT).steps).toEqual([
      { tool: 'run_experiment', args: { campaign: 'spring-winback-7f2', action: 'launch' } },
    ]);
  });

  it('asks when there is no current campaign', () => {
    const plan = planner.planSync('make the second one shorter');
    expect(plan.steps).toEqual([{ tool: 'help', args: { reason: 'unclear' } }]);
    expect(plan.choices?.map((choice) => choice.label)).toContain('Show my campaigns');
  });

  it('plans a fresh draft, not a revision, for a new drafting request', () => {
    const plan = planner.planSync('draft 3 emails for new customers', CURRENT);
    expect(plan.steps[2]?.args).not.toHaveProperty('basedOn');
  });
});

describe('faithful to the request', () => {
  it('names what it cannot target and keeps region and offer', () => {
    const plan = planner.planSync('draft an email about free shipping for everyone who bought boots in EMEA');
    expect(plan.steps[0]?.args).toMatchObject({ region: 'EMEA', unsupported: ['bought boots'] });
    expect(plan.steps[1]?.args).toMatchObject({ query: 'free shipping' });
  });

  it('drafts in the language of the request', () => {
    const plan = planner.planSync('Schreib eine E-Mail über kostenlosen Versand an Kunden in EMEA');
    expect(plan.steps[2]?.args).toMatchObject({ language: 'de', topic: 'kostenlosen versand' });
  });

  it.each([
    "Can you put together a win-back email for shoppers who haven't ordered in 90 days?",
    "I need a win-back email for people who haven't ordered in 90 days",
  ])('never sends a clear drafting request to results or help: %s', (text) => {
    const plan = planner.planSync(text);
    expect(plan.steps.map((step) => step.tool)).toEqual(DRAFT_TOOLS);
    expect(plan.steps[0]?.args).toMatchObject({ inactiveDays: 90 });
  });
});

describe('extractors', () => {
  it.each([
    ['the second one', 2],
    ['variant 3', 3],
    ['die zweite', 2],
    ['la troisieme', 3],
    ['2番目', 2],
    ['make number 3 friendlier', 3],
    ['haz la numero 3 mas cercana', 3],
  ])('ordinal of %s', (text, expected) => {
    expect(findVariantOrdinal(text)).toBe(expected);
  });

  it('reads a revision instruction', () => {
    expect(findRevision('make the first one shorter')).toEqual({ variant: 1, instruction: 'shorter' });
    expect(findRevision(matched('mach sie kürzer'))).toEqual({ instruction: 'shorter' });
    expect(findRevision('make them more playful')).toEqual({ instruction: 'more playful' });
    expect(findRevision('make number 3 friendlier')).toEqual({ variant: 3, instruction: 'more friendly' });
  });

  it.each([
    ['customers in emea', 'EMEA'],
    ['clientes en america latina', 'LATAM'],
    ['kunden in asien', 'APAC'],
    ['everyone', undefined],
  ])('region of %s', (text, expected) => {
    expect(findRegion(text)).toBe(expected);
  });

  it.each([
    ['everyone who bought boots', ['bought boots']],
    ['customers who purchased a tent last year', ['bought tent']],
    ['alle, die stiefel gekauft haben', ['bought stiefel']],
    ['customers who bought in the last 30 days', []],
  ])('unsupported conditions of %s', (text, expected) => {
    expect(findUnsupportedConditions(text)).toEqual(expected);
  });

  it.each([
    ['draft an email for the vips', 'en'],
    ['schreib eine e-mail für die kunden', 'de'],
    ['rédige un e-mail pour les clients', 'fr'],
    ['escribe un correo para los clientes', 'es'],
    ['escreva um e-mail para os clientes', 'pt'],
    ['três sms para membros vip, sobre devolução grátis', 'pt'],
    ['¿cuántos vip tenemos?', 'es'],
    ['crie uma campanha de sms para clientes com mais de 5 pedidos', 'pt'],
    ['メールを書いて', 'ja'],
  ])('language of %s', (text, expected) => {
    expect(detectRequestLanguage(text)).toBe(expected);
  });

  it('quotes the text to screen in the user’s own case', () => {
    expect(findScreenPayload('Is this OK: "Buy NOW, 20% off!"')).toBe('Buy NOW, 20% off!');
    expect(findScreenPayload('この文面は大丈夫？「本日限り」')).toBe('本日限り');
    expect(findScreenPayload('check this: Last chance today')).toBe('Last chance today');
  });

  it('recognises long channel words with one typo, never short ones', () => {
    expect(detectChannel('5 emial variants')).toBe('email');
    expect(detectChannel('3 corero para clientes')).toBe('email');
    expect(detectChannel('the main offer')).toBeUndefined();
    expect(detectChannel('texto de newsletter para clientes')).toBe('email');
    expect(detectChannel('mandales un texto a los vip')).toBe('sms');
    expect(detectChannel('not email this time - push notifications')).toBe('push');
    expect(isOneEditApart('draft', 'drfat')).toBe(true);
    expect(isOneEditApart('draft', 'drafts')).toBe(true);
    expect(isOneEditApart('draft', 'dfrta')).toBe(false);
  });

  it('strips diacritics without changing the length', () => {
    const folded = 'rédige über ação';
    expect(stripDiacritics(folded)).toBe('redige uber acao');
    expect(stripDiacritics(folded)).toHaveLength(folded.length);
  });
});

describe('choices when unsure', () => {
  it('offers two or three readings in the language of the request, the best guess in steps', () => {
    const unsure = [
      'spring-winback-7f2',
      'emails',
      'vip results',
      'Ergebnisse Entwurf',
      'résultats brouillon',
      'campaña',
      'キャンペーン',
      'results draft',
      'VIP campaign',
    ]
      .map((text) => ({ text, plan: planner.planSync(text) }))
      .filter(({ plan }) => plan.choices !== undefined);
    expect(unsure.length).toBeGreaterThan(0);
    for (const { plan } of unsure) {
      expect(plan.choices?.length).toBeGreaterThanOrEqual(2);
      expect(plan.choices?.length).toBeLessThanOrEqual(3);
      expect(plan.choices?.[0]?.steps).toEqual(plan.steps);
      expect(new Set(plan.choices?.map((choice) => choice.label)).size).toBe(plan.choices?.length);
    }
  });

  it('never launches on a bare campaign id or "vip" without asking; an explicit launch runs', () => {
    for (const text of ['spring-winback-7f2', 'glade-juniper-2x', 'vip', 'VIP']) {
      const plan = planner.planSync(text);
      if (plan.steps[0]?.tool === 'run_experiment') expect(plan.choices?.length).toBeGreaterThanOrEqual(2);
    }
    expect(planner.planSync('glade-juniper-2x').choices?.map((choice) => choice.label)).toEqual([
      'Launch glade-juniper-2x',
      'Show results for glade-juniper-2x',
    ]);
    const explicit = planner.planSync('launch spring-winback-7f2');
    expect(explicit.steps[0]).toMatchObject({ tool: 'run_experiment', args: { action: 'launch' } });
    expect(explicit.choices).toBeUndefined();
  });

  it('asks in German when a German follow-up has no campaign', () => {
    const plan = planner.planSync('mach die zweite kürzer');
    expect(plan.choices?.map((choice) => choice.label)).toContain('Meine Kampagnen zeigen');
  });
});
