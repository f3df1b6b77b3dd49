import { loadConfig } from '../../src/config/loadConfig';
import { resolveModelSettings } from '../../src/config/modelSettings';
import { REPO_ROOT } from '../support/repoRoot';
import { runCpoLoadingConfig } from '../support/cliHarness';

const AZURE = {
  CPO_LLM: 'azure-openai',
  AZURE_OPENAI_ENDPOINT: 'https://contoso.openai.azure.com/',
  AZURE_OPENAI_DEPLOYMENT: 'gpt-4o-mini',
};
const OPENAI = { CPO_LLM: 'openai', OPENAI_BASE_URL: 'http://127.0.0.1:8080/v1', CPO_LLM_MODEL: 'llama3.1' };

const settingsFor = (env: Record<string, string>) => resolveModelSettings(loadConfig(env, REPO_ROOT));
const configErrorFor = (env: Record<string, string>): string => {
  try {
    loadConfig(env, REPO_ROOT);
  } catch (error) {
    return (error as { code?: string; userMessage?: string }).code === 'CONFIG'
      ? ((error as { userMessage: string }).userMessage ?? '')
      : 'not a CONFIG error';
  }
  return 'no error';
};

describe('CPO_LLM selects the planner and the generator together', () => {
  it('is offline by default: intent planner and template generator', () => {
    expect(settingsFor({})).toMatchObject({ planner: 'offline', generation: 'offline' });
  });

  it("azure-openai: both ports on the deployment; the portal endpoint's trailing slash is stripped", () => {
    const settings = settingsFor(AZURE);
    const connection = {
      provider: 'azure-openai',
      endpoint: 'https://contoso.openai.azure.com',
      deployment: 'gpt-4o-mini',
      apiVersion: '2024-10-21',
    };
    expect(settings.planner).toEqual(connection);
    expect(settings.generation).toEqual(connection);
  });

  it('openai: any OpenAI-compatible server, with or without a key', () => {
    expect(settingsFor(OPENAI).planner).toEqual({
      provider: 'openai',
      baseUrl: 'http://127.0.0.1:8080/v1',
      model: 'llama3.1',
    });
    expect(settingsFor({ ...OPENAI, OPENAI_API_KEY: 'sk-x' }).generation).toMatchObject({ apiKey: 'sk-x' });
  });

  it('keeps the finer per-port overrides', () => {
    expect(settingsFor({ ...OPENAI, CPO_MODEL_PROVIDER: 'template' })).toMatchObject({
      generation: 'offline',
    });
    expect(settingsFor({ ...OPENAI, CPO_PLANNER_PROVIDER: 'intent' })).toMatchObject({ planner: 'offline' });
    expect(
      settingsFor({
        ...AZURE,
        CPO_LLM: 'offline',
        CPO_MODEL_PROVIDER: 'azure-openai',
        CPO_PLANNER_PROVIDER: 'llm',
      }).planner,
    ).toMatchObject({ provider: 'azure-openai' });
  });

  it('reads call limits, prices and the budget', () => {
    const settings = settingsFor({
      ...OPENAI,
      CPO_LLM_TIMEOUT_MS: '5000',
      CPO_LLM_MAX_RETRIES: '1',
      CPO_LLM_CONCURRENCY: '2',
      CPO_LLM_BUDGET_USD: '0.5',
    });
    expect(settings.limits).toEqual({ timeoutMs: 5000, maxRetries: 1, concurrency: 2 });
    expect(settings.prices).toEqual({ inputPerMillion: 0.15, outputPerMillion: 0.6 });
    expect(settings.budgetPerCampaignUsd).toBe(0.5);
  });

  it.each([
    [{ CPO_LLM: 'gpt' }, /CPO_LLM \(llm\.provider\)/],
    [{ CPO_LLM: 'azure-openai' }, /AZURE_OPENAI_ENDPOINT is required when CPO_LLM=azure-openai/],
    [
      {
        ...AZURE,
        AZURE_OPENAI_DEPLOYMENT: '',
        CPO_LLM: 'azure-openai',
        AZURE_OPENAI_ENDPOINT: 'https://x.openai.azure.com',
      },
      /AZURE_OPENAI_DEPLOYMENT is required/,
    ],
    [
      { ...AZURE, AZURE_OPENAI_ENDPOINT: 'contoso.openai.azure.com' },
      /AZURE_OPENAI_ENDPOINT must be an http\(s\) URL/,
    ],
    [{ ...AZURE, AZURE_OPENAI_API_VERSION: 'latest' }, /AZURE_OPENAI_API_VERSION must look like/],
    [
      { CPO_LLM: 'openai', OPENAI_BASE_URL: 'http://127.0.0.1:8080/v1' },
      /CPO_LLM_MODEL is required when CPO_LLM=openai/,
    ],
    [
      { CPO_LLM: 'openai', CPO_LLM_MODEL: 'gpt-4o-mini' },
      /OPENAI_API_KEY \(or OPENAI_BASE_URL for a local server\) is required/,
    ],
    [{ ...OPENAI, OPENAI_BASE_URL: 'not a url' }, /OPENAI_BASE_URL must be an http\(s\) URL/],
    [{ ...OPENAI, CPO_LLM_TIMEOUT_MS: '-1' }, /CPO_LLM_TIMEOUT_MS/],
    [{ CPO_PLANNER_PROVIDER: 'llm' }, /CPO_PLANNER_PROVIDER=llm needs a model/],
    [{ CPO_SEARCH_PROVIDER: 'azure' }, /AZURE_SEARCH_ENDPOINT is required when CPO_SEARCH_PROVIDER=azure/],
    [
      { CPO_SAFETY_PROVIDER: 'azure' },
      /AZURE_CONTENT_SAFETY_ENDPOINT is required when CPO_SAFETY_PROVIDER=azure/,
    ],
    [
      { CPO_CUSTOMER_SOURCE: 'postgres' },
      /CPO_CUSTOMERS_POSTGRES_URL is required when CPO_CUSTOMER_SOURCE=postgres/,
    ],
  ])('names the variable to fix: %j', (env, message) => {
    expect(configErrorFor(env as Record<string, string>)).toMatch(message);
  });
});

describe('the CLI with a bad model configuration', () => {
  it('exits 2 with one message naming the variable, and nothing on stdout', async () => {
    const run = await runCpoLoadingConfig(['plan', 'draft a win-back email', '--json'], {
      CPO_LLM: 'openai',
      OPENAI_BASE_URL: 'http://127.0.0.1:9/v1',
    });
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/^cpo: CPO_LLM_MODEL is required when CPO_LLM=openai\.\n$/);
  });
});
