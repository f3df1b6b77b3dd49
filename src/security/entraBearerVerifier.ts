import { createPublicKey, type JsonWebKey, type KeyObject } from 'node:crypto';
import jwt from 'jsonwebtoken';

export interface EntraBearerOptions {
  /** The `aud` the token must carry: the app id URI or client id of the webhook's Entra app. */
  audience: string;
  /** Tenant whose tokens are accepted (issuer `https://login.microsoftonline.com/<tenant>/v2.0` or v1 `sts.windows.net`). */
  tenantId?: string;
  /** OpenID metadata document; defaults to the tenant's (tests point it at a local issuer). */
  metadataUrl?: string;
  fetch?: typeof fetch;
}

interface Keys {
  issuer: string;
  byKid: Map<string, KeyObject>;
  loadedAt: number;
}

const KEYS_MAX_AGE_MS = 3600_000;
/** An unknown key id refreshes the keys at most this often (keys roll over; random kids must not hammer Entra). */
const REFRESH_MIN_INTERVAL_MS = 60_000;

/**
 * Validates Entra ID bearer tokens on the engagement webhook (Event Grid delivery with Entra authentication):
 * RS256 signature by a key from the tenant's JWKS, issuer, audience and expiry (5 minutes of skew).
 */
export class EntraBearerVerifier {
  private keys: Keys | undefined;
  private loading: Promise<Keys> | undefined;
  private readonly metadataUrl: string;
  private readonly doFetch: typeof fetch;

  constructor(private readonly options: EntraBearerOptions) {
    if (options.metadataUrl === undefined && options.tenantId === undefined) {
      throw new Error('an Entra tenant id or an OpenID metadata URL is required');
    }
    this.metadataUrl =
      options.metadataUrl ??
      `https://login.microsoftonline.com/${encodeURIComponent(options.tenantId ?? '')}/v2.0/.well-known/openid-configuration`;
    this.doFetch = options.fetch ?? fetch;
  }

  /** True for a valid `Bearer <jwt>`; false for anything else (never throws for a bad token). */
  async verify(authorization: string | undefined): Promise<boolean> {
    const token = /^Bearer\s+(\S+)$/i.exec(authorization ?? '')?.[1];
    if (token === undefined) return false;
    const decoded = jwt.decode(token, { complete: true });
    const kid = decoded?.header.kid;
    if (!decoded || kid === undefined || decoded.header.alg !== 'RS256') return false;
    let keys = await this.currentKeys(false);
    if (!keys.byKid.has(kid) && Date.now() - keys.loadedAt > REFRESH_MIN_INTERVAL_MS) {
      keys = await this.currentKeys(true);
    }
    const key = keys.byKid.get(kid);
    if (!key) return false;
    const issuers = [keys.issuer];
    if (this.options.tenantId !== undefined)
      issuers.push(`https://sts.windows.net/${this.options.tenantId}/`);
    try {
      jwt.verify(token, key, {
        algorithms: ['RS256'],
        audience: this.options.audience,
        issuer: issuers as [string, ...string[]],
        clockTolerance: 300,
      });
      return true;
    } catch {
      return false;
    }
  }

  private async currentKeys(force: boolean): Promise<Keys> {
    if (!force && this.keys && Date.now() - this.keys.loadedAt < KEYS_MAX_AGE_MS) return this.keys;
    this.loading ??= this.load().finally(() => (this.loading = undefined));
    this.keys = await this.loading;
    return this.keys;
  }

  private async load(): Promise<Keys> {
    const metadata = (await (
      await this.doFetch(this.metadataUrl, { signal: AbortSignal.timeout(5000) })
    ).json()) as {
      issuer?: string;
      jwks_uri?: string;
    };
    if (typeof metadata.issuer !== 'string' || typeof metadata.jwks_uri !== 'string') {
      throw new Error('the OpenID metadata has no issuer or jwks_uri');
    }
    const jwks = (await (
      await this.doFetch(metadata.jwks_uri, { signal: AbortSignal.timeout(5000) })
    ).json()) as {
      keys?: Array<JsonWebKey & { kid?: string }>;
    };
    const byKid = new Map<string, KeyObject>();
    for (const key of jwks.keys ?? []) {
      if (key.kty !== 'RSA' || typeof key.kid !== 'string') continue;
      byKid.set(key.kid, createPublicKey({ key, format: 'jwk' }));
    }
    return { issuer: metadata.issuer, byKid, loadedAt: Date.now() };
  }
}
