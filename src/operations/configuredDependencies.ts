import { existsSync, readdirSync } from 'node:fs';
import { DefaultAzureCredential, type TokenCredential } from '@azure/identity';
import { AzureTableStore } from '../adapters/tables/azureTableStore';
import { contentIndexFileIn } from '../adapters/search/local/contentIndexFile';
import type { AppConfig } from '../config/schema';
import { resolveModelSettings, type ModelConnection } from '../config/modelSettings';
import type { DependencyCheck } from './dependencyChecks';

/** A table the bot always has; its probe proves the service answers and the credentials work. */
const PROBE_TABLE = 'Audit';

export interface DependencyOptions {
  /** The store the bot already uses (its probe bypasses the outage cooldown); otherwise one is built. */
  tables?: Pick<AzureTableStore, 'probe'>;
  credential?: TokenCredential;
  fetch?: typeof fetch;
}

/**
 * The dependencies the configuration selects, each as a check that reaches it now: the table store, the
 * content index, the language model and the safety service. Offline components (template model, local
 * screener) are checked for what they need locally.
 */
export function configuredDependencies(
  config: AppConfig,
  options: DependencyOptions = {},
): DependencyCheck[] {
  let credential = options.credential;
  const identity = (): TokenCredential => (credential ??= new DefaultAzureCredential());
  const doFetch = options.fetch ?? fetch;
  return [
    tablesCheck(config, options.tables),
    contentIndexCheck(config, identity, doFetch),
    modelCheck(config, identity, doFetch),
    safetyCheck(config, identity, doFetch),
  ];
}

function tablesCheck(config: AppConfig, existing: DependencyOptions['tables']): DependencyCheck {
  const { connectionString, endpoint, tablePrefix } = config.tables;
  const where = connectionString
    ? connectionString === 'UseDevelopmentStorage=true'
      ? 'local development storage (Azurite) on 127.0.0.1:10002'
      : 'CPO_TABLES_CONNECTION_STRING'
    : (endpoint ?? 'no table store configured');
  return {
    name: 'tables',
    fix:
      connectionString === 'UseDevelopmentStorage=true'
        ? 'start the table service: `npm run dev`, or `npx azurite-table --inMemoryPersistence --tableHost 127.0.0.1 --tablePort 10002 --skipApiVersionCheck --loose --disableTelemetry`'
        : 'check CPO_TABLES_CONNECTION_STRING or CPO_TABLES_ENDPOINT (and the identity\'s "Storage Table Data Contributor" role)',
    run: async () => {
      if (!connectionString && !endpoint)
        throw new Error('set CPO_TABLES_CONNECTION_STRING or CPO_TABLES_ENDPOINT');
      const store =
        existing ??
        (connectionString
          ? new AzureTableStore({ kind: 'connectionString', connectionString }, tablePrefix, {
              maxRetries: 0,
            })
          : new AzureTableStore(
              { kind: 'endpoint', endpoint: endpoint ?? '', credential: new DefaultAzureCredential() },
              tablePrefix,
              { maxRetries: 0 },
            ));
      await store.probe(PROBE_TABLE);
      return where;
    },
  };
}

function contentIndexCheck(
  config: AppConfig,
  identity: () => TokenCredential,
  doFetch: typeof fetch,
): DependencyCheck {
  const { provider, endpoint, indexName, apiKey } = config.search;
  if (provider === 'local') {
    return {
      name: 'content_index',
      fix: 'check CPO_CONTENT_DIR (approved content as Markdown), then run `cpo index`',
      run: async () => {
        const indexFile = contentIndexFileIn(config.files.outDir);
        if (existsSync(indexFile)) return `local index ${indexFile}`;
        const dir = config.files.contentDir;
        if (!existsSync(dir)) throw new Error(`content folder ${dir} does not exist`);
        const documents = readdirSync(dir).filter((name) => name.endsWith('.md')).length;
        if (documents === 0) throw new Error(`content folder ${dir} has no Markdown documents`);
        return `${documents} documents in ${dir}, indexed in memory at start`;
      },
    };
  }
  return {
    name: 'content_index',
    fix: 'check AZURE_SEARCH_ENDPOINT, AZURE_SEARCH_INDEX and AZURE_SEARCH_API_KEY (or the identity\'s "Search Index Data Reader" role)',
    run: async () => {
      if (!endpoint) throw new Error('AZURE_SEARCH_ENDPOINT is required when CPO_SEARCH_PROVIDER=azure');
      const url = `${trimSlash(endpoint)}/indexes('${encodeURIComponent(indexName)}')/docs/$count?api-version=2024-07-01`;
      const headers = apiKey
        ? { 'api-key': apiKey }
        : await bearer(identity(), 'https://search.azure.com/.default');
      await expectOk(doFetch, url, headers, `index ${indexName}`);
      return `Azure AI Search index ${indexName}`;
    },
  };
}

