import type { AppConfig } from '../config/schema';
import { configError } from '../shared/errors';
import { EntraBearerVerifier } from './entraBearerVerifier';
import type { ExposureMode } from './listenAddress';

export interface EngagementAuth {
  sharedSecret?: string;
  verifyBearer?: (authorization: string | undefined) => Promise<boolean>;
}

/**
 * How POST /api/engagement authenticates Event Grid: the shared key, Entra ID bearer tokens, or both. Outside
 * anonymous loopback mode one of them is required (forged engagement would decide which variant ships), so a
 * configuration without either fails at start-up naming the variables.
 */
export function engagementAuthFor(config: AppConfig, exposure: ExposureMode): EngagementAuth {
  const key = config.engagement.webhookKey;
  const { engagementAudience, engagementTenantId, engagementOpenIdMetadataUrl } = config.security;
  if (exposure !== 'anonymous-loopback' && key === undefined && engagementAudience === undefined) {
    throw configError(
      'POST /api/engagement would accept forged engagement from anyone: set CPO_ENGAGEMENT_WEBHOOK_KEY (sent by Event Grid as the x-cpo-webhook-key header or the key query parameter) or CPO_ENGAGEMENT_AAD_AUDIENCE with CPO_ENGAGEMENT_AAD_TENANT_ID (Entra ID bearer tokens).',
    );
  }
  if (engagementAudience === undefined) return key === undefined ? {} : { sharedSecret: key };
  if (engagementTenantId === undefined && engagementOpenIdMetadataUrl === undefined) {
    throw configError(
      'CPO_ENGAGEMENT_AAD_AUDIENCE needs CPO_ENGAGEMENT_AAD_TENANT_ID (the tenant whose tokens count).',
    );
  }
  const verifier = new EntraBearerVerifier({
    audience: engagementAudience,
    ...(engagementTenantId === undefined ? {} : { tenantId: engagementTenantId }),
    ...(engagementOpenIdMetadataUrl === undefined ? {} : { metadataUrl: engagementOpenIdMetadataUrl }),
  });
  return {
    ...(key === undefined ? {} : { sharedSecret: key }),
    verifyBearer: (authorization) => verifier.verify(authorization),
  };
}
