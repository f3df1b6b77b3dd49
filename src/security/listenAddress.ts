import type { AppConfig } from '../config/schema';

export type ExposureMode = 'authenticated' | 'anonymous-loopback' | 'anonymous-remote';

export interface ListenPlan {
  /** Interface the HTTP server binds to. */
  host: string;
  mode: ExposureMode;
  /** Warnings to log at every start (never empty outside authenticated mode). */
  warnings: string[];
}

export const LOOPBACK_HOST = '127.0.0.1';

/**
 * Where the bot may listen. Without MICROSOFT_APP_ID the Bot Framework adapter accepts unsigned activities whose
 * `from` is whatever the caller writes, so anonymous mode binds to loopback only; CPO_ALLOW_ANONYMOUS_REMOTE=true
 * opens every interface (a container on a private network) and is warned about on every start.
 */
export function planListenAddress(config: AppConfig): ListenPlan {
  if (config.bot.appId !== undefined) return { host: '0.0.0.0', mode: 'authenticated', warnings: [] };
  if (config.security.allowAnonymousRemote) {
    return {
      host: '0.0.0.0',
      mode: 'anonymous-remote',
      warnings: [
        'CPO_ALLOW_ANONYMOUS_REMOTE=true: accepting UNAUTHENTICATED Bot Framework traffic on every interface; anyone who can reach this port can act as any user. Set MICROSOFT_APP_ID outside a private network.',
      ],
    };
  }
  return {
    host: LOOPBACK_HOST,
    mode: 'anonymous-loopback',
    warnings: [
      `No MICROSOFT_APP_ID: anonymous mode, listening on loopback (${LOOPBACK_HOST}) only. Set MICROSOFT_APP_ID to accept Teams traffic.`,
    ],
  };
}

/** True for 127.0.0.0/8, ::1 and IPv4-mapped loopback addresses. */
export function isLoopbackAddress(address: string | undefined): boolean {
  if (address === undefined) return false;
  const plain = address.startsWith('::ffff:') ? address.slice('::ffff:'.length) : address;
  return plain === '::1' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(plain);
}
