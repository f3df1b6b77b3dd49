import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createPrivateKey, generateKeyPairSync, randomUUID, sign, type KeyObject } from 'node:crypto';

/** A local OpenID Connect issuer: metadata + JWKS over HTTP, and RS256 tokens signed with its own key. */
export interface LocalIssuer {
  metadataUrl: string;
  issuer: string;
  /** A signed JWT; `claims` override the defaults, `key` signs with another (unpublished) key. */
  token(claims: Record<string, unknown>, options?: { key?: KeyObject; kid?: string }): string;
  /** The same claims with `alg: none` and no signature. */
  unsignedToken(claims: Record<string, unknown>): string;
  otherKey(): KeyObject;
  close(): Promise<void>;
}

const base64url = (value: Buffer | string): string => Buffer.from(value).toString('base64url');

export async function startLocalIssuer(issuer = 'https://api.botframework.test'): Promise<LocalIssuer> {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const kid = randomUUID();
  const jwk = publicKey.export({ format: 'jwk' });
  let base = '';
  const server: Server = createServer((req, res) => {
    res.setHeader('content-type', 'application/json');
    if (req.url === '/.well-known/openid-configuration') {
      res.end(
        JSON.stringify({
          issuer,
          jwks_uri: `${base}/keys`,
          id_token_signing_alg_values_supported: ['RS256'],
        }),
      );
    } else if (req.url === '/keys') {
      res.end(JSON.stringify({ keys: [{ kty: 'RSA', use: 'sig', kid, n: jwk.n, e: jwk.e }] }));
    } else {
      res.statusCode = 404;
      res.end('{}');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const now = () => Math.floor(Date.now() / 1000);
  const payload = (claims: Record<string, unknown>) =>
    base64url(JSON.stringify({ iss: issuer, iat: now() - 10, nbf: now() - 10, exp: now() + 600, ...claims }));
  return {
    metadataUrl: `${base}/.well-known/openid-configuration`,
    issuer,
    token: (claims, options = {}) => {
      const header = base64url(JSON.stringify({ alg: 'RS256', typ: 'JWT', kid: options.kid ?? kid }));
      const body = payload(claims);
      const signature = sign('RSA-SHA256', Buffer.from(`${header}.${body}`), options.key ?? privateKey);
      return `${header}.${body}.${base64url(signature)}`;
    },
    unsignedToken: (claims) =>
      `${base64url(JSON.stringify({ alg: 'none', typ: 'JWT' }))}.${payload(claims)}.`,
    otherKey: () =>
      createPrivateKey(
        generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({
          format: 'pem',
          type: 'pkcs8',
        }),
      ),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
