import { readFileSync, existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { appConfigSchema, type AppConfig } from './schema';
import { configError } from '../shared/errors';
import type { ZodError } from 'zod';
import { formatZodError } from '../shared/zodMessage';
import { checkProviders } from './providerRules';

type Env = Readonly<Record<string, string | undefined>>;

/** Environment variables and the config path each one sets. The README's configuration table mirrors this. */
export const ENV_BINDINGS: ReadonlyArray<readonly [string, string]> = [
  ['PORT', 'port'],
  ['CPO_LOG_LEVEL', 'logLevel'],
  ['MICROSOFT_APP_ID', 'bot.appId'],
  ['MICROSOFT_APP_PASSWORD', 'bot.appPassword'],
  ['MICROSOFT_APP_TENANT_ID', 'bot.appTenantId'],
  ['MICROSOFT_APP_TYPE', 'bot.appType'],
  ['CPO_TABLES_CONNECTION_STRING', 'tables.connectionString'],
  ['CPO_TABLES_ENDPOINT', 'tables.endpoint'],
  ['CPO_TABLES_PREFIX', 'tables.tablePrefix'],
  ['CPO_SEARCH_PROVIDER', 'search.provider'],
  ['AZURE_SEARCH_ENDPOINT', 'search.endpoint'],
  ['AZURE_SEARCH_INDEX', 'search.indexName'],
  ['AZURE_SEARCH_API_KEY', 'search.apiKey'],
  ['CPO_LLM', 'llm.provider'],
  ['CPO_LLM_MODEL', 'llm.model'],
  ['OPENAI_BASE_URL', 'llm.baseUrl'],
  ['OPENAI_API_KEY', 'llm.apiKey'],
  ['CPO_LLM_TIMEOUT_MS', 'llm.timeoutMs'],
  ['CPO_LLM_MAX_RETRIES', 'llm.maxRetries'],
  ['CPO_LLM_CONCURRENCY', 'llm.concurrency'],
  ['CPO_LLM_INPUT_PRICE_PER_MTOK', 'llm.inputPricePerMillion'],
  ['CPO_LLM_OUTPUT_PRICE_PER_MTOK', 'llm.outputPricePerMillion'],
  ['CPO_LLM_BUDGET_USD', 'llm.budgetPerCampaignUsd'],
  ['CPO_MODEL_PROVIDER', 'model.provider'],
  ['AZURE_OPENAI_ENDPOINT', 'model.endpoint'],
  ['AZURE_OPENAI_DEPLOYMENT', 'model.deployment'],
  ['AZURE_OPENAI_API_KEY', 'model.apiKey'],
  ['AZURE_OPENAI_API_VERSION', 'model.apiVersion'],
  ['CPO_SAFETY_PROVIDER', 'safety.provider'],
  ['CPO_SAFETY_LOCAL_CLASSIFIER', 'safety.localClassifier'],
  ['AZURE_CONTENT_SAFETY_ENDPOINT', 'safety.endpoint'],
  ['AZURE_CONTENT_SAFETY_API_KEY', 'safety.apiKey'],
  ['CPO_PLANNER_PROVIDER', 'planner.provider'],
  ['CPO_ROLES_FILE', 'files.roles'],
  ['CPO_POLICY_FILE', 'files.policy'],
  ['CPO_CUSTOMERS_FILE', 'files.customers'],
  ['CPO_CONTENT_DIR', 'files.contentDir'],
  ['CPO_OUT_DIR', 'files.outDir'],
  ['CPO_ENGAGEMENT_WEBHOOK_KEY', 'engagement.webhookKey'],
  ['CPO_PSEUDONYM_KEY', 'privacy.pseudonymKey'],
  ['CPO_PSEUDONYM_KEY_ID', 'privacy.pseudonymKeyId'],
  // Issue 12: minimum data before results show estimates.
  ['CPO_RESULTS_MIN_RECIPIENTS_PER_ARM', 'results.minRecipientsPerArm'],
  ['CPO_RESULTS_MIN_EVENTS_TOTAL', 'results.minEventsTotal'],
  ['CPO_RESULTS_MIN_EVENTS_FOR_RELATIVE', 'results.minEventsForRelative'],
  // Issue 15: trust boundaries, abuse limits, readiness probes and telemetry.
  ['CPO_ALLOW_ANONYMOUS_REMOTE', 'security.allowAnonymousRemote'],
  ['CPO_BOT_OPENID_METADATA_URL', 'security.botOpenIdMetadataUrl'],
  ['CPO_BOT_TOKEN_ISSUER', 'security.botTokenIssuer'],
  ['CPO_MAX_BODY_BYTES', 'security.maxBodyBytes'],
  ['CPO_TURN_TIMEOUT_MS', 'security.turnTimeoutMs'],
  ['CPO_USER_TURNS_PER_MINUTE', 'security.userTurnsPerMinute'],
  ['CPO_CONVERSATION_TURNS_PER_MINUTE', 'security.conversationTurnsPerMinute'],
  ['CPO_ENGAGEMENT_AAD_AUDIENCE', 'security.engagementAudience'],
  ['CPO_ENGAGEMENT_AAD_TENANT_ID', 'security.engagementTenantId'],
  ['CPO_ENGAGEMENT_OPENID_METADATA_URL', 'security.engagementOpenIdMetadataUrl'],
  ['CPO_READINESS_TIMEOUT_MS', 'operations.readinessTimeoutMs'],
  ['APPLICATIONINSIGHTS_CONNECTION_STRING', 'operations.applicationInsightsConnectionString'],
  // Issue 16: customer data source and local state.
  ['CPO_CUSTOMER_SOURCE', 'customerData.source'],
  ['CPO_CUSTOMERS_POSTGRES_URL', 'customerData.postgresUrl'],
  ['CPO_CUSTOMERS_POSTGRES_TABLE', 'customerData.postgresTable'],
  ['CPO_LOCAL_STATE_DIR', 'customerData.localStateDir'],
  // Issue 14: the model judge of copy.
  ['CPO_SAFETY_JUDGE', 'safetyJudge.enabled'],
  ['CPO_SAFETY_JUDGE_TIMEOUT_MS', 'safetyJudge.timeoutMs'],
  ['CPO_SAFETY_JUDGE_CACHE_SIZE', 'safetyJudge.cacheSize'],
];

/** zod issues with the environment variable that sets each key, so the message names what to change. */
function describeIssues(error: ZodError): string {
  const variableOf = new Map(ENV_BINDINGS.map(([name, path]) => [path, name]));
  return error.issues
    .map((issue) => {
      const path = issue.path.join('.');
      const variable = variableOf.get(path);
      const single = formatZodError({ issues: [issue] } as ZodError);
      return variable === undefined ? single : `${variable} (${path}): ${issue.message}`;
    })
    .join('; ');
}

function setPath(target: Record<string, unknown>, path: string, value: unknown): void {
  const parts = path.split('.');
  let node = target;
  parts.slice(0, -1).forEach((part) => {
    const next = node[part];
    if (typeof next !== 'object' || next === null) node[part] = {};
    node = node[part] as Record<string, unknown>;
  });
  node[parts[parts.length - 1] as string] = value;
}

/**
 * Builds the configuration from `config/app.yaml` (embedded defaults, optional) overlaid with env vars.
 * Called once by the composition root or the CLI; throws a CONFIG AppError naming the bad key.
 */
export function loadConfig(env: Env = process.env, cwd: string = process.cwd()): AppConfig {
  const file = resolve(cwd, env.CPO_CONFIG_FILE ?? 'config/app.yaml');
  let raw: Record<string, unknown> = {};
  if (existsSync(file)) {
    const parsed: unknown = parseYaml(readFileSync(file, 'utf8'));
    if (parsed !== null && typeof parsed === 'object') raw = parsed as Record<string, unknown>;
  }
  for (const [name, path] of ENV_BINDINGS) {
    const value = env[name];
    if (value === undefined || value === '') continue;
    // App Service passes an unresolved Key Vault reference through as text; never run with it as a secret.
    if (value.startsWith('@Microsoft.KeyVault(')) {
      throw configError(
        `${name} is an unresolved Key Vault reference: check the app's identity and vault access.`,
      );
    }
    setPath(raw, path, value);
  }
  const result = appConfigSchema.safeParse(raw);
  if (!result.success) throw configError(`Invalid configuration: ${describeIssues(result.error)}`);
  // Each provider's settings are checked here, once, so a bad setup stops start-up with one message.
  checkProviders(result.data);
  return result.data;
}
