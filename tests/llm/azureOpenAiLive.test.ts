import { OpenAiChatModel } from '../../src/adapters/llm/openAiChatModel';
import { loadConfig } from '../../src/config/loadConfig';
import { resolveModelSettings } from '../../src/config/modelSettings';
import { createSilentLogger } from '../../src/shared/logger';
import { REPO_ROOT } from '../support/repoRoot';

/** Opt-in: runs only when real Azure OpenAI settings are in the environment (never in CI by default). */
const live = process.env.CPO_LIVE_AZURE_OPENAI === '1' && process.env.AZURE_OPENAI_ENDPOINT !== undefined;

(live ? describe : describe.skip)('Azure OpenAI, live (CPO_LIVE_AZURE_OPENAI=1)', () => {
  it('answers a tool call through the configured deployment', async () => {
    const settings = resolveModelSettings(loadConfig({ ...process.env, CPO_LLM: 'azure-openai' }, REPO_ROOT));
    if (settings.planner === 'offline') throw new Error('expected an Azure connection');
    const model = new OpenAiChatModel({
      connection: settings.planner,
      limits: settings.limits,
      prices: settings.prices,
      logger: createSilentLogger(),
    });
    const completion = await model.complete({
      purpose: 'plan',
      messages: [{ role: 'user', content: 'Say hello by calling the greet tool.' }],
      tools: [{ name: 'greet', description: 'Greets.', parameters: { type: 'object', properties: {} } }],
      toolChoice: 'required',
    });
    expect(completion.toolCalls).toBeDefined();
    expect(completion.usage.promptTokens).toBeGreaterThan(0);
  }, 60_000);
});
