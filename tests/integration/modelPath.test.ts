import type { RunningBot } from '../../src/app/startBot';
import { startTestBot } from '../support/botHarness';
import { MARKETER, NOBODY, cardsOf, say, textOf, type BotReply } from '../support/botClient';
import { FakeChatCompletions, type ChatRequest } from '../support/fakeChatCompletions';
import {
  currentCampaignOf,
  generationDataOf,
  scriptedModel,
  type ScriptedCall,
} from '../support/scriptedModel';

const DRAFT: ScriptedCall[] = [
  ['segment_customers', { inactiveDays: 90 }],
  ['retrieve_content', { query: 'we miss you', channel: 'email' }],
  ['generate_variants', { variants: 2, goal: 'win-back', topic: 'we miss you', channel: 'email' }],
  ['screen_content', {}],
];

/** The scripted model's plans: what a good model would call for each request of these tests. */
function plan(text: string, request: ChatRequest): ScriptedCall[] {
  const current = currentCampaignOf(request);
  if (/and launch/.test(text)) return [...DRAFT, ['run_experiment', { action: 'launch' }]];
  if (/draft/.test(text)) return DRAFT;
  if (/second one shorter/.test(text) && current) {
    return [['generate_variants', { basedOn: current, reviseVariant: 2, instruction: 'shorter' }]];
  }
  if (/for SMS/.test(text) && current) return [['generate_variants', { basedOn: current, channel: 'sms' }]];
  if (/how is it doing/.test(text)) return [['summarize_results', {}]];
  if (/results/.test(text)) return [['summarize_results', {}]];
  return [['help', { reason: 'unclear' }]];
}

const allText = (reply: BotReply): string =>
  [...reply.activities.map((activity) => activity.text ?? ''), ...cardsOf(reply).map(textOf)].join('\n');

const campaignIdIn = (reply: BotReply): string => {
  const match = /campaign \*\*([a-z0-9-]+)\*\*/.exec(allText(reply));
  if (!match?.[1]) throw new Error(`no campaign id in: ${allText(reply).slice(0, 300)}`);
  return match[1];
};

