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
});

export type AppConfig = z.infer<typeof appConfigSchema>;