function modelCheck(
  config: AppConfig,
  identity: () => TokenCredential,
  doFetch: typeof fetch,
): DependencyCheck {
  const settings = resolveModelSettings(config);
  const connections = [settings.planner, settings.generation].filter(
    (connection): connection is ModelConnection => connection !== 'offline',
  );
  if (connections.length === 0) {
    return { name: 'model', run: () => Promise.resolve('offline (intent planner, template generator)') };
  }
  const connection = connections[0] as ModelConnection;
  if (connection.provider === 'openai') {
    return {
      name: 'model',
      fix: 'check OPENAI_BASE_URL, OPENAI_API_KEY and CPO_LLM_MODEL',
      run: async () => {
        const headers: Record<string, string> =
          connection.apiKey === undefined ? {} : { authorization: `Bearer ${connection.apiKey}` };
        await expectOk(doFetch, `${trimSlash(connection.baseUrl)}/models`, headers, 'the model server');
        return `OpenAI-compatible server, model ${connection.model}`;
      },
    };
  }
  return {
    name: 'model',
    fix: 'check AZURE_OPENAI_ENDPOINT, AZURE_OPENAI_DEPLOYMENT and AZURE_OPENAI_API_KEY (or the identity\'s "Cognitive Services OpenAI User" role)',
    run: async () => {
      const url = `${trimSlash(connection.endpoint)}/openai/models?api-version=${encodeURIComponent(connection.apiVersion)}`;
      const headers = connection.apiKey
        ? { 'api-key': connection.apiKey }
        : await bearer(identity(), 'https://cognitiveservices.azure.com/.default');
      await expectOk(doFetch, url, headers, 'Azure OpenAI');
      return `Azure OpenAI deployment ${connection.deployment}`;
    },
  };
}

function safetyCheck(
  config: AppConfig,
  identity: () => TokenCredential,
  doFetch: typeof fetch,
): DependencyCheck {
  const { provider, endpoint, apiKey } = config.safety;
  if (provider === 'local') {
    return {
      name: 'safety',
      fix: 'check CPO_POLICY_FILE',
      run: () => {
        if (!existsSync(config.files.policy))
          throw new Error(`policy file ${config.files.policy} does not exist`);
        return Promise.resolve(
          `local screener${config.safety.localClassifier ? ' with classifier' : ', rules only'}`,
        );
      },
    };
  }
  return {
    name: 'safety',
    fix: 'check AZURE_CONTENT_SAFETY_ENDPOINT and AZURE_CONTENT_SAFETY_API_KEY (or the identity\'s "Cognitive Services User" role)',
    run: async () => {
      if (!endpoint)
        throw new Error('AZURE_CONTENT_SAFETY_ENDPOINT is required when CPO_SAFETY_PROVIDER=azure');
      const url = `${trimSlash(endpoint)}/contentsafety/text/blocklists?api-version=2024-09-01`;
      const headers = apiKey
        ? { 'Ocp-Apim-Subscription-Key': apiKey }
        : await bearer(identity(), 'https://cognitiveservices.azure.com/.default');
      await expectOk(doFetch, url, headers, 'Azure AI Content Safety');
      return 'Azure AI Content Safety';
    },
  };
}

function trimSlash(url: string): string {
  return url.replace(/\/+$/, '');
}

async function bearer(credential: TokenCredential, scope: string): Promise<Record<string, string>> {
  const token = await credential.getToken(scope);
  if (!token) throw new Error(`no Entra ID token for ${scope}`);
  return { authorization: `Bearer ${token.token}` };
}

/** GET that must answer 2xx; 401/403 and 404 are named, since they need different fixes. */
async function expectOk(
  doFetch: typeof fetch,
  url: string,
  headers: Record<string, string>,
  what: string,
): Promise<void> {
  const response = await doFetch(url, { headers, signal: AbortSignal.timeout(10_000) });
  await response.body?.cancel();
  if (response.ok) return;
  if (response.status === 401 || response.status === 403) {
    throw new Error(`${what} refused the credentials (HTTP ${response.status})`);
  }
  if (response.status === 404) throw new Error(`${what} was not found (HTTP 404)`);
  throw new Error(`${what} answered HTTP ${response.status}`);
}
