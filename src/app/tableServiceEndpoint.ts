import type { AppConfig } from '../config/schema';

/** Azurite's well-known development account (the account of `UseDevelopmentStorage=true`). */
export const DEVELOPMENT_ACCOUNT = 'devstoreaccount1';
const DEVELOPMENT_TABLE_PORT = 10002;
const LOOPBACK = new Set(['127.0.0.1', 'localhost', '::1', '[::1]']);

/** Where the configured table service should answer, and whether it is the local development storage. */
export interface TableServiceEndpoint {
  host: string;
  port: number;
  /** The development storage on this machine: the CLI may start the embedded table service for it. */
  local: boolean;
  /** The configuration variable the endpoint comes from, for messages. */
  variable: 'CPO_TABLES_CONNECTION_STRING' | 'CPO_TABLES_ENDPOINT';
}

function settingsOf(connectionString: string): Map<string, string> {
  const settings = new Map<string, string>();
  for (const part of connectionString.split(';')) {
    const at = part.indexOf('=');
    if (at > 0) settings.set(part.slice(0, at).trim().toLowerCase(), part.slice(at + 1).trim());
  }
  return settings;
}

function hostAndPort(url: URL): { host: string; port: number } {
  const fallback = url.protocol === 'http:' ? 80 : 443;
  return { host: url.hostname, port: url.port === '' ? fallback : Number(url.port) };
}

function parseUrl(text: string): URL | undefined {
  try {
    return new URL(text);
  } catch {
    return undefined;
  }
}

/**
 * The table endpoint the configuration points at. `UseDevelopmentStorage=true`, and the development account
 * on a loopback address, are local; anything else (a storage account, an Entra ID endpoint) is remote.
 * Undefined when nothing usable is configured (the table store reports that itself).
 */
export function tableServiceEndpointOf(config: AppConfig): TableServiceEndpoint | undefined {
  const { connectionString, endpoint } = config.tables;
  if (connectionString) {
    const variable = 'CPO_TABLES_CONNECTION_STRING';
    const settings = settingsOf(connectionString);
    if (settings.get('usedevelopmentstorage')?.toLowerCase() === 'true') {
      return { host: '127.0.0.1', port: DEVELOPMENT_TABLE_PORT, local: true, variable };
    }
    const account = settings.get('accountname');
    const explicit = settings.get('tableendpoint');
    const url = explicit
      ? parseUrl(explicit)
      : account
        ? parseUrl(
            `${settings.get('defaultendpointsprotocol') ?? 'https'}://${account}.table.${settings.get('endpointsuffix') ?? 'core.windows.net'}`,
          )
        : undefined;
    if (!url) return undefined;
    const { host, port } = hostAndPort(url);
    return { host, port, local: account === DEVELOPMENT_ACCOUNT && LOOPBACK.has(host), variable };
  }
  if (endpoint) {
    const url = parseUrl(endpoint);
    if (!url) return undefined;
    return { ...hostAndPort(url), local: false, variable: 'CPO_TABLES_ENDPOINT' };
  }
  return undefined;
}
