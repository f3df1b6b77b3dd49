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
});

export type AppConfig = z.infer<typeof appConfigSchema>;