describe('the model path over HTTP: CPO_LLM=openai against a local Chat Completions server', () => {
  const fake = new FakeChatCompletions();
  let bot: RunningBot;

  beforeAll(async () => {
    const base = await fake.start();
    fake.respond = scriptedModel(plan);
    ({ bot } = await startTestBot({
      CPO_LLM: 'openai',
      OPENAI_BASE_URL: `${base}/v1`,
      OPENAI_API_KEY: 'sk-local',
      CPO_LLM_MODEL: 'scripted-model',
      CPO_LLM_TIMEOUT_MS: '3000',
    }));
  });
  afterAll(async () => {
    await bot?.close();
    await fake.stop();
  });
  beforeEach(() => {
    fake.requests.length = 0;
  });

  const planRequests = (): ChatRequest[] =>
    fake.requests.filter((request) => request.body.tools !== undefined);
  const generationRequests = (): ChatRequest[] =>
    fake.requests.filter((request) => request.body.response_format?.json_schema?.name === 'drafts');
  const judgeRequests = (): ChatRequest[] =>
    fake.requests.filter(
      (request) => request.body.response_format?.json_schema?.name === 'safety_judgements',
    );

  it('plans with every registered tool and drafts through the model: one generation call, cost on the summary', async () => {
    const reply = await say(
      bot.port,
      MARKETER,
      "draft 2 win-back emails for people who haven't bought in 90 days",
      'conv-model-1',
    );
    expect(reply.status).toBe(200);
    const [planned] = planRequests();
    expect(planned?.path).toBe('/v1/chat/completions');
    expect(planned?.body.model).toBe('scripted-model');
    expect(planned?.body.tools?.map((tool) => tool.function.name)).toEqual([
      'segment_customers',
      'retrieve_content',
      'generate_variants',
      'screen_content',
      'run_experiment',
      'summarize_results',
      'review_queue',
      'list_campaigns',
      'help',
    ]);
    for (const tool of planned?.body.tools ?? []) expect(tool.function.parameters.type).toBe('object');
    expect(generationRequests()).toHaveLength(1);
    // One judgement call for the whole draft, beside the local screener.
    expect(judgeRequests()).toHaveLength(1);
    const text = allText(reply);
    expect(text).toMatch(/Drafted 2 email variants for campaign \*\*win-back-email-[0-9a-f]{4}\*\*/);
    expect(text).toMatch(/Model cost: \$[0-9.e-]+ for 3 calls/);
    expect(text).toMatch(/Model judge \(openai:scripted-model/);
    expect(cardsOf(reply).filter((card) => textOf(card).includes('Variant 1 of')).length).toBe(1);
  });

  it('never sends customer data to the model: aggregates and approved sources only', async () => {
    await say(bot.port, MARKETER, 'draft 2 win-back emails', 'conv-model-2');
    const sent = JSON.stringify(fake.requests.map((request) => request.body.messages));
    for (const pii of ['storm.c000001@example.com', 'C000001', 'aiko.c000002@example.com', 'C000002']) {
      expect(sent).not.toContain(pii);
    }
    const data = generationDataOf(generationRequests()[0] as ChatRequest);
    expect(data.SOURCES.length).toBeGreaterThan(0);
    expect(data.SOURCES.every((source) => typeof source.id === 'string')).toBe(true);
  });

  it('"draft … and launch" runs both: the draft is stored and the launch says why it must wait', async () => {
    const reply = await say(
      bot.port,
      MARKETER,
      'draft 2 win-back emails and launch the test',
      'conv-model-3',
    );
    const text = allText(reply);
    const id = campaignIdIn(reply);
    expect(text).toContain(`Campaign ${id} is drafted but not launched yet`);
    expect(text).toMatch(/say “launch it”/);
  });

  it('follow-ups act on the conversation\'s campaign: "make the second one shorter", then "now do it for SMS"', async () => {
    const conversation = 'conv-model-4';
    const first = await say(bot.port, MARKETER, 'draft 2 win-back emails', conversation);
    const id = campaignIdIn(first);
    const secondCard = cardsOf(first).find((card) => textOf(card).includes('Variant 2 of'));
    expect(secondCard).toBeDefined();

    fake.requests.length = 0;
    const shorter = await say(bot.port, MARKETER, 'make the second one shorter', conversation);
    const [planned] = planRequests();
    expect(planned?.body.messages[0]?.content).toContain(`Current campaign of this conversation: "${id}"`);
    expect(planned?.body.messages[0]?.content).toMatch(/variant 2 \(v2, pending/);
    const revise = generationDataOf(generationRequests()[0] as ChatRequest).REVISE;
    expect(revise?.instruction).toBe('shorter');
    expect(textOf(secondCard)).toContain(revise?.body.split('\n')[2]?.slice(0, 20) ?? 'missing');
    expect(allText(shorter)).toContain(`Revised variant 2 of **${id}** (version 2)`);

    const sms = await say(bot.port, MARKETER, 'now do it for SMS', conversation);
    const smsText = allText(sms);
    expect(smsText).toMatch(/Drafted 2 sms variants for campaign \*\*win-back-sms-[0-9a-f]{4}\*\*/);
    expect(smsText).toContain('Reply STOP to opt out');
  });

  it('asks which campaign when a request needs one and the conversation has none', async () => {
    const reply = await say(bot.port, MARKETER, 'show me the results', 'conv-model-5');
    expect(allText(reply)).toMatch(/Which campaign\?/);
  });

  it('refuses drafting to someone who is not a marketer, alone (no progress card, no model generation)', async () => {
    const reply = await say(bot.port, NOBODY, 'draft 2 win-back emails', 'conv-model-6');
    expect(allText(reply)).toMatch(/Only marketers can draft campaigns/);
    expect(generationRequests()).toHaveLength(0);
    expect(allText(reply)).not.toMatch(/Done\./);
  });

  it('falls back to the offline planner when the model is down, and says plainly that drafting failed', async () => {
    const saved = fake.respond;
    fake.respond = () => ({ kind: 'error', status: 503 });
    try {
      const reply = await say(bot.port, MARKETER, 'show me the VIP customers', 'conv-model-7');
      expect(reply.status).toBe(200);
      expect(allText(reply)).toMatch(/customers/i);
      const draft = await say(bot.port, MARKETER, 'draft 2 win-back emails', 'conv-model-7');
      expect(allText(draft)).toMatch(/could not answer \(HTTP 503\)/);
    } finally {
      fake.respond = saved;
    }
  });
});
