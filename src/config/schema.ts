import { z } from 'zod';

const optionalString = z
  .string()
  .optional()
  .transform((value) => (value === undefined || value.trim() === '' ? undefined : value.trim()));

/** A switch from YAML (true/false) or env ("true", "false", "on", "off", "1", "0"). */
const onOff = z.preprocess((value) => {
  if (typeof value !== 'string') return value;
  const word = value.trim().toLowerCase();
  if (['true', 'on', '1', 'yes'].includes(word)) return true;
  if (['false', 'off', '0', 'no'].includes(word)) return false;
  return value;
}, z.boolean());

/** The whole runtime configuration. Parsed once at start-up and passed down; nothing else reads env. */
export const appConfigSchema = z.object({
  // 0 asks the OS for a free port (tests).
  port: z.coerce.number().int().min(0).max(65535).default(3978),
  logLevel: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  bot: z
    .object({
      appId: optionalString,
      appPassword: optionalString,
      appTenantId: optionalString,
      appType: z.enum(['MultiTenant', 'SingleTenant', 'UserAssignedMSI']).default('MultiTenant'),
    })
    .default({}),
  tables: z
    .object({
      /** Connection string (Azurite: UseDevelopmentStorage=true) or, when absent, `endpoint` with Entra ID. */
      connectionString: optionalString,
      endpoint: optionalString,
      tablePrefix: z
        .string()
        .regex(/^[A-Za-z][A-Za-z0-9]{0,40}$/, 'tablePrefix must be letters and digits')
        .default('cpo'),
    })
    .default({}),
  search: z
    .object({
      provider: z.enum(['local', 'azure']).default('local'),
      endpoint: optionalString,
      indexName: z.string().default('approved-content'),
      apiKey: optionalString,
    })
    .default({}),
  /**
   * The language model behind planning and generation (`CPO_LLM`). `offline` uses the local planner and the
   * template generator; `azure-openai` the `model.*` Azure settings; `openai` any OpenAI-compatible server.
   */
  llm: z
    .object({
      provider: z.enum(['offline', 'azure-openai', 'openai']).default('offline'),
      /** Model name for `openai` (`CPO_LLM_MODEL`); Azure uses the deployment name. */
      model: optionalString,
      /** OpenAI-compatible base URL, e.g. http://127.0.0.1:8080/v1 (`OPENAI_BASE_URL`). */
      baseUrl: optionalString,
      apiKey: optionalString,
      /** Longest single model call in milliseconds (`CPO_LLM_TIMEOUT_MS`). */
      timeoutMs: z.coerce.number().int().min(100).max(600_000).default(20_000),
      /** Retries on 429, 5xx and lost connections, honouring Retry-After (`CPO_LLM_MAX_RETRIES`). */
      maxRetries: z.coerce.number().int().min(0).max(10).default(2),
      /** Model calls in flight at once per deployment (`CPO_LLM_CONCURRENCY`). */
      concurrency: z.coerce.number().int().min(1).max(64).default(4),
      /** Prices in US dollars per million tokens; defaults are gpt-4o-mini's list prices. */
      inputPricePerMillion: z.coerce.number().min(0).max(1000).default(0.15),
      outputPricePerMillion: z.coerce.number().min(0).max(1000).default(0.6),
      /** Model spend allowed per campaign in US dollars; generation stops with a message beyond it. */
      budgetPerCampaignUsd: z.coerce.number().min(0).max(100_000).default(1),
    })
    .default({}),
  /** Azure OpenAI settings (`CPO_LLM=azure-openai`) and an optional per-port override of the generator. */
  model: z
    .object({
      /** Overrides `llm.provider` for generation only (legacy `CPO_MODEL_PROVIDER`). */
      provider: z.enum(['template', 'azure-openai', 'openai']).optional(),
      endpoint: optionalString,
      deployment: optionalString,
      apiKey: optionalString,
      apiVersion: z.string().default('2024-10-21'),
    })
    .default({}),
  safety: z
    .object({
      provider: z.enum(['local', 'azure']).default('local'),
      /** The local screener's trained classifier (review only); off screens with the rules alone. */
      localClassifier: onOff.default(true),
      endpoint: optionalString,
      apiKey: optionalString,
    })
    .default({}),
  planner: z
    .object({
      /** Overrides `llm.provider` for planning only (legacy `CPO_PLANNER_PROVIDER`): intent = offline. */
      provider: z.enum(['intent', 'llm']).optional(),
    })
    .default({}),
  files: z
    .object({
      roles: z.string().default('config/roles.yaml'),
      policy: z.string().default('config/policy.yaml'),
      customers: z.string().default('data/customers.csv'),
      contentDir: z.string().default('data/content'),
      outDir: z.string().default('out'),
    })
    .default({}),
  engagement: z
    .object({
      /** Shared secret Event Grid must send in `x-cpo-webhook-key` to POST /api/engagement (optional). */
      webhookKey: optionalString,
    })
    .default({}),
  privacy: z
    .object({
      /** HMAC-SHA-256 key for customer pseudonyms. The default is for local development only. */
      pseudonymKey: z.string().min(16).default('local-development-pseudonym-key-change-me'),
      pseudonymKeyId: z.string().default('dev1'),
    })
    .default({}),
  // Issue 12: how much data a results card or report needs before it shows estimates.
  results: z
    .object({
      /** Recipients each compared arm needs before a lift, interval or chance to win is shown. */
      minRecipientsPerArm: z.coerce.number().int().min(1).default(100),
      /** Events of the metric (clicks, conversions…) summed over the two arms compared. */
      minEventsTotal: z.coerce.number().int().min(1).default(20),
      /** Events each arm needs for a relative (%) interval; below it the difference is shown in points. */
      minEventsForRelative: z.coerce.number().int().min(1).default(10),
    })
    .default({}),
  // Issue 15: trust boundaries, abuse limits, readiness probes and telemetry.
  security: z
    .object({
      /** Anonymous mode (no MICROSOFT_APP_ID) listens on loopback only unless this is on (logged every start). */
      allowAnonymousRemote: onOff.default(false),
      /** Bot Framework token validation against another OpenID metadata document (tests, sovereign clouds). */
      botOpenIdMetadataUrl: optionalString,
      /** The `iss` the Bot Framework tokens must carry when `botOpenIdMetadataUrl` is set. */
      botTokenIssuer: optionalString,
      /** Largest request body on any route (bytes); larger requests get 413. */
      maxBodyBytes: z.coerce
        .number()
        .int()
        .min(1024)
        .max(4 * 1024 * 1024)
        .default(1024 * 1024),
      /** A turn that takes longer is answered with an apology (the work may still finish). */
      turnTimeoutMs: z.coerce.number().int().min(100).max(300_000).default(45_000),
      /** Turns per user and per conversation in a sliding minute; more get 429 and a polite message. */
      userTurnsPerMinute: z.coerce.number().int().min(1).max(10_000).default(30),
      conversationTurnsPerMinute: z.coerce.number().int().min(1).max(10_000).default(60),
      /** Entra ID auth on POST /api/engagement: the audience bearer tokens must carry, and their tenant. */
      engagementAudience: optionalString,
      engagementTenantId: optionalString,
      /** Another OpenID metadata document for those tokens (tests, sovereign clouds). */
      engagementOpenIdMetadataUrl: optionalString,
    })
    .default({}),
  operations: z
    .object({
      /** Each dependency check of GET /readyz and `cpo doctor` gives up after this long. */
      readinessTimeoutMs: z.coerce.number().int().min(100).max(30_000).default(1500),
      /** Azure Monitor export of traces and metrics; nothing leaves the machine when unset. */
      applicationInsightsConnectionString: optionalString,
    })
    .default({}),
  // Issue 16: where customer data lives, and the local state of the CLI and `npm run dev`.
  customerData: z
    .object({
      /** `duckdb`: the embedded engine reads files.customers (CSV, JSONL or Parquet); `postgres`: a table. */
      source: z.enum(['duckdb', 'postgres']).default('duckdb'),
      /** PostgreSQL connection string (Azure Database for PostgreSQL, Cosmos DB for PostgreSQL, local). */
      postgresUrl: optionalString,
      postgresTable: z
        .string()
        .regex(/^[A-Za-z_][A-Za-z0-9_]{0,62}(\.[A-Za-z_][A-Za-z0-9_]{0,62})?$/, 'a table name like customers')
        .default('customers'),
      /** Project-local folder for local state: the embedded table service persists under `<dir>/tables`. */
      localStateDir: z.string().default('.cpo'),
    })
    .default({}),
  // Issue 14: the model's judgement of copy, a second opinion next to the other screens.
  safetyJudge: z
    .object({
      /** Judge every variant with the configured model (`CPO_LLM`); off keeps the other screens only. */
      enabled: onOff.default(true),
      /** Budget of one judgement call, retries included; a later answer holds the copy for review. */
      timeoutMs: z.coerce.number().int().min(500).max(600_000).default(30_000),
      /** Judgements kept in memory by text hash (least recently used dropped first). */
      cacheSize: z.coerce.number().int().min(0).max(100_000).default(1000),
    })
    .default({}),
});

export type AppConfig = z.infer<typeof appConfigSchema>;
