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
  model: z
    .object({
      provider: z.enum(['template', 'azure-openai']).default('template'),
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
      provider: z.enum(['intent', 'llm']).default('intent'),
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
});

export type AppConfig = z.infer<typeof appConfigSchema>;
